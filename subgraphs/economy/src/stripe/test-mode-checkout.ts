// Test-mode checkout (no Stripe keys): the gateway's local page shows the order behind a stored
// test-mode session, and its Pay / Fail buttons make a Stripe-shaped event signed with the local
// webhook secret by the real stripe library. The gateway then delivers that event through the same
// webhook path Stripe's own events take.
import type { Db } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { checkoutReturnUrls } from './checkout-order';
import type { StripeSettings } from './stripe-env';
import { isTestModeSessionId, testModeLocalId } from './test-mode-sessions';
import { signedTestModeEvent } from './test-mode-events';
import { AWAITING_TEST_PAYMENT, isTestPlanSession, signTestPlanEvent, testPlanCheckout } from '../subscriptions/test-mode-tutor-plans';

export type TestCheckoutOutcome = 'pay' | 'fail';

export interface TestCheckoutSummary {
  sessionId: string;
  orderId: string;
  status: string;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  lines: { description: string; quantity: number; totalCents: number }[];
}

export interface SignedTestEvent {
  payload: string;
  signature: string;
  /** Where the page sends the person afterwards (the session's success or cancel URL). */
  redirectUrl: string;
}

/** A tutor plan checkout shown like an order of one line: the first month of the plan. */
async function testPlanSummary(db: Db, sessionId: string): Promise<TestCheckoutSummary | null> {
  const placeholder = await testPlanCheckout(db, sessionId);
  if (!placeholder) return null;
  const offer = await db.tutorPlanOffer.findUnique({ where: { plan: placeholder.plan } });
  const monthly = offer?.usdCentsMonthly ?? 0;
  const awaiting = placeholder.status === AWAITING_TEST_PAYMENT && placeholder.lastEventAt.getTime() === 0;
  return {
    sessionId,
    orderId: placeholder.id,
    status: awaiting ? 'awaiting_payment' : placeholder.status,
    currency: 'usd',
    subtotalCents: monthly,
    discountCents: 0,
    totalCents: monthly,
    lines: [{ description: `${placeholder.plan === 'unlimited' ? 'Unlimited' : 'Standard'} tutor plan, first month (renews monthly)`, quantity: 1, totalCents: monthly }],
  };
}

/** The order behind a test-mode session, or null when no order holds that session (or not in test mode). */
export async function testCheckoutSummary(db: Db, settings: StripeSettings, sessionId: string): Promise<TestCheckoutSummary | null> {
  if (settings.mode !== 'test' || !isTestModeSessionId(sessionId)) return null;
  if (isTestPlanSession(sessionId)) return testPlanSummary(db, sessionId);
  const order = await db.order.findUnique({ where: { stripeCheckoutSessionId: sessionId }, include: { items: true } });
  if (!order) return null;
  return {
    sessionId,
    orderId: order.id,
    status: order.status,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    totalCents: order.totalCents,
    lines: order.items.map((item) => ({ description: item.description, quantity: item.quantity, totalCents: item.totalCents })),
  };
}

/** Builds and signs checkout.session.completed (pay) or checkout.session.expired (fail) for a pending order. */
export async function signTestCheckoutEvent(
  db: Db,
  settings: StripeSettings,
  input: { sessionId: string; outcome: TestCheckoutOutcome; now?: Date },
): Promise<SignedTestEvent> {
  if (settings.mode === 'test' && isTestPlanSession(input.sessionId)) {
    const signed = await signTestPlanEvent(db, settings, input);
    const paid = input.outcome === 'pay';
    return { ...signed, redirectUrl: `${settings.publicUrl}/tutor/plan?checkout=${paid ? 'success' : 'cancelled'}` };
  }
  const summary = await testCheckoutSummary(db, settings, input.sessionId);
  if (summary === null) throw notFound('This test-mode checkout');
  if (summary.status !== 'awaiting_payment') throw conflict('This order is no longer awaiting payment, so the test checkout cannot change it.');
  const paid = input.outcome === 'pay';
  const { payload, signature } = signedTestModeEvent(settings, {
    type: paid ? 'checkout.session.completed' : 'checkout.session.expired',
    now: input.now ?? new Date(),
    object: {
      id: summary.sessionId,
      object: 'checkout.session',
      mode: 'payment',
      status: paid ? 'complete' : 'expired',
      payment_status: paid ? 'paid' : 'unpaid',
      client_reference_id: summary.orderId,
      metadata: { orderId: summary.orderId, testMode: 'true' },
      amount_total: summary.totalCents,
      currency: summary.currency,
      payment_intent: paid ? testModeLocalId('pi') : null,
    },
  });
  const { successUrl, cancelUrl } = checkoutReturnUrls(settings.publicUrl, summary.orderId);
  return { payload, signature, redirectUrl: paid ? successUrl : cancelUrl };
}
