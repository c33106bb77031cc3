// Promo codes, created by admins: a percentage or a fixed amount off, within a window, up to a number of uses.
import type { PrismaClient, PromoCode, PromoKind } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import type { Viewer } from '../../../kit/src/viewer';
import { SCHOLARSHIP_CODE_PREFIX, normalizeCode } from './cart-codes';
import { MAX_PRICE_CENTS } from './course-prices';

export const PROMO_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

export interface CreatePromoCodeInput {
  code: string;
  kind: PromoKind;
  /** 1–100, for percent codes. */
  percentOff?: number | null;
  /** For fixed codes. */
  amountOffCents?: number | null;
  /** @default now */
  validFrom?: Date | null;
  /** Null: no end. */
  validUntil?: Date | null;
  /** Null: unlimited. */
  maxUses?: number | null;
}

export async function createPromoCode(prisma: PrismaClient, viewer: Viewer, input: CreatePromoCodeInput): Promise<PromoCode> {
  const createdById = signedInViewerId(viewer);
  const code = normalizeCode(input.code);
  if (!PROMO_CODE_PATTERN.test(code) || code.startsWith(SCHOLARSHIP_CODE_PREFIX)) {
    throw badInput(`A promo code is 3–32 letters, digits or hyphens and does not start with ${SCHOLARSHIP_CODE_PREFIX}.`, 'code');
  }
  if (input.kind === 'percent' && (!Number.isSafeInteger(input.percentOff) || input.percentOff! < 1 || input.percentOff! > 100)) {
    throw badInput('A percentage code takes 1 to 100 % off.', 'percentOff');
  }
  if (input.kind === 'fixed' && (!Number.isSafeInteger(input.amountOffCents) || input.amountOffCents! < 1 || input.amountOffCents! > MAX_PRICE_CENTS)) {
    throw badInput(`A fixed code takes 1 to ${MAX_PRICE_CENTS.toLocaleString('en')} cents off.`, 'amountOffCents');
  }
  if (input.maxUses != null && (!Number.isSafeInteger(input.maxUses) || input.maxUses < 1)) throw badInput('Allow at least one use, or leave the limit out.', 'maxUses');
  const validFrom = input.validFrom ?? new Date();
  if (input.validUntil && input.validUntil <= validFrom) throw badInput('The code must end after it starts.', 'validUntil');
  if (await prisma.promoCode.findUnique({ where: { code } })) throw conflict(`The code ${code} already exists.`);
  return prisma.promoCode.create({
    data: {
      code,
      kind: input.kind,
      percentOff: input.kind === 'percent' ? input.percentOff! : null,
      amountOffCents: input.kind === 'fixed' ? input.amountOffCents! : null,
      validFrom,
      validUntil: input.validUntil ?? null,
      maxUses: input.maxUses ?? null,
      createdById,
    },
  });
}
