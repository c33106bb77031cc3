// Officers publish the times they can interview. Each slot is checked on its own (in the future, a
// sensible length) and against the officer's whole calendar, across programs: one person cannot hold two
// interviews at once.
import type { Db, InterviewSlot } from '../../../kit/src/db';
import { badInput, notFound } from '../../../kit/src/errors';
import {
  DEFAULT_LOCATION,
  MAX_LOCATION_LENGTH,
  MAX_SLOT_MINUTES,
  MAX_SLOTS_PER_PUBLISH,
  MIN_SLOT_MINUTES,
  assertProgramOfficer,
  minutesBetween,
} from './interview-rules';

export interface SlotInput {
  startsAt: Date;
  endsAt: Date;
  /** Where the interview happens: a room or a meeting link. @default "Online" */
  location?: string | null;
}

export interface PublishSlotsInput {
  officerId: string;
  programId: string;
  slots: SlotInput[];
  now: Date;
}

const validDate = (value: Date) => value instanceof Date && !Number.isNaN(value.getTime());
const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function normalizeSlot(slot: SlotInput, index: number, now: Date): { startsAt: Date; endsAt: Date; location: string } {
  const field = `slots[${index}]`;
  if (!validDate(slot.startsAt)) throw badInput('Give the slot a start time.', `${field}.startsAt`);
  if (!validDate(slot.endsAt)) throw badInput('Give the slot an end time.', `${field}.endsAt`);
  if (slot.startsAt <= now) throw badInput(`The slot starting ${when(slot.startsAt)} is in the past; publish future times only.`, `${field}.startsAt`);
  const minutes = minutesBetween(slot.startsAt, slot.endsAt);
  if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
    throw badInput(`An interview slot lasts ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES} minutes; this one is ${Math.round(minutes)}.`, `${field}.endsAt`);
  }
  const location = slot.location?.trim() || DEFAULT_LOCATION;
  if (location.length > MAX_LOCATION_LENGTH) throw badInput(`A location is at most ${MAX_LOCATION_LENGTH} characters.`, `${field}.location`);
  return { startsAt: slot.startsAt, endsAt: slot.endsAt, location };
}

/**
 * Creates the officer's slots for the program and returns them by start time. BAD_USER_INPUT (with the
 * offending `slots[i].…` field) for a past, too short, too long or overlapping slot; FORBIDDEN unless the
 * officer is assigned to the program. Pass a transaction: the officer's calendar is locked until it ends,
 * so two publishes at once cannot both add the same hour.
 */
export async function publishSlots(tx: Db, input: PublishSlotsInput): Promise<InterviewSlot[]> {
  if (input.slots.length === 0) throw badInput('Publish at least one slot.', 'slots');
  if (input.slots.length > MAX_SLOTS_PER_PUBLISH) throw badInput(`Publish at most ${MAX_SLOTS_PER_PUBLISH} slots at a time.`, 'slots');
  const slots = input.slots.map((slot, index) => normalizeSlot(slot, index, input.now));

  const program = await tx.program.findUnique({ where: { id: input.programId }, select: { id: true } });
  if (!program) throw notFound('That program');
  await assertProgramOfficer(tx, input.programId, input.officerId);

  slots.forEach((slot, index) => {
    const clash = slots.findIndex((other, otherIndex) => otherIndex < index && overlaps(slot, other));
    if (clash !== -1) throw badInput(`Slots ${clash + 1} and ${index + 1} overlap; an officer holds one interview at a time.`, `slots[${index}].startsAt`);
  });

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`interview-slots:${input.officerId}`}, 0))`;
  const earliest = new Date(Math.min(...slots.map((slot) => slot.startsAt.getTime())));
  const latest = new Date(Math.max(...slots.map((slot) => slot.endsAt.getTime())));
  const existing = await tx.interviewSlot.findMany({
    where: { officerId: input.officerId, startsAt: { lt: latest }, endsAt: { gt: earliest } },
    orderBy: { startsAt: 'asc' },
  });
  slots.forEach((slot, index) => {
    const clash = existing.find((other) => overlaps(slot, other));
    if (clash) {
      throw badInput(`This slot overlaps your slot from ${when(clash.startsAt)} to ${when(clash.endsAt)}; pick another time.`, `slots[${index}].startsAt`);
    }
  });

  const created = await tx.interviewSlot.createManyAndReturn({
    data: slots.map((slot) => ({ officerId: input.officerId, programId: input.programId, ...slot })),
  });
  return created.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
