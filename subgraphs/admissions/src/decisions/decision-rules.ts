// What a committee decision needs before it is written: a rationale worth keeping in the record, and an
// application at a stage where that outcome makes sense. Pure, so the rules read in one place.
import type { ApplicationStatus, DecisionOutcome } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';

export const DECISION_OUTCOMES: readonly DecisionOutcome[] = ['accepted', 'waitlisted', 'rejected'];

/** A rationale shorter than this says nothing an appeal or an audit could rely on. */
export const MIN_RATIONALE_LENGTH = 20;
export const MAX_RATIONALE_LENGTH = 5000;

/**
 * Interactive transaction limits for decisions and withdrawals: everyone deciding on one intake queues on
 * its row lock while holding a pooled connection, so a busy committee waits longer than Prisma's 2-second
 * default for a connection; waiting is right here, failing the decision is not.
 */
export const DECISION_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function assertDecisionOutcome(outcome: string): asserts outcome is DecisionOutcome {
  if (!(DECISION_OUTCOMES as readonly string[]).includes(outcome)) {
    throw badInput(`A decision is one of ${DECISION_OUTCOMES.join(', ')}.`, 'outcome');
  }
}

/** The rationale trimmed; BAD_USER_INPUT on field `rationale` when it is too short or too long. */
export function normalizeRationale(rationale: string): string {
  const trimmed = rationale.trim();
  if (trimmed.length < MIN_RATIONALE_LENGTH) {
    throw badInput(`Explain the decision in at least ${MIN_RATIONALE_LENGTH} characters; the rationale is kept in the applicant's record.`, 'rationale');
  }
  if (trimmed.length > MAX_RATIONALE_LENGTH) throw badInput(`A rationale is at most ${MAX_RATIONALE_LENGTH} characters.`, 'rationale');
  return trimmed;
}

/**
 * Throws CONFLICT when `outcome` does not fit the application's stage. The workflow lets an officer decide
 * at eligibility review and spiritual evaluation so that unsuitable applications can be turned down
 * early, but nobody is accepted or waitlisted without an interview; a waitlisted application is decided
 * again only to accept or reject it. Everything else is left to the workflow's own check.
 */
export function assertOutcomeFitsStage(status: ApplicationStatus, current: DecisionOutcome | null, outcome: DecisionOutcome): void {
  if (outcome !== 'rejected' && (status === 'eligibility_review' || status === 'spiritual_evaluation')) {
    throw conflict('An application is accepted or waitlisted only after its interview; it can only be rejected at this stage.');
  }
  if (status === 'decided' && current === 'waitlisted' && outcome === 'waitlisted') {
    throw conflict('This application is already waitlisted; accept or reject it instead.');
  }
}
