// An applicant withdraws. An accepted applicant's place is given back and, in the same transaction,
// offered to the longest-waiting waitlisted applicant of the intake; a booked interview is called off.
import type { Application, Db, PrismaClient } from '../../../kit/src/db';
import { callOffInterview } from '../interviews/call-off-interview';
import { isBooked } from '../interviews/interview-rules';
import { badInput, forbidden, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { intakeOf } from './decide-application';
import { DECISION_TRANSACTION_OPTIONS } from './decision-rules';
import { freePlace, lockIntake } from './intake-places';
import { promoteFromWaitlist } from './waitlist-promotion';

export const MAX_WITHDRAWAL_REASON_LENGTH = 1000;

export interface WithdrawApplicationInput {
  applicationId: string;
  /** The person withdrawing; must be the application's applicant. */
  applicantId: string;
  /** Why, for the audit trail. @default "" */
  reason?: string;
  /** @default new Date() */
  now?: Date;
}

export interface WithdrawalResult {
  withdrawn: Application;
  /** The waitlisted application accepted into the freed place, if any. */
  promoted: Application | null;
}

/** A withdrawn applicant's booked interview is freed for someone else, and both sides are told. */
async function callOffInterviewOnWithdrawal(tx: Db, application: Application, programName: string, now: Date): Promise<void> {
  const interview = await tx.interview.findUnique({ where: { applicationId: application.id } });
  if (interview === null || !isBooked(interview)) return;
  await callOffInterview(tx, { interview, applicantId: application.applicantId, programName, reason: 'The application was withdrawn.', now });
}

/** Withdraws an open application (any status but enrolled or withdrawn; the workflow refuses those). */
export async function withdrawApplication(prisma: PrismaClient, input: WithdrawApplicationInput): Promise<WithdrawalResult> {
  const reason = input.reason?.trim() ?? '';
  if (reason.length > MAX_WITHDRAWAL_REASON_LENGTH) throw badInput(`A reason is at most ${MAX_WITHDRAWAL_REASON_LENGTH} characters.`, 'reason');
  if (!isUuid(input.applicationId)) throw notFound('That application');
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const intake = await lockIntake(tx, await intakeOf(tx, input.applicationId));
    const application = await lockApplication(tx, input.applicationId);
    if (application.applicantId !== input.applicantId) throw forbidden('Only the applicant can withdraw an application.');
    const heldPlace = application.status === 'decided' && application.decision === 'accepted';
    if (application.status === 'interview_scheduled') await callOffInterviewOnWithdrawal(tx, application, intake.program.name, now);
    const withdrawn = await transitionApplication(tx, {
      applicationId: application.id,
      to: 'withdrawn',
      actor: 'applicant',
      actorId: input.applicantId,
      note: reason,
      now,
    });
    if (!heldPlace) return { withdrawn, promoted: null };
    const freed = await freePlace(tx, intake);
    const promoted = await promoteFromWaitlist(tx, { ...intake, ...freed }, now);
    return { withdrawn, promoted };
  }, DECISION_TRANSACTION_OPTIONS);
}
