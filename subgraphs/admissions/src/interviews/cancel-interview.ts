// The applicant or an officer of the program calls off a booked interview: the slot is free for someone
// else at once and the application goes back to waiting for a booking, with the change in its audit trail.
import type { Application, PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import type { BookedInterview } from './book-interview';
import { INTERVIEW_TRANSACTION_OPTIONS, assertProgramOfficer, findInterview, programOfApplication } from './interview-rules';
import { releaseSlot } from './slot-claims';

export interface CancelInterviewInput {
  applicationId: string;
  actor: 'applicant' | 'officer';
  /** The applicant themself, or an officer of the application's program. */
  actorId: string;
  /** Kept in the audit trail. @default none */
  reason?: string;
  now: Date;
}

export interface CancelInterviewResult {
  /** The interview as it was booked, for the cancellation notices (see interviewCancellation). */
  cancelled: BookedInterview;
  application: Application;
}

/**
 * Cancels the application's interview. NOT_FOUND for someone else's application (applicant) or when no
 * interview is booked; FORBIDDEN for an officer of another program; CONFLICT once the interview has been
 * recorded, or for an applicant once it has started.
 */
export async function cancelInterview(prisma: PrismaClient, input: CancelInterviewInput): Promise<CancelInterviewResult> {
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (input.actor === 'applicant' && application.applicantId !== input.actorId) throw notFound('That application');
    if (input.actor === 'officer') {
      const programId = await programOfApplication(tx, application.intakeId);
      await assertProgramOfficer(tx, programId, input.actorId);
    }
    if (application.status !== 'interview_scheduled') throw conflict('Only a booked interview that has not been recorded can be cancelled.');
    const interview = await findInterview(tx, application.id);
    if (input.actor === 'applicant' && interview.startsAt <= input.now) {
      throw conflict('This interview has already started; ask the admissions office what happens next.');
    }
    const slot = await tx.interviewSlot.findUniqueOrThrow({ where: { id: interview.slotId } });
    await releaseSlot(tx, slot.id, application.id);
    // The row goes with the booking: its slot may be booked again, and a new booking starts afresh.
    await tx.interview.delete({ where: { applicationId: application.id } });
    const moved = await transitionApplication(tx, {
      applicationId: application.id,
      to: 'spiritual_evaluation',
      actor: input.actor,
      actorId: input.actorId,
      note: input.reason?.trim() ? `Interview cancelled: ${input.reason.trim()}` : 'Interview cancelled.',
      now: input.now,
    });
    return { cancelled: { ...interview, location: slot.location }, application: moved };
  }, INTERVIEW_TRANSACTION_OPTIONS);
}
