// Cancels a tutor plan at the end of the paid period through Stripe. The plan stays until then; the
// customer.subscription.updated / deleted webhooks carry the change to the tutor.
import type Stripe from 'stripe';
import type { Db, TutorSubscription } from '../../../kit/src/db';
import { notFound } from '../../../kit/src/errors';
import { LIVE_SUBSCRIPTION_STATUSES } from './subscribe-tutor-plan';

export async function cancelTutorPlan(db: Db, stripe: Stripe, input: { userId: string }): Promise<TutorSubscription> {
  const subscription = await db.tutorSubscription.findFirst({
    where: { userId: input.userId, status: { in: LIVE_SUBSCRIPTION_STATUSES } },
    orderBy: { lastEventAt: 'desc' },
  });
  if (!subscription) throw notFound('An active tutor plan subscription');
  if (subscription.cancelAtPeriodEnd) return subscription;
  await stripe.subscriptions.update(
    subscription.stripeSubscriptionId,
    { cancel_at_period_end: true },
    { idempotencyKey: `scrollforge-cancel-tutor-plan-${subscription.stripeSubscriptionId}` },
  );
  // lastEventAt is left alone: the webhook that follows is still newer and applies.
  return db.tutorSubscription.update({ where: { id: subscription.id }, data: { cancelAtPeriodEnd: true } });
}

/** The person's live tutor plan subscription, else their most recent one. */
export async function currentTutorSubscription(db: Db, userId: string): Promise<TutorSubscription | null> {
  const live = await db.tutorSubscription.findFirst({ where: { userId, status: { in: LIVE_SUBSCRIPTION_STATUSES } }, orderBy: { lastEventAt: 'desc' } });
  return live ?? db.tutorSubscription.findFirst({ where: { userId }, orderBy: { lastEventAt: 'desc' } });
}
