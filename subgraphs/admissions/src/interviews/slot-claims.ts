// Taking and giving back a slot. A slot is taken by one conditional UPDATE (only while nobody holds it):
// concurrent bookers queue on the row, and every one after the winner finds it held and gets CONFLICT.
// The unique index on bookedApplicationId is the second line: one application never holds two slots.
import { Prisma, type Db, type InterviewSlot } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';

export const SLOT_TAKEN_MESSAGE = 'That slot was just taken, pick another.';

export interface ClaimSlotInput {
  slotId: string;
  applicationId: string;
  /** The application's program: a slot serves one program's applicants. */
  programId: string;
  now: Date;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Books the slot for the application inside the caller's transaction and returns it. */
export async function claimSlot(tx: Db, input: ClaimSlotInput): Promise<InterviewSlot> {
  const slot = await tx.interviewSlot.findUnique({ where: { id: input.slotId } });
  if (!slot) throw notFound('That interview slot');
  if (slot.programId !== input.programId) throw conflict("That slot is for another program's interviews; pick one of your program's slots.");
  if (slot.startsAt <= input.now) throw conflict('That slot has already started; pick a later one.');
  if (slot.bookedApplicationId === input.applicationId) throw conflict('You already hold that slot.');
  let claimed: Prisma.BatchPayload;
  try {
    claimed = await tx.interviewSlot.updateMany({
      where: { id: slot.id, bookedApplicationId: null, startsAt: { gt: input.now } },
      data: { bookedApplicationId: input.applicationId },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This application already holds another slot; reschedule that interview instead.');
    throw error;
  }
  if (claimed.count === 0) throw conflict(SLOT_TAKEN_MESSAGE);
  return { ...slot, bookedApplicationId: input.applicationId };
}

/** Gives the application's slot back so someone else can book it. */
export async function releaseSlot(tx: Db, slotId: string, applicationId: string): Promise<void> {
  await tx.interviewSlot.updateMany({ where: { id: slotId, bookedApplicationId: applicationId }, data: { bookedApplicationId: null } });
}
