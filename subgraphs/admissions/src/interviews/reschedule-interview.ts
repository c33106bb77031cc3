// An applicant moves a booked interview to another slot of the program: at most MAX_RESCHEDULES times and
// not inside RESCHEDULE_CUTOFF_HOURS of the start. The old slot is given back and the new one taken in
// one transaction, so a refused move keeps the old booking; both sides get the moved calendar event.
import type { PrismaClient } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';
import { lockOwnApplication, type BookedInterview } from './book-interview';
import { mailInterviewMoved } from './interview-mail';
import { INTERVIEW_TRANSACTION_OPTIONS, MAX_RESCHEDULES, RESCHEDULE_CUTOFF_HOURS, findInterview, programOfIntake } from './interview-rules';
import { claimSlot, releaseSlot } from './slot-claims';

export interface RescheduleInterviewInput {
  applicationId: string;
  applicantId: string;
  /** The slot to move to. */
  slotId: string;
  now: Date;
}

/**
 * Moves the interview to `slotId` and returns it with its new time and place. CONFLICT when the
 * application has no interview waiting, the limit of reschedules is reached, the interview starts within
 * 24 hours, or the new slot is taken, started or another program's.
 */
export async function rescheduleInterview(prisma: PrismaClient, input: RescheduleInterviewInput): Promise<BookedInterview> {
  return prisma.$transaction(async (tx) => {
    const application = await lockOwnApplication(tx, input.applicationId, input.applicantId);
    if (application.status !== 'interview_scheduled') throw conflict('Only a booked interview that has not happened yet can be rescheduled.');
    const interview = await findInterview(tx, application.id);
    if (interview.reschedules >= MAX_RESCHEDULES) {
      throw conflict(`This interview has been moved ${MAX_RESCHEDULES} times, the most allowed; keep this time or cancel it.`);
    }
    const cutoff = new Date(interview.startsAt.getTime() - RESCHEDULE_CUTOFF_HOURS * 3_600_000);
    if (input.now >= cutoff) {
      throw conflict(`Interviews cannot be moved within ${RESCHEDULE_CUTOFF_HOURS} hours of the start; keep this time or cancel it.`);
    }
    if (input.slotId === interview.slotId) throw conflict('The interview is already in that slot; pick another.');
    const program = await programOfIntake(tx, application.intakeId);
    const oldSlot = await tx.interviewSlot.findUniqueOrThrow({ where: { id: interview.slotId }, select: { location: true } });
    // Given back first: the unique index lets an application hold one slot at a time.
    await releaseSlot(tx, interview.slotId, application.id);
    const slot = await claimSlot(tx, { slotId: input.slotId, applicationId: application.id, programId: program.id, now: input.now });
    const moved = await tx.interview.update({
      where: { applicationId: application.id },
      data: { slotId: slot.id, officerId: slot.officerId, startsAt: slot.startsAt, endsAt: slot.endsAt, reschedules: { increment: 1 }, sequence: { increment: 1 } },
    });
    const result = { ...moved, location: slot.location };
    await mailInterviewMoved(tx, { ...interview, location: oldSlot.location }, result, {
      programName: program.name,
      applicantId: application.applicantId,
      now: input.now,
    });
    return result;
  }, INTERVIEW_TRANSACTION_OPTIONS);
}
