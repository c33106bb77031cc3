// An order's payment outcome: paid (fulfilled once, whatever order the signals arrive in) or failed
// (the promo use and the scholarship are given back).
import type { Db, OrderStatus } from '../../../kit/src/db';
import { fulfilOrder, type OrderWithItems } from './fulfilment';
import { lockOrder } from './order-lock';
import { applyRefundEffects } from './order-refunds';

export interface MarkOrderPaidInput {
  paidAt: Date;
  /** Stripe's payment intent, for card orders. */
  paymentIntentId?: string | null;
}

/** Statuses in which the order has been paid (and fulfilled). */
export const PAID_STATUSES: readonly OrderStatus[] = ['paid', 'partially_refunded', 'refunded'];

/**
 * Marks the order paid and fulfils it. Calling it again changes nothing. A payment that succeeds after
 * the order was marked failed (signals out of order) still counts: the promo use and scholarship are
 * taken again, and a refund recorded before the payment is applied right after the fulfilment.
 */
export async function markOrderPaid(tx: Db, orderId: string, input: MarkOrderPaidInput): Promise<OrderWithItems> {
  const order = await lockOrder(tx, orderId);
  if (PAID_STATUSES.includes(order.status)) return order;
  if (order.status === 'failed' || order.status === 'cancelled') await retakeDiscounts(tx, order, input.paidAt);
  const paid = await tx.order.update({
    where: { id: order.id },
    data: {
      status: 'paid',
      paidAt: input.paidAt,
      ...(input.paymentIntentId ? { stripePaymentIntentId: input.paymentIntentId } : {}),
    },
    include: { items: { orderBy: { id: 'asc' } } },
  });
  await fulfilOrder(tx, paid, input.paidAt);
  if (paid.refundedCents > 0) return applyRefundEffects(tx, paid, paid.refundedCents, paid.refundedAt ?? input.paidAt);
  return paid;
}

/** Marks an order that is still waiting for its payment as failed; any other status is left alone. */
export async function markOrderFailed(tx: Db, orderId: string, at: Date): Promise<OrderWithItems> {
  const order = await lockOrder(tx, orderId);
  if (order.status !== 'awaiting_payment') return order;
  if (order.promoCodeId) await tx.promoCode.update({ where: { id: order.promoCodeId }, data: { uses: { decrement: 1 } } });
  // The order keeps the scholarship's id (for the record) until another order takes it.
  if (order.scholarshipId) await tx.scholarship.update({ where: { id: order.scholarshipId }, data: { redeemedAt: null } });
  return tx.order.update({ where: { id: order.id }, data: { status: 'failed', failedAt: at }, include: { items: { orderBy: { id: 'asc' } } } });
}

async function retakeDiscounts(tx: Db, order: OrderWithItems, at: Date): Promise<void> {
  // Money was taken, so the limit does not apply any more: the use is counted regardless.
  if (order.promoCodeId) await tx.promoCode.update({ where: { id: order.promoCodeId }, data: { uses: { increment: 1 } } });
  if (order.scholarshipId) await tx.scholarship.updateMany({ where: { id: order.scholarshipId, redeemedAt: null }, data: { redeemedAt: at } });
}
