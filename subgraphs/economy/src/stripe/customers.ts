// One Stripe customer per person, created the first time they pay by card and reused ever after.
import type Stripe from 'stripe';
import type { Db } from '../../../kit/src/db';

/** The person's Stripe customer id, creating the customer once (an idempotency key covers racing callers). */
export async function ensureStripeCustomer(db: Db, stripe: Stripe, userId: string): Promise<string> {
  const existing = await db.stripeCustomer.findUnique({ where: { userId } });
  if (existing) return existing.customerId;
  const customer = await stripe.customers.create({ metadata: { userId } }, { idempotencyKey: `scrollforge-customer-${userId}` });
  // Two racing callers got the same customer from Stripe through the key; the first row stands.
  await db.stripeCustomer.createMany({ data: [{ userId, customerId: customer.id }], skipDuplicates: true });
  return (await db.stripeCustomer.findUniqueOrThrow({ where: { userId } })).customerId;
}
