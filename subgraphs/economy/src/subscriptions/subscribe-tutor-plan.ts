// Starts a tutor plan subscription: a Stripe Checkout Session in subscription mode for the plan's
// recurring price. The subscription itself arrives through customer.subscription.* webhooks.
import type Stripe from 'stripe';
import type { Db } from '../../../kit/src/db';
import { conflict, userError } from '../../../kit/src/errors';
import type { CheckoutResult } from '../stripe/checkout-order';
import { ensureStripeCustomer } from '../stripe/customers';
import type { StripeSettings } from '../stripe/stripe-env';
import type { PaidTutorPlan } from './tutor-plan-offers';

/** Statuses in which a person already has a plan and must change or cancel it instead. */
export const LIVE_SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due', 'incomplete'];

export async function subscribeTutorPlan(
  db: Db,
  stripe: Stripe,
  settings: StripeSettings,
  input: { userId: string; plan: PaidTutorPlan; now?: Date },
): Promise<CheckoutResult> {
  const offer = await db.tutorPlanOffer.findUnique({ where: { plan: input.plan } });
  if (!offer?.stripePriceId) {
    throw userError('BAD_USER_INPUT', `The ${input.plan} tutor plan has no Stripe price yet. Set STRIPE_PRICE_TUTOR_${input.plan.toUpperCase()} and seed the tutor plan offers.`);
  }
  const current = await db.tutorSubscription.findFirst({ where: { userId: input.userId, status: { in: LIVE_SUBSCRIPTION_STATUSES } } });
  if (current) throw conflict(`You already have the ${current.plan} tutor plan. Cancel it before choosing another.`);

  const customer = await ensureStripeCustomer(db, stripe, input.userId);
  const day = (input.now ?? new Date()).toISOString().slice(0, 10);
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'subscription',
      customer,
      client_reference_id: input.userId,
      line_items: [{ price: offer.stripePriceId, quantity: 1 }],
      metadata: { userId: input.userId, plan: input.plan },
      // The subscription's own events carry who and what, whatever order they arrive in.
      subscription_data: { metadata: { userId: input.userId, plan: input.plan } },
      success_url: `${settings.publicUrl}/tutor/plan?checkout=success`,
      cancel_url: `${settings.publicUrl}/tutor/plan?checkout=cancelled`,
    },
    // Repeated clicks the same day reuse one session (Stripe keeps keys for 24 hours).
    { idempotencyKey: `scrollforge-tutor-plan-${input.userId}-${input.plan}-${day}` },
  );
  if (!session.url) throw userError('INTERNAL', 'Stripe created a checkout without a payment page.');
  return { url: session.url, sessionId: session.id, testMode: false };
}
