// Calling off a booked interview, whoever does it and whatever happens to the application next (a
// cancellation sends it back to waiting for a booking; a withdrawal ends it): the slot is freed for
// someone else, the row is marked cancelled with the next calendar SEQUENCE, and both sides are sent
// the calendar cancellation, all in the caller's transaction.
import type { Db } from '../../../kit/src/db';
import type { BookedInterview } from './book-interview';
import { mailInterviewCancelled } from './interview-mail';
import type { BookedInterviewRow } from './interview-rules';
import { releaseSlot } from './slot-claims';

export interface CallOffInterviewInput {
  interview: BookedInterviewRow;
  applicantId: string;
  programName: string;
  /** Told to both sides. @default none */
  reason?: string;
  now: Date;
}

/** Returns the interview as it now stands: cancelled, at the time it was booked for. */
export async function callOffInterview(tx: Db, input: CallOffInterviewInput): Promise<BookedInterview> {
  const slot = await tx.interviewSlot.findUniqueOrThrow({ where: { id: input.interview.slotId } });
  await releaseSlot(tx, slot.id, input.interview.applicationId);
  const cancelled = await tx.interview.update({
    where: { applicationId: input.interview.applicationId },
    data: { slotId: null, cancelledAt: input.now, sequence: { increment: 1 } },
  });
  const result = { ...cancelled, location: slot.location };
  await mailInterviewCancelled(tx, result, { programName: input.programName, applicantId: input.applicantId, now: input.now, reason: input.reason ?? '' });
  return result;
}
