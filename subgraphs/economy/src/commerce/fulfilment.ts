// What a paid order delivers, written in the transaction that marks it paid (so exactly once):
// course access for the buyer (bundles expand), a revenue share row per course sold, and for a school
// licence its seats as single-use codes, for an application fee the fee marked paid (ApplicationFeePaid).
// Tutor plan items are delivered by the subscription (its Stripe events emit TutorPlanChanged), not here.
import type { Db, Order, OrderItem } from '../../../kit/src/db';
import { grantCourseAccess } from './access-events';
import { markApplicationFeePaid } from './application-fee-paid';
import { newLicenceCode } from './licence-codes';
import { splitRevenue } from './revenue-split';
import { coursesOfItem, loadCatalogue, type Catalogue } from './sellables';

/** How long licence codes stay claimable after the order is paid. */
export const LICENCE_VALIDITY_MS = 365 * 24 * 60 * 60 * 1000;

export type OrderWithItems = Order & { items: OrderItem[] };

export async function fulfilOrder(tx: Db, order: OrderWithItems, paidAt: Date): Promise<void> {
  const catalogue = await loadCatalogue(tx, order.items);
  await recordRevenueShares(tx, catalogue, order.items);
  const granted = new Set<string>();
  for (const item of order.items) {
    if (item.kind !== 'course' && item.kind !== 'bundle') continue;
    for (const courseId of coursesOfItem(catalogue, item)) {
      if (granted.has(courseId)) continue;
      granted.add(courseId);
      await grantCourseAccess(tx, { userId: order.userId, courseId, orderId: order.id });
    }
  }
  const licenceItem = order.items.find((item) => item.kind === 'school_licence');
  if (licenceItem) await issueSchoolLicence(tx, order, licenceItem, paidAt);
  for (const item of order.items) {
    if (item.kind === 'application_fee') await markApplicationFeePaid(tx, order, item, paidAt);
  }
}

async function recordRevenueShares(tx: Db, catalogue: Catalogue, items: readonly OrderItem[]): Promise<void> {
  const rows = items.flatMap((item) =>
    item.kind === 'tutor_plan'
      ? []
      : splitRevenue(catalogue, item, item.totalCents).flatMap((split) =>
          split.payeeId === null
            ? []
            : [{ orderItemId: item.id, courseId: split.courseId, payeeId: split.payeeId, grossCents: split.gross, instructorCents: split.instructor, platformCents: split.platform }],
        ),
  );
  if (rows.length > 0) await tx.revenueShare.createMany({ data: rows, skipDuplicates: true });
}

async function issueSchoolLicence(tx: Db, order: Order, item: OrderItem, paidAt: Date): Promise<void> {
  const licence = await tx.schoolLicence.create({
    data: {
      schoolId: item.schoolId!,
      orderId: order.id,
      courseId: item.courseId,
      bundleId: item.bundleId,
      seats: item.seats,
      expiresAt: new Date(paidAt.getTime() + LICENCE_VALIDITY_MS),
    },
  });
  await tx.licenceCode.createMany({ data: Array.from({ length: item.seats }, () => ({ licenceId: licence.id, code: newLicenceCode() })) });
}
