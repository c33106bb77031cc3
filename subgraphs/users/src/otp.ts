// One-time codes mailed to a person (email verification, password reset). Only an HMAC of the code is
// stored: six digits are a million guesses, so a plain hash of a leaked row would fall in a second.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../kit/src/db';
import type { OtpPurpose } from '../../kit/src/generated/prisma/enums';
import { badInput } from '../../kit/src/errors';

export const OTP_TTL_MS = 10 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;
/** A new code is not mailed again within this time, so the endpoint cannot be used to flood an inbox. */
export const OTP_RESEND_INTERVAL_MS = 30 * 1000;

export type { OtpPurpose };

export function generateOtpCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/** The key is bound to user and purpose, so a stored hash is useless for any other account or flow. */
export function hashOtpCode(pepper: string, userId: string, purpose: OtpPurpose, code: string): string {
  return createHmac('sha256', pepper).update(`${userId}:${purpose}:${code}`).digest('hex');
}

export interface IssuedOtp {
  code: string;
  expiresAt: Date;
}

/** Issues a fresh code; every older unused code of the same purpose stops working. */
export async function issueOtp(
  db: Db,
  pepper: string,
  input: { userId: string; purpose: OtpPurpose; now?: Date },
): Promise<IssuedOtp> {
  const now = input.now ?? new Date();
  const code = generateOtpCode();
  const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
  await db.emailOtp.deleteMany({ where: { userId: input.userId, purpose: input.purpose, consumedAt: null } });
  await db.emailOtp.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      codeHash: hashOtpCode(pepper, input.userId, input.purpose, code),
      expiresAt,
      createdAt: now,
    },
  });
  return { code, expiresAt };
}

/** True when a code of this purpose was issued so recently that another mail would be spam. */
export async function otpRecentlyIssued(db: Db, userId: string, purpose: OtpPurpose, now: Date = new Date()): Promise<boolean> {
  const recent = await db.emailOtp.findFirst({
    where: { userId, purpose, createdAt: { gt: new Date(now.getTime() - OTP_RESEND_INTERVAL_MS) } },
    select: { id: true },
  });
  return recent !== null;
}

export const WRONG_CODE_MESSAGE = 'That code is wrong or has expired. Check the latest email we sent, or request a new code.';

/**
 * Spends one attempt on the current code and consumes it when it matches. Throws BAD_USER_INPUT
 * (field "code") when the code is wrong, expired, used up or already spent. The attempt counter and
 * the single use are enforced with conditional updates, so concurrent guesses cannot exceed the limit.
 */
export async function consumeOtp(
  db: Db,
  pepper: string,
  input: { userId: string; purpose: OtpPurpose; code: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const current = await db.emailOtp.findFirst({
    where: { userId: input.userId, purpose: input.purpose, consumedAt: null },
    orderBy: { createdAt: 'desc' },
  });
  if (current === null) throw badInput(WRONG_CODE_MESSAGE, 'code');
  if (current.expiresAt <= now) {
    throw badInput('That code has expired (codes last 10 minutes). Request a new code.', 'code');
  }
  const spent = await db.emailOtp.updateMany({
    where: { id: current.id, consumedAt: null, attempts: { lt: OTP_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (spent.count === 0) {
    throw badInput('Too many wrong attempts for this code. Request a new code.', 'code');
  }
  const expected = Buffer.from(current.codeHash, 'hex');
  const given = Buffer.from(hashOtpCode(pepper, input.userId, input.purpose, input.code.trim()), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw badInput(WRONG_CODE_MESSAGE, 'code');
  }
  const consumed = await db.emailOtp.updateMany({
    where: { id: current.id, consumedAt: null },
    data: { consumedAt: now },
  });
  if (consumed.count === 0) throw badInput(WRONG_CODE_MESSAGE, 'code');
}
