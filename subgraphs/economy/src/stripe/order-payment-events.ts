// Applies Stripe payment events to orders so that an order converges to Stripe's state whatever order
// the events arrive in:
//
// - "paid" (checkout.session.completed with payment_status paid, checkout.session.async_payment_succeeded,
//   payment_intent.succeeded) wins over everything else: money was taken, so the order is paid.
// - "failed" (checkout.session.expired or async_payment_failed for the order's current session,
//   payment_intent.payment_failed or canceled) applies only while the order awaits payment, so a late
//   or older failure never undoes a payment.
// - charge.refunded carries the charge's cumulative amount_refunded; the order's refundedCents only
//   grows to it, so two refund events in either order end at the larger total.
// - A refund that arrives before its payment: when the charge leads to the order (metadata, or a payment
//   intent already recorded on it), refundOrder records the total on the unpaid order and markOrderPaid
//   applies it right after fulfilling. When it leads nowhere yet (the payment intent is first seen with
//   the payment's own event), the StripeEvent row stays pending (processedAt null) and is applied in the
//   same transaction that records that payment intent on the paid order.
//
// Every handler runs inside the transaction that recorded the event, with the order row locked, so two
// events about one order never interleave.
import type { Db } from '../../../kit/src/db';
import { markOrderFailed, markOrderPaid, refundOrder } from './order-payments';
import { chargeSchema, checkoutSessionSchema, paymentIntentSchema, type ChargeObject, type StripeEventEnvelope } from './stripe-objects';

export type EventOutcome = 'applied' | 'pending' | 'ignored';

const PAID_SESSION_EVENTS = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);
const FAILED_SESSION_EVENTS = new Set(['checkout.session.expired', 'checkout.session.async_payment_failed']);
const FAILED_INTENT_EVENTS = new Set(['payment_intent.payment_failed', 'payment_intent.canceled']);

export const ORDER_EVENT_TYPES = new Set([...PAID_SESSION_EVENTS, ...FAILED_SESSION_EVENTS, ...FAILED_INTENT_EVENTS, 'payment_intent.succeeded', 'charge.refunded']);

const PAID_STATUSES = new Set(['paid', 'partially_refunded', 'refunded']);

interface LockedOrder {
  id: string;
  status: string;
  refundedCents: number;
  stripeCheckoutSessionId: string | null;
  stripePaymentIntentId: string | null;
}

/** Locks the order row for the rest of the transaction; null when no such order exists. */
async function lockOrder(tx: Db, orderId: string | null | undefined): Promise<LockedOrder | null> {
  if (!orderId || !/^[0-9a-f-]{36}$/i.test(orderId)) return null;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "economy"."order" WHERE id = ${orderId}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.order.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, refundedCents: true, stripeCheckoutSessionId: true, stripePaymentIntentId: true },
  });
}

const eventTime = (event: StripeEventEnvelope) => new Date(event.created * 1000);

async function applyPaid(tx: Db, order: LockedOrder, paymentIntentId: string | null, at: Date): Promise<EventOutcome> {
  if (paymentIntentId !== null && order.stripePaymentIntentId === null) {
    await tx.order.update({ where: { id: order.id }, data: { stripePaymentIntentId: paymentIntentId } });
  }
  if (!PAID_STATUSES.has(order.status)) await markOrderPaid(tx, order.id, { paidAt: at, ...(paymentIntentId === null ? {} : { paymentIntentId }) });
  await applyPendingRefunds(tx, order.id, paymentIntentId ?? order.stripePaymentIntentId);
  return 'applied';
}

async function applyFailed(tx: Db, order: LockedOrder, at: Date): Promise<EventOutcome> {
  if (order.status !== 'awaiting_payment') return 'ignored';
  await markOrderFailed(tx, order.id, at);
  return 'applied';
}

/** Raises the order's refunded total to the charge's; an unpaid order keeps it until markOrderPaid applies it. */
async function applyRefund(tx: Db, order: LockedOrder, charge: ChargeObject, at: Date): Promise<EventOutcome> {
  if (charge.amount_refunded <= order.refundedCents) return 'ignored';
  await refundOrder(tx, order.id, { refundedCentsTotal: charge.amount_refunded, at });
  return 'applied';
}

/** The order a charge belongs to: by our metadata when present, else by its payment intent. */
async function orderIdOfCharge(tx: Db, charge: ChargeObject): Promise<string | null> {
  if (charge.metadata.orderId) return charge.metadata.orderId;
  if (charge.payment_intent === null) return null;
  const order = await tx.order.findUnique({ where: { stripePaymentIntentId: charge.payment_intent }, select: { id: true } });
  return order?.id ?? null;
}

/** Applies refunds recorded before the order was paid, oldest first, and marks them processed. */
export async function applyPendingRefunds(tx: Db, orderId: string, paymentIntentId: string | null): Promise<void> {
  const byIntent = paymentIntentId === null ? [] : [{ payload: { path: ['data', 'object', 'payment_intent'], equals: paymentIntentId } }];
  const pending = await tx.stripeEvent.findMany({
    where: {
      type: 'charge.refunded',
      processedAt: null,
      OR: [...byIntent, { payload: { path: ['data', 'object', 'metadata', 'orderId'], equals: orderId } }],
    },
    orderBy: { createdAt: 'asc' },
  });
  for (const row of pending) {
    const charge = chargeSchema.parse((row.payload as { data: { object: unknown } }).data.object);
    const order = await lockOrder(tx, orderId);
    if (order === null) return;
    await applyRefund(tx, order, charge, row.createdAt);
    await tx.stripeEvent.update({ where: { id: row.id }, data: { processedAt: new Date() } });
  }
}

/** Applies one order payment event; 'pending' leaves it to be applied once the order is paid. */
export async function applyOrderPaymentEvent(tx: Db, event: StripeEventEnvelope): Promise<EventOutcome> {
  const object = event.data.object;
  const at = eventTime(event);

  if (event.type.startsWith('checkout.session.')) {
    const session = checkoutSessionSchema.parse(object);
    // Subscription checkouts are followed by customer.subscription.* events, which carry the state.
    if (session.mode !== 'payment') return 'ignored';
    const order = await lockOrder(tx, session.metadata.orderId ?? session.client_reference_id);
    if (order === null) return 'ignored';
    if (PAID_SESSION_EVENTS.has(event.type)) {
      if (session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required') {
        // Delayed payment methods complete the session before the money arrives; async_payment_* follows.
        return 'ignored';
      }
      return applyPaid(tx, order, session.payment_intent, at);
    }
    if (FAILED_SESSION_EVENTS.has(event.type)) {
      // An older session of the same order expiring says nothing about the current one.
      if (order.stripeCheckoutSessionId !== null && order.stripeCheckoutSessionId !== session.id) return 'ignored';
      return applyFailed(tx, order, at);
    }
    return 'ignored';
  }

  if (event.type.startsWith('payment_intent.')) {
    const intent = paymentIntentSchema.parse(object);
    const order = await lockOrder(tx, intent.metadata.orderId);
    if (order === null) return 'ignored';
    if (event.type === 'payment_intent.succeeded') return applyPaid(tx, order, intent.id, at);
    if (FAILED_INTENT_EVENTS.has(event.type)) return applyFailed(tx, order, at);
    return 'ignored';
  }

  if (event.type === 'charge.refunded') {
    const charge = chargeSchema.parse(object);
    const order = await lockOrder(tx, await orderIdOfCharge(tx, charge));
    // Not known yet: the payment's own event has not arrived. Kept pending until it does.
    if (order === null) return 'pending';
    return applyRefund(tx, order, charge, at);
  }

  return 'ignored';
}
