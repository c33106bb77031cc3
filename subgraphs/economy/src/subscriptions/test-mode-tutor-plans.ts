// Tutor plans in test mode (no Stripe keys, the embedded default). Subscribing stores a placeholder
// subscription that holds no plan and sends the person to the gateway's test checkout page; paying
// there signs a customer.subscription.created event with the local webhook secret, and cancelling
// signs a customer.subscription.deleted one. Both go through the same webhook code as Stripe's own
// events, so the plan changes (and TutorPlanChanged goes out) exactly as in live mode.
import { randomBytes } from 'node:crypto';
import type { Db, PrismaClient, TutorSubscription } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import type { CheckoutResult } from '../stripe/checkout-order';
import { receiveStripeWebhook } from '../stripe/receive-webhook';
import type { StripeSettings } from '../stripe/stripe-env';
import { TEST_CHECKOUT_PATH, TEST_MODE_SESSION_PREFIX } from '../stripe/test-mode-sessions';
import { signedTestModeEvent } from '../stripe/test-mode-events';
import { LIVE_SUBSCRIPTION_STATUSES } from './subscribe-tutor-plan';
import type { PaidTutorPlan } from './tutor-plan-offers';

/** Test-mode tutor plan checkouts: the session id carries the placeholder subscription's id. */
export const TEST_PLAN_SESSION_PREFIX = `${TEST_MODE_SESSION_PREFIX}plan_`;
const TEST_SUBSCRIPTION_PREFIX = 'sub_test_local_';
/** A placeholder waiting for the test payment: not live, so it never blocks subscribing again. */
export const AWAITING_TEST_PAYMENT = 'incomplete_expired';
/** How long a test-mode plan period lasts. */
const TEST_PERIOD_SECONDS = 30 * 24 * 60 * 60;

export function isTestPlanSession(sessionId: string): boolean {
  return sessionId.startsWith(TEST_PLAN_SESSION_PREFIX);
}

const subscriptionIdOf = (sessionId: string) => `${TEST_SUBSCRIPTION_PREFIX}${sessionId.slice(TEST_PLAN_SESSION_PREFIX.length)}`;

export async function subscribeTutorPlanInTestMode(db: Db, settings: StripeSettings, input: { userId: string; plan: PaidTutorPlan }): Promise<CheckoutResult> {
  const current = await db.tutorSubscription.findFirst({ where: { userId: input.userId, status: { in: LIVE_SUBSCRIPTION_STATUSES } } });
  if (current) throw conflict(`You already have the ${current.plan} tutor plan. Cancel it before choosing another.`);
  const token = randomBytes(24).toString('base64url');
  const sessionId = `${TEST_PLAN_SESSION_PREFIX}${token}`;
  await db.tutorSubscription.create({
    data: { userId: input.userId, stripeSubscriptionId: subscriptionIdOf(sessionId), plan: input.plan, status: AWAITING_TEST_PAYMENT, lastEventAt: new Date(0) },
  });
  return { url: `${settings.publicUrl}${TEST_CHECKOUT_PATH}${sessionId}`, sessionId, testMode: true };
}

/** The placeholder behind a test-mode plan checkout, or null. */
export async function testPlanCheckout(db: Db, sessionId: string): Promise<TutorSubscription | null> {
  if (!isTestPlanSession(sessionId)) return null;
  return db.tutorSubscription.findUnique({ where: { stripeSubscriptionId: subscriptionIdOf(sessionId) } });
}

function signedSubscriptionEvent(
  settings: StripeSettings,
  subscription: Pick<TutorSubscription, 'stripeSubscriptionId' | 'userId' | 'plan'>,
  input: { type: string; status: string; now: Date; periodEnd: number | null },
): { payload: string; signature: string } {
  return signedTestModeEvent(settings, {
    type: input.type,
    now: input.now,
    object: {
      id: subscription.stripeSubscriptionId,
      object: 'subscription',
      customer: null,
      status: input.status,
      cancel_at_period_end: false,
      current_period_end: input.periodEnd,
      metadata: { userId: subscription.userId, plan: subscription.plan, testMode: 'true' },
      items: { data: [] },
    },
  });
}

/** The event the test page's Pay or Fail button sends for a plan checkout. */
export async function signTestPlanEvent(
  db: Db,
  settings: StripeSettings,
  input: { sessionId: string; outcome: 'pay' | 'fail'; now?: Date },
): Promise<{ payload: string; signature: string }> {
  const placeholder = await testPlanCheckout(db, input.sessionId);
  if (!placeholder) throw notFound('This test-mode checkout');
  if (placeholder.status !== AWAITING_TEST_PAYMENT || placeholder.lastEventAt.getTime() !== 0) {
    throw conflict('This tutor plan checkout is already finished.');
  }
  const now = input.now ?? new Date();
  const paid = input.outcome === 'pay';
  return signedSubscriptionEvent(settings, placeholder, {
    type: paid ? 'customer.subscription.created' : 'customer.subscription.deleted',
    status: paid ? 'active' : 'incomplete_expired',
    now,
    periodEnd: paid ? Math.floor(now.getTime() / 1000) + TEST_PERIOD_SECONDS : null,
  });
}

/** Cancels a test-mode plan at once, through the webhook code path. */
export async function cancelTutorPlanInTestMode(prisma: PrismaClient, settings: StripeSettings, input: { userId: string; now?: Date }): Promise<TutorSubscription> {
  const subscription = await prisma.tutorSubscription.findFirst({
    where: { userId: input.userId, status: { in: LIVE_SUBSCRIPTION_STATUSES } },
    orderBy: { lastEventAt: 'desc' },
  });
  if (!subscription) throw notFound('An active tutor plan subscription');
  const signed = signedSubscriptionEvent(settings, subscription, { type: 'customer.subscription.deleted', status: 'canceled', now: input.now ?? new Date(), periodEnd: null });
  await receiveStripeWebhook(prisma, settings.webhookSecret, signed);
  return prisma.tutorSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
}

