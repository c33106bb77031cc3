// Password policy and hashing. argon2id with the OWASP-recommended minimum parameters
// (m=19456 KiB, t=2, p=1): memory-hard, so offline guessing of a leaked hash stays expensive.
import { hash, verify, type Options } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 8;
/** Upper bound so a hostile multi-megabyte "password" cannot tie up the hasher. */
export const PASSWORD_MAX_LENGTH = 128;

// The package's Algorithm is an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2ID: NonNullable<Options['algorithm']> = 2;

const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * Returns what is wrong with a candidate password, as a sentence the person can act on,
 * or null when it meets the policy.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`;
  }
  const missing: string[] = [];
  if (!/[A-Z]/.test(password)) missing.push('an uppercase letter');
  if (!/[a-z]/.test(password)) missing.push('a lowercase letter');
  if (!/[0-9]/.test(password)) missing.push('a digit');
  if (missing.length > 0) return `Add ${joinWithAnd(missing)} to your password.`;
  return null;
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False (never throws) for a wrong password or a hash that is not argon2, e.g. a deleted account's. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification. Used when there is no account to check against,
 * so response time does not reveal whether an email is registered.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('Dummy-password-0');
  await verifyPassword(await dummyHash, password);
  return false;
}
