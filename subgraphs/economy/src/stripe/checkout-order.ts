// Starts paying an order by card: a Stripe Checkout Session in live mode, a local test-mode session
// otherwise. Calling it again for the same order returns the same open session.
import type Stripe from 'stripe';
import type { Db, Order } from '../../../kit/src/db';
import { conflict, forbidden, notFound, userError } from '../../../kit/src/errors';
import { checkoutLinesOf } from './checkout-line-items';
import { ensureStripeCustomer } from './customers';
import type { StripeSettings } from './stripe-env';
import { TEST_CHECKOUT_PATH, isTestModeSessionId, newTestModeSessionId } from './test-mode-sessions';

export interface CheckoutResult {
  /** Where to send the person to pay. */
  url: string;
  sessionId: string;
  /** True when no real payment happens (no Stripe keys configured). */
  testMode: boolean;
}

export interface CheckoutOrderInput {
  orderId: string;
  /** The signed-in person asking; only the order's owner may pay it. */
  viewerId: string;
}

/** Where Stripe sends the person back after paying or giving up. */
export function checkoutReturnUrls(publicUrl: string, orderId: string): { successUrl: string; cancelUrl: string } {
  return {
    successUrl: `${publicUrl}/orders/${orderId}?checkout=success`,
    cancelUrl: `${publicUrl}/orders/${orderId}?checkout=cancelled`,
  };
}

async function payableOrder(db: Db, input: CheckoutOrderInput) {
  const order = await db.order.findUnique({ where: { id: input.orderId }, include: { items: true } });
  if (!order) throw notFound('The order');
  // A stranger learns nothing more than "not yours" (the id itself is unguessable).
  if (order.userId !== input.viewerId) throw forbidden('Only the person who placed an order can pay for it.');
  if (order.paymentMethod !== 'card') throw conflict('This order is not paid by card, so it has no card checkout.');
  if (order.status === 'paid' || order.status === 'partially_refunded' || order.status === 'refunded') throw conflict('This order is already paid.');
  if (order.status !== 'awaiting_payment') throw conflict('This order can no longer be paid (it failed, expired or was cancelled). Check out your cart again to place a new order.');
  if (order.totalCents <= 0) throw conflict('This order has nothing to pay by card.');
  return order;
}

/** Stores the session on the order unless another call stored one first; returns the stored one. */
async function storeSessionId(db: Db, order: Order, sessionId: string): Promise<string> {
  await db.order.updateMany({ where: { id: order.id, stripeCheckoutSessionId: null }, data: { stripeCheckoutSessionId: sessionId } });
  const stored = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { stripeCheckoutSessionId: true } });
  return stored.stripeCheckoutSessionId ?? sessionId;
}

function testModeCheckout(publicUrl: string, sessionId: string): CheckoutResult {
  return { url: `${publicUrl}${TEST_CHECKOUT_PATH}${sessionId}`, sessionId, testMode: true };
}

export async function checkoutOrder(db: Db, stripe: Stripe | null, settings: StripeSettings, input: CheckoutOrderInput): Promise<CheckoutResult> {
  const order = await payableOrder(db, input);

  if (stripe === null) {
    if (order.stripeCheckoutSessionId !== null && !isTestModeSessionId(order.stripeCheckoutSessionId)) {
      throw conflict('This order was started with Stripe, which is not configured now. Check out your cart again.');
    }
    const sessionId = order.stripeCheckoutSessionId ?? (await storeSessionId(db, order, newTestModeSessionId()));
    return testModeCheckout(settings.publicUrl, sessionId);
  }

  if (order.stripeCheckoutSessionId !== null && !isTestModeSessionId(order.stripeCheckoutSessionId)) {
    const existing = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
    if (existing.status === 'open' && existing.url) return { url: existing.url, sessionId: existing.id, testMode: false };
    if (existing.status === 'complete') throw conflict('This order’s payment is complete; it will show as paid in a moment.');
    throw conflict('This order’s checkout expired. Check out your cart again to place a new order.');
  }
  if (order.stripeCheckoutSessionId !== null) throw conflict('This order was started in test mode. Check out your cart again to pay with Stripe.');

  const customer = await ensureStripeCustomer(db, stripe, order.userId);
  const { successUrl, cancelUrl } = checkoutReturnUrls(settings.publicUrl, order.id);
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      customer,
      client_reference_id: order.id,
      metadata: { orderId: order.id },
      // Payment intents and their failures carry the order too, so every event leads back to it.
      payment_intent_data: { metadata: { orderId: order.id } },
      line_items: checkoutLinesOf(order).map((line) => ({
        quantity: line.quantity,
        price_data: { currency: order.currency, unit_amount: line.unitCents, product_data: { name: line.name } },
      })),
      success_url: successUrl,
      cancel_url: cancelUrl,
    },
    // One session per order: a retried or concurrent call gets the session Stripe made the first time.
    { idempotencyKey: `scrollforge-checkout-order-${order.id}` },
  );
  if (!session.url) throw userError('INTERNAL', 'Stripe created a checkout without a payment page.');
  const storedId = await storeSessionId(db, order, session.id);
  return { url: session.url, sessionId: storedId, testMode: false };
}
