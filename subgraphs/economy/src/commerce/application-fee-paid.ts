// A paid application_fee line marks its fee paid and tells admissions (ApplicationFeePaid), in the
// transaction that marks the order paid, so the fee is paid and announced exactly once.
import type { Db, Order, OrderItem } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';

export const APPLICATION_FEE_PAID = 'ApplicationFeePaid';

export interface ApplicationFeePaidPayload {
  applicationId: string;
  applicantId: string;
  orderId: string;
  /** What the order line charged, in cents. */
  amountCents: number;
  /** ISO-8601 UTC. */
  paidAt: string;
}

export async function markApplicationFeePaid(tx: Db, order: Pick<Order, 'id' | 'userId'>, item: Pick<OrderItem, 'applicationId' | 'totalCents'>, paidAt: Date): Promise<void> {
  if (item.applicationId === null) return;
  const marked = await tx.applicationFee.updateMany({
    where: { applicationId: item.applicationId, userId: order.userId, paidAt: null },
    data: { paidAt, paidOrderId: order.id },
  });
  // Nothing marked: the fee was already paid by an earlier order (a late payment of an order that had
  // expired). Admissions has been told once; the second payment is for an admin to refund.
  if (marked.count === 0) return;
  await emitEvent<ApplicationFeePaidPayload>(tx, 'economy', APPLICATION_FEE_PAID, {
    applicationId: item.applicationId,
    applicantId: order.userId,
    orderId: order.id,
    amountCents: item.totalCents,
    paidAt: paidAt.toISOString(),
  });
}
