// Where a reference stands, as the applicant sees it.
import type { ApplicationReference } from '../../../kit/src/db';

export type ReferenceStatus = 'invited' | 'submitted' | 'expired';

export function referenceStatusOf(reference: Pick<ApplicationReference, 'submittedAt' | 'expiresAt'>, now: Date): ReferenceStatus {
  if (reference.submittedAt !== null) return 'submitted';
  return reference.expiresAt.getTime() <= now.getTime() ? 'expired' : 'invited';
}
