// The application workflow as an explicit state machine: which status may follow which, and who may
// move an application along each step. Pure: the domain code asks it before writing, and anything it
// refuses is a CONFLICT with a message that says what is possible from here.
import type { ApplicationStatus, DecisionOutcome } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';

/** Who acts on an application: its applicant, an admissions officer of its program, or the platform. */
export type WorkflowActor = 'applicant' | 'officer' | 'platform';

interface Step {
  to: ApplicationStatus;
  by: readonly WorkflowActor[];
}

/** Every status an application can reach from each status, and who may take that step. */
export const WORKFLOW: Readonly<Record<ApplicationStatus, readonly Step[]>> = {
  draft: [
    { to: 'submitted', by: ['applicant'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  // Submission queues the application for the automatic eligibility check and an officer's review.
  submitted: [
    { to: 'eligibility_review', by: ['platform', 'officer'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  eligibility_review: [
    { to: 'spiritual_evaluation', by: ['officer', 'platform'] },
    // An application that is not eligible is decided (rejected) at this stage.
    { to: 'decided', by: ['officer'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  spiritual_evaluation: [
    { to: 'interview_scheduled', by: ['applicant', 'officer'] },
    { to: 'decided', by: ['officer'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  interview_scheduled: [
    { to: 'interviewed', by: ['officer'] },
    // A cancelled interview goes back to waiting for a booking.
    { to: 'spiritual_evaluation', by: ['applicant', 'officer'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  interviewed: [
    { to: 'decided', by: ['officer'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  // A waitlisted application is decided again when a place opens; an accepted one enrols.
  decided: [
    { to: 'decided', by: ['officer', 'platform'] },
    { to: 'enrolled', by: ['platform', 'applicant'] },
    { to: 'withdrawn', by: ['applicant'] },
  ],
  enrolled: [],
  withdrawn: [],
};

/** Statuses an application never leaves. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['enrolled', 'withdrawn'];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: WorkflowActor): boolean {
  return WORKFLOW[from].some((step) => step.to === to && step.by.includes(actor));
}

/** The statuses `actor` may move an application in `from` to. */
export function nextStatuses(from: ApplicationStatus, actor: WorkflowActor): ApplicationStatus[] {
  return WORKFLOW[from].filter((step) => step.by.includes(actor)).map((step) => step.to);
}

const words = (status: ApplicationStatus) => status.replace(/_/g, ' ');

/**
 * Throws CONFLICT unless `actor` may move an application from `from` to `to`. A decided application
 * moves again only from waitlisted (to accepted or rejected), and enrols only when accepted.
 */
export function assertTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  actor: WorkflowActor,
  decision: { current: DecisionOutcome | null; next?: DecisionOutcome | null } = { current: null },
): void {
  if (from === 'decided' && to === 'decided' && decision.current !== 'waitlisted') {
    throw conflict('Only a waitlisted application can be decided again.');
  }
  if (from === 'decided' && to === 'enrolled' && decision.current !== 'accepted') {
    throw conflict('Only an accepted application can be enrolled.');
  }
  if (canTransition(from, to, actor)) return;
  if (FINAL_STATUSES.includes(from)) throw conflict(`This application is ${words(from)}; it cannot change any more.`);
  const possible = nextStatuses(from, actor);
  throw conflict(
    possible.length === 0
      ? `An application that is ${words(from)} waits for someone else's step; you cannot move it now.`
      : `An application that is ${words(from)} can only move to ${possible.map(words).join(' or ')} from here, not to ${words(to)}.`,
  );
}
