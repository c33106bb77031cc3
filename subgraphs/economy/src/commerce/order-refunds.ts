// Refunds work from the cumulative refunded total (what Stripe reports, or an admin's full refund),
// so applying the same total twice changes nothing. Revenue shares are reversed in proportion to what
// was refunded; a full refund also revokes the buyer's course access and closes unclaimed licence seats.
import type { Db } from '../../../kit/src/db';
import { allocateProportionally, proportionOf } from './allocation';
import { revokeCourseAccess } from './access-events';
import type { OrderWithItems } from './fulfilment';
import { lockOrder } from './order-lock';
import { coursesOfItem, loadCatalogue } from './sellables';

export interface RefundOrderInput {
  /** Everything refunded on this order so far, in cents (not the amount of this one refund). */
  refundedCentsTotal: number;
  at: Date;
}

const PAID_OR_REFUNDED = new Set(['paid', 'partially_refunded', 'refunded']);

export async function refundOrder(tx: Db, orderId: string, input: RefundOrderInput): Promise<OrderWithItems> {
  if (!Number.isSafeInteger(input.refundedCentsTotal) || input.refundedCentsTotal < 0) {
    throw new Error(`refundOrder needs the cumulative refunded total in whole cents, not ${String(input.refundedCentsTotal)}.`);
  }
  const order = await lockOrder(tx, orderId);
  // More than was paid cannot be refunded; Stripe's total never exceeds it, an admin's full refund equals it.
  const total = Math.min(input.refundedCentsTotal, order.totalCents);
  if (total <= order.refundedCents) return order;
  if (!PAID_OR_REFUNDED.has(order.status)) {
    // Refunded before the payment was recorded: remember it; markOrderPaid applies it after fulfilling.
    return tx.order.update({ where: { id: order.id }, data: { refundedCents: total, refundedAt: input.at }, include: { items: { orderBy: { id: 'asc' } } } });
  }
  return applyRefundEffects(tx, order, total, input.at);
}

/** Sets the refunded total and status, reverses shares to match and, when full, revokes access. */
export async function applyRefundEffects(tx: Db, order: OrderWithItems, refundedCents: number, at: Date): Promise<OrderWithItems> {
  const full = refundedCents >= order.totalCents;
  const updated = await tx.order.update({
    where: { id: order.id },
    data: { refundedCents, refundedAt: at, status: full ? 'refunded' : 'partially_refunded' },
    include: { items: { orderBy: { id: 'asc' } } },
  });
  await reverseRevenueShares(tx, order, refundedCents);
  if (full) {
    const catalogue = await loadCatalogue(tx, order.items);
    const courseIds = new Set(order.items.filter((item) => item.kind === 'course' || item.kind === 'bundle').flatMap((item) => coursesOfItem(catalogue, item)));
    for (const courseId of courseIds) await revokeCourseAccess(tx, { userId: order.userId, courseId });
    // Seats already claimed stay with their students; the rest can no longer be claimed.
    await tx.schoolLicence.updateMany({ where: { orderId: order.id, expiresAt: { gt: at } }, data: { expiresAt: at } });
  }
  return updated;
}

/** One reversal row per share, kept at the refunded proportion (negative amounts). */
async function reverseRevenueShares(tx: Db, order: OrderWithItems, refundedCents: number): Promise<void> {
  const shares = await tx.revenueShare.findMany({ where: { orderItemId: { in: order.items.map((item) => item.id) }, reversal: false }, orderBy: [{ orderItemId: 'asc' }, { courseId: 'asc' }] });
  if (shares.length === 0) return;
  const shareGross = shares.reduce((sum, share) => sum + share.grossCents, 0);
  const full = refundedCents >= order.totalCents;
  const reversedGross = full ? shares.map((share) => share.grossCents) : allocateProportionally(proportionOf(shareGross, refundedCents, order.totalCents), shares.map((share) => share.grossCents));
  for (const [index, share] of shares.entries()) {
    const gross = reversedGross[index]!;
    const instructor = full ? share.instructorCents : Math.floor((share.instructorCents * gross) / Math.max(1, share.grossCents));
    const amounts = { grossCents: -gross, instructorCents: -instructor, platformCents: -(gross - instructor) };
    await tx.revenueShare.upsert({
      where: { orderItemId_courseId_reversal: { orderItemId: share.orderItemId, courseId: share.courseId, reversal: true } },
      create: { orderItemId: share.orderItemId, courseId: share.courseId, payeeId: share.payeeId, reversal: true, ...amounts },
      update: amounts,
    });
  }
}
