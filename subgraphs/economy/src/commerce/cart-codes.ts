// The one code a cart carries: a promo code anyone may use, or a scholarship issued to one person.
// Scholarship codes start with SCH-, so one column tells them apart.
import type { Db, PromoCode, Scholarship } from '../../../kit/src/db';
import { badInput, conflict, forbidden } from '../../../kit/src/errors';
import type { CartDiscount } from './totals';

export const SCHOLARSHIP_CODE_PREFIX = 'SCH-';

export type ResolvedCartCode =
  | { kind: 'promo'; promo: PromoCode; discount: CartDiscount }
  | { kind: 'scholarship'; scholarship: Scholarship; discount: CartDiscount };

export const normalizeCode = (code: string) => code.trim().toUpperCase();
export const isScholarshipCode = (code: string) => normalizeCode(code).startsWith(SCHOLARSHIP_CODE_PREFIX);

export function promoDiscount(promo: PromoCode): CartDiscount {
  return promo.kind === 'percent' ? { kind: 'percent', percentOff: promo.percentOff ?? 0 } : { kind: 'fixed', amountOffCents: promo.amountOffCents ?? 0 };
}

/** Why a promo code cannot be used at `now`, or null when it can (uses are taken for real at checkout). */
export function promoProblem(promo: PromoCode, now: Date): string | null {
  if (!promo.active) return `The code ${promo.code} is no longer active. Remove it to check out.`;
  if (promo.validFrom > now) return `The code ${promo.code} is valid from ${promo.validFrom.toISOString()}.`;
  if (promo.validUntil !== null && promo.validUntil <= now) return `The code ${promo.code} expired on ${promo.validUntil.toISOString()}. Remove it to check out.`;
  if (promo.maxUses !== null && promo.uses >= promo.maxUses) return `The code ${promo.code} has been used up. Remove it to check out at the full price.`;
  return null;
}

/** Why a scholarship cannot be used by `userId` at `now`, or null when it can. */
export function scholarshipProblem(scholarship: Scholarship, userId: string, now: Date): string | null {
  if (scholarship.userId !== userId) return 'This scholarship was issued to someone else.';
  if (scholarship.redeemedAt !== null) return 'This scholarship has already been used for an order.';
  if (scholarship.expiresAt !== null && scholarship.expiresAt <= now) return `This scholarship expired on ${scholarship.expiresAt.toISOString()}.`;
  return null;
}

/** Looks the code up and checks it; throws BAD_USER_INPUT / FORBIDDEN / CONFLICT with what to do. */
export async function resolveCartCode(db: Db, userId: string, code: string, now: Date): Promise<ResolvedCartCode> {
  const normalized = normalizeCode(code);
  if (isScholarshipCode(normalized)) {
    const scholarship = await db.scholarship.findUnique({ where: { code: normalized } });
    if (!scholarship) throw badInput(`There is no scholarship ${normalized}. Check the code you were sent.`, 'code');
    const problem = scholarshipProblem(scholarship, userId, now);
    if (problem) throw scholarship.userId !== userId ? forbidden(problem) : conflict(problem);
    return { kind: 'scholarship', scholarship, discount: { kind: 'scholarship', percentOff: scholarship.percentOff, courseId: scholarship.courseId } };
  }
  const promo = await db.promoCode.findUnique({ where: { code: normalized } });
  if (!promo) throw badInput(`There is no promo code ${normalized}. Check the spelling.`, 'code');
  const problem = promoProblem(promo, now);
  if (problem) throw conflict(problem);
  return { kind: 'promo', promo, discount: promoDiscount(promo) };
}
