// The applicant or an officer of the program calls off a booked interview: the slot is free for someone
// else at once, the application goes back to waiting for a booking (with the change in its audit trail)
// and both sides get a calendar cancellation. The interview's row stays, marked cancelled, so its
// reschedule count and calendar SEQUENCE carry over to the next booking.
import type { Application, Db, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import type { BookedInterview } from './book-interview';
import { callOffInterview } from './call-off-interview';
import { INTERVIEW_TRANSACTION_OPTIONS, assertProgramOfficer, findInterview, programOfIntake } from './interview-rules';

/** Longest reason a cancellation carries: it goes into mail and the timeline. */
export const MAX_CANCEL_REASON_LENGTH = 500;

export interface CancelInterviewInput {
  applicationId: string;
  actor: 'applicant' | 'officer';
  /** The applicant themself, or an officer of the application's program. */
  actorId: string;
  /** The officer is an administrator, who works on every program. @default false */
  isAdmin?: boolean;
  /** Kept in the audit trail and told to both sides. @default none */
  reason?: string;
  now: Date;
}

export interface CancelInterviewResult {
  /** The interview as it now stands: cancelled, at the time it was booked for, with its new sequence. */
  cancelled: BookedInterview;
  application: Application;
}

/**
 * Cancels the application's interview inside the caller's transaction. BAD_USER_INPUT (reason) for a
 * reason over 500 characters; NOT_FOUND for someone else's
 * application (applicant) or when no interview is booked; FORBIDDEN for an officer of another program;
 * CONFLICT once the interview has been recorded, or for an applicant once it has started.
 */
export async function cancelBookedInterview(tx: Db, input: CancelInterviewInput): Promise<CancelInterviewResult> {
  const reason = input.reason?.trim() ?? '';
  if (reason.length > MAX_CANCEL_REASON_LENGTH) throw badInput(`A reason is at most ${MAX_CANCEL_REASON_LENGTH} characters.`, 'reason');
  const application = await lockApplication(tx, input.applicationId);
  if (input.actor === 'applicant' && application.applicantId !== input.actorId) throw notFound('That application');
  const program = await programOfIntake(tx, application.intakeId);
  if (input.actor === 'officer') await assertProgramOfficer(tx, program.id, input.actorId, input.isAdmin);
  if (application.status !== 'interview_scheduled') throw conflict('Only a booked interview that has not been recorded can be cancelled.');
  const interview = await findInterview(tx, application.id);
  if (input.actor === 'applicant' && interview.startsAt <= input.now) {
    throw conflict('This interview has already started; ask the admissions office what happens next.');
  }
  const cancelled = await callOffInterview(tx, { interview, applicantId: application.applicantId, programName: program.name, reason, now: input.now });
  const moved = await transitionApplication(tx, {
    applicationId: application.id,
    to: 'spiritual_evaluation',
    actor: input.actor,
    actorId: input.actorId,
    note: reason ? `Interview cancelled: ${reason}` : 'Interview cancelled.',
    now: input.now,
  });
  return { cancelled, application: moved };
}

/** Cancels the application's interview in a transaction of its own (see cancelBookedInterview). */
export async function cancelInterview(prisma: PrismaClient, input: CancelInterviewInput): Promise<CancelInterviewResult> {
  return prisma.$transaction((tx) => cancelBookedInterview(tx, input), INTERVIEW_TRANSACTION_OPTIONS);
}
