// Officers take back a published time nobody has booked. A booked slot stays: the applicant was promised
// it, so the interview must be cancelled first (which tells them). The delete is conditional on the slot
// still being free, so a booking that lands at the same moment wins and the removal is refused.
import type { Db, InterviewSlot } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { assertProgramOfficer } from './interview-rules';

export interface RemoveSlotInput {
  slotId: string;
  officerId: string;
  /** The officer is an administrator, who works on every program. @default false */
  isAdmin?: boolean;
}

/**
 * Deletes the slot and returns it as it was. NOT_FOUND for an unknown slot; FORBIDDEN unless the caller
 * is an officer of the slot's program; CONFLICT when someone has booked it.
 */
export async function removeSlot(tx: Db, input: RemoveSlotInput): Promise<InterviewSlot> {
  const slot = await tx.interviewSlot.findUnique({ where: { id: input.slotId } });
  if (!slot) throw notFound('That interview slot');
  await assertProgramOfficer(tx, slot.programId, input.officerId, input.isAdmin);
  const removed = await tx.interviewSlot.deleteMany({ where: { id: slot.id, bookedApplicationId: null } });
  if (removed.count === 0) throw conflict('Someone has booked this slot; cancel that interview first if you cannot hold it.');
  return slot;
}
