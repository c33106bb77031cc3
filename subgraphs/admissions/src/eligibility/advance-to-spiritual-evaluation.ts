// An officer moves an application out of eligibility review into the spiritual evaluation. Only an
// application that counts as eligible moves on (the officer's override wins over the automatic check);
// one that does not is overridden with a reason first, or rejected.
import type { Application, Db } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { effectiveEligibility } from './effective-eligibility';

export interface AdvanceInput {
  applicationId: string;
  /** The officer (or administrator) moving it; authorizing them is the caller's step. */
  officerId: string;
  /** Kept in the audit trail. @default none */
  note?: string;
  now: Date;
}

/**
 * Moves the application to spiritual_evaluation inside the caller's transaction. NOT_FOUND for an unknown
 * application; CONFLICT when it is not in eligibility review, or not eligible.
 */
export async function advanceToSpiritualEvaluation(tx: Db, input: AdvanceInput): Promise<Application> {
  const application = await lockApplication(tx, input.applicationId);
  if (application.status === 'eligibility_review') {
    const eligibility = effectiveEligibility(application);
    if (eligibility.eligible !== true) {
      const next =
        eligibility.source === 'unchecked'
          ? 'Its eligibility has not been checked yet: recheck it, or override it with a reason.'
          : 'Override its eligibility with a reason if the rules miss something, or reject the application.';
      throw conflict(`This application is not eligible: override or reject it before the spiritual evaluation. ${next}`);
    }
  }
  // The workflow says what is possible from any other status.
  return transitionApplication(tx, {
    applicationId: application.id,
    to: 'spiritual_evaluation',
    actor: 'officer',
    actorId: input.officerId,
    note: input.note?.trim() || 'Eligible; moved to the spiritual evaluation.',
    now: input.now,
  });
}
