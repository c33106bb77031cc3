// Mirrors Stripe subscriptions into TutorSubscription. Events about one subscription may arrive in any
// order, so each row remembers the `created` of the newest event applied (lastEventAt) and an older
// event never overwrites it. The check and the write are one statement, so two racing events cannot
// both win. Each applied change emits TutorPlanChanged in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Db, TutorPlanTier } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';
import type { EventOutcome } from '../stripe/order-payment-events';
import { subscriptionSchema, type StripeEventEnvelope, type SubscriptionObject } from '../stripe/stripe-objects';

export const SUBSCRIPTION_EVENT_TYPES = new Set([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
]);

/** What the tutor subgraph consumes. */
export interface TutorPlanChanged {
  userId: string;
  plan: TutorPlanTier;
  status: string;
  /** ISO-8601, or null when Stripe gave none. */
  currentPeriodEnd: string | null;
}

const TIERS: readonly TutorPlanTier[] = ['starter', 'standard', 'unlimited'];
const isTier = (value: string | undefined): value is TutorPlanTier => value !== undefined && (TIERS as readonly string[]).includes(value);

async function userOfSubscription(tx: Db, subscription: SubscriptionObject): Promise<string | null> {
  const fromMetadata = subscription.metadata.userId;
  if (fromMetadata && /^[0-9a-f-]{36}$/i.test(fromMetadata)) return fromMetadata;
  if (subscription.customer === null) return null;
  const customer = await tx.stripeCustomer.findUnique({ where: { customerId: subscription.customer }, select: { userId: true } });
  return customer?.userId ?? null;
}

async function planOfSubscription(tx: Db, subscription: SubscriptionObject): Promise<TutorPlanTier | null> {
  const priceId = subscription.items?.data[0]?.price?.id;
  if (priceId) {
    const offer = await tx.tutorPlanOffer.findFirst({ where: { stripePriceId: priceId }, select: { plan: true } });
    if (offer) return offer.plan;
  }
  return isTier(subscription.metadata.plan) ? subscription.metadata.plan : null;
}

function periodEndOf(subscription: SubscriptionObject): Date | null {
  const seconds = subscription.items?.data[0]?.current_period_end ?? subscription.current_period_end ?? null;
  return seconds === null ? null : new Date(seconds * 1000);
}

/** Upserts the subscription unless a newer event already set it; emits TutorPlanChanged when it changed. */
export async function applySubscriptionEvent(tx: Db, event: StripeEventEnvelope): Promise<EventOutcome> {
  const subscription = subscriptionSchema.parse(event.data.object);
  const userId = await userOfSubscription(tx, subscription);
  const plan = await planOfSubscription(tx, subscription);
  // Not a tutor plan (or nobody we know): nothing of ours to change.
  if (userId === null || plan === null) return 'ignored';
  const status = event.type === 'customer.subscription.deleted' ? 'canceled' : subscription.status;
  const currentPeriodEnd = periodEndOf(subscription);
  const eventAt = new Date(event.created * 1000);
  const now = new Date();
  // Timestamps are stored as UTC wall-clock time, as Prisma writes them.
  const written = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "economy"."tutor_subscription"
      (id, user_id, stripe_subscription_id, plan, status, current_period_end, cancel_at_period_end, last_event_at, created_at, updated_at)
    VALUES (${randomUUID()}::uuid, ${userId}::uuid, ${subscription.id}, ${plan}::"economy"."TutorPlanTier", ${status},
            (${currentPeriodEnd?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC'), ${subscription.cancel_at_period_end ?? false},
            (${eventAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'),
            (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'), (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT (stripe_subscription_id) DO UPDATE
       SET plan = EXCLUDED.plan, status = EXCLUDED.status, current_period_end = EXCLUDED.current_period_end,
           cancel_at_period_end = EXCLUDED.cancel_at_period_end, last_event_at = EXCLUDED.last_event_at,
           updated_at = EXCLUDED.updated_at
     WHERE "economy"."tutor_subscription".last_event_at <= EXCLUDED.last_event_at
    RETURNING id`;
  if (written.length === 0) return 'ignored';
  const change: TutorPlanChanged = { userId, plan, status, currentPeriodEnd: currentPeriodEnd?.toISOString() ?? null };
  await emitEvent(tx, 'economy', 'TutorPlanChanged', change);
  return 'applied';
}
