// Economy reports an application fee paid: the application records the order and moves on to
// eligibility review. Handled once per event (processed_event) and, since economy could report the
// same payment twice under different event ids, a fee already recorded is left as it is.
import type { Db } from '../../../kit/src/db';
import { domainFactHandler } from '../../../kit/src/events/fact-handler';
import { lockApplication } from '../applications/transition-application';
import { startEligibilityReview } from './eligibility-review';
import { applicationFeePaidSchema, type ApplicationFeePaid } from './fee-events';

/** The name this consumer records processed events under (consumer group `admissions.<name>`). */
export const FEE_PAID_HANDLER = 'record-application-fee-paid';

export async function recordApplicationFeePaid(tx: Db, paid: ApplicationFeePaid): Promise<void> {
  const exists = await tx.application.findUnique({ where: { id: paid.applicationId }, select: { id: true } });
  // An application that is gone has nothing to record; retrying would not change that.
  if (!exists) return;
  const application = await lockApplication(tx, paid.applicationId);
  if (application.feePaidAt !== null) return;
  const paidAt = new Date(paid.paidAt);
  await tx.application.update({ where: { id: application.id }, data: { feePaidAt: paidAt, feeOrderId: paid.orderId } });
  // A withdrawn application keeps the payment on record (for a refund) but goes nowhere.
  if (application.status !== 'submitted') return;
  await startEligibilityReview(tx, application.id, new Date(), 'Application fee paid.');
}

export const handleApplicationFeePaid = domainFactHandler('admissions')(FEE_PAID_HANDLER, applicationFeePaidSchema, (tx, paid) => recordApplicationFeePaid(tx, paid));
