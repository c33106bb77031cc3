// An admin's full refund of a ScrollCoin order: the coins go back to the buyer's wallet in one
// `refund` ledger transaction, and the order is refunded (access revoked, shares reversed) with it.
// The treasury pays the whole refund, so a payee who already spent their coins never blocks it; the
// reversed revenue share rows net the instructor's part off their next payout.
import type { PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { postTransaction } from '../ledger/post-transaction';
import type { OrderWithItems } from './fulfilment';
import { lockOrder } from './order-lock';
import { refundOrder } from './order-refunds';

export async function refundScrollCoinOrder(prisma: PrismaClient, adminId: string, orderId: string, now = new Date()): Promise<OrderWithItems> {
  if (!isUuid(orderId)) throw notFound('The order');
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (order.paymentMethod === 'card') throw conflict('Card orders are refunded through the card payment (Stripe); this refunds ScrollCoin orders.');
    if (order.paymentMethod === 'none') throw conflict('Nothing was paid for this order, so there is nothing to refund.');
    if (order.status === 'refunded') return order;
    if (order.status !== 'paid' && order.status !== 'partially_refunded') throw conflict('Only a paid order can be refunded.');
    const coins = order.scrollCoinTotal ?? 0;
    if (coins > 0) {
      await postTransaction(tx, {
        type: 'refund',
        reason: `Refund of order ${order.id}`,
        idempotencyKey: `order-refund:${order.id}`,
        legs: [
          { account: { system: 'treasury' }, amount: -coins },
          { account: { userId: order.userId }, amount: coins },
        ],
        initiatedById: adminId,
        metadata: { orderId: order.id },
      });
    }
    return refundOrder(tx, order.id, { refundedCentsTotal: order.totalCents, at: now });
  });
}
