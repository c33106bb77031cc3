// Once an application is submitted and its fee settled (none, waived or paid), the platform moves it on
// to eligibility review and runs the automatic check, in the caller's transaction.
import type { Db } from '../../../kit/src/db';
import { transitionApplication } from '../applications/transition-application';
import { checkApplicationEligibility } from '../eligibility/check-eligibility';

export async function startEligibilityReview(tx: Db, applicationId: string, now: Date, note: string): Promise<void> {
  await transitionApplication(tx, { applicationId, to: 'eligibility_review', actor: 'platform', actorId: null, note, now });
  await checkApplicationEligibility(tx, applicationId, now);
}
