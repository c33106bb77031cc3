// The paid tutor plans and their monthly prices. The Stripe price ids come from the environment
// (STRIPE_PRICE_TUTOR_STANDARD / _UNLIMITED); a seed without them keeps whatever ids are stored.
import type { Db, TutorPlanTier } from '../../../kit/src/db';
import { stripeSettingsOf } from '../stripe/stripe-env';

export const TUTOR_PLAN_MONTHLY_CENTS = { standard: 999, unlimited: 1999 } as const;

export type PaidTutorPlan = keyof typeof TUTOR_PLAN_MONTHLY_CENTS;

export interface SeedTutorPlanOffersOptions {
  /** Recurring Stripe price per plan; a plan left out keeps its stored price id. @default {} */
  stripePriceIds?: Partial<Record<PaidTutorPlan, string>>;
}

/** Creates or updates the standard ($9.99) and unlimited ($19.99) offers. Safe to run on every start. */
export async function seedTutorPlanOffers(db: Db, options: SeedTutorPlanOffersOptions = {}): Promise<void> {
  for (const plan of Object.keys(TUTOR_PLAN_MONTHLY_CENTS) as PaidTutorPlan[]) {
    const usdCentsMonthly = TUTOR_PLAN_MONTHLY_CENTS[plan];
    const stripePriceId = options.stripePriceIds?.[plan];
    await db.tutorPlanOffer.upsert({
      where: { plan: plan satisfies TutorPlanTier },
      create: { plan, usdCentsMonthly, stripePriceId: stripePriceId ?? null },
      update: { usdCentsMonthly, ...(stripePriceId === undefined ? {} : { stripePriceId }) },
    });
  }
}

/** The seed with the price ids from STRIPE_PRICE_TUTOR_STANDARD / STRIPE_PRICE_TUTOR_UNLIMITED in `env`. */
export function seedTutorPlanOffersFromEnv(db: Db, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const { standard, unlimited } = stripeSettingsOf(env).tutorPlanPriceIds;
  return seedTutorPlanOffers(db, { stripePriceIds: { ...(standard ? { standard } : {}), ...(unlimited ? { unlimited } : {}) } });
}
