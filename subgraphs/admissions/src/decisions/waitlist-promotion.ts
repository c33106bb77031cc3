// When an accepted applicant withdraws, the place goes to whoever has waited longest on the intake's
// waitlist, in the same transaction that freed it.
import type { Application, Db } from '../../../kit/src/db';
import { transitionApplication } from '../applications/transition-application';
import { emitApplicationAccepted } from './application-accepted';
import { hasFreePlace, takePlace, type IntakeWithProgram } from './intake-places';

export const WAITLIST_PROMOTION_NOTE = 'Promoted from the waitlist';

/**
 * Accepts the longest-waiting waitlisted application of a locked intake when a place is free; returns
 * it, or null when nobody waits or the intake is still full (its capacity may have been lowered).
 */
export async function promoteFromWaitlist(tx: Db, intake: IntakeWithProgram, now: Date): Promise<Application | null> {
  if (!hasFreePlace(intake)) return null;
  // Ties on decidedAt fall back to the id so that every run promotes the same person.
  const [next] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM admissions.application
     WHERE intake_id = ${intake.id}::uuid AND status = 'decided' AND decision = 'waitlisted'
     ORDER BY decided_at ASC NULLS LAST, id ASC
     LIMIT 1
     FOR UPDATE`;
  if (!next) return null;
  const promoted = await transitionApplication(tx, {
    applicationId: next.id,
    to: 'decided',
    actor: 'platform',
    actorId: null,
    decision: 'accepted',
    note: WAITLIST_PROMOTION_NOTE,
    now,
  });
  await takePlace(tx, intake);
  await emitApplicationAccepted(tx, promoted, intake, now);
  return promoted;
}
