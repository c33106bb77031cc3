// Test-mode checkout (no Stripe keys): the gateway's local page shows the order behind a stored
// test-mode session, and its Pay / Fail buttons make a Stripe-shaped event signed with the local
// webhook secret by the real stripe library. The gateway then delivers that event through the same
// webhook path Stripe's own events take.
import Stripe from 'stripe';
import type { Db } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { checkoutReturnUrls } from './checkout-order';
import type { StripeSettings } from './stripe-env';
import { isTestModeSessionId, testModeLocalId } from './test-mode-sessions';

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

/** The order behind a test-mode session, or null when no order holds that session (or not in test mode). */
export async function testCheckoutSummary(db: Db, settings: StripeSettings, sessionId: string): Promise<TestCheckoutSummary | null> {
  if (settings.mode !== 'test' || !isTestModeSessionId(sessionId)) return null;
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
  const summary = await testCheckoutSummary(db, settings, input.sessionId);
  if (summary === null) throw notFound('This test-mode checkout');
  if (summary.status !== 'awaiting_payment') throw conflict('This order is no longer awaiting payment, so the test checkout cannot change it.');
  const created = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const paid = input.outcome === 'pay';
  const event = {
    id: testModeLocalId('evt'),
    object: 'event',
    type: paid ? 'checkout.session.completed' : 'checkout.session.expired',
    created,
    api_version: null,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: {
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
    },
  };
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: settings.webhookSecret, timestamp: created });
  const { successUrl, cancelUrl } = checkoutReturnUrls(settings.publicUrl, summary.orderId);
  return { payload, signature, redirectUrl: paid ? successUrl : cancelUrl };
}
