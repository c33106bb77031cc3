// Small typed factories: each test makes the people it needs, with emails no other test uses.
import type { PrismaClient, User } from '../../../kit/src/db';
import type { Role } from '../../../kit/src/viewer';
import { hashPassword } from '../../src/password';
import { uniqueEmail } from '../../../kit/src/testing/unique-identities';

export const TEST_PASSWORD = 'Correct-horse-7';

export { uniqueIp } from '../../../kit/src/testing/unique-identities';
export { uniqueEmail };

let cachedHash: Promise<string> | undefined;

/** A verified account with TEST_PASSWORD (the hash is computed once per file; argon2 is slow on purpose). */
export async function createUser(
  prisma: PrismaClient,
  overrides: { email?: string; roles?: Role[]; displayName?: string; verified?: boolean } = {},
): Promise<User> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return prisma.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      passwordHash: await cachedHash,
      displayName: overrides.displayName ?? 'Test Person',
      roles: overrides.roles ?? ['student'],
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
