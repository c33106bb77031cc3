// Officers publishing interview availability: future slots of a sensible length that never overlap the
// officer's own calendar, refused with the field that needs fixing.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { publishSlots, type SlotInput } from '../src/interviews/publish-slots';
import { NOW, hoursAfter, minutesAfter, openSlot, programWithOfficer } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const slotAt = (hours: number, minutes = 45, location?: string): SlotInput => {
  const startsAt = hoursAfter(NOW, hours);
  return { startsAt, endsAt: minutesAfter(startsAt, minutes), location };
};

async function publish(officerId: string, programId: string, slots: SlotInput[]) {
  return prisma.$transaction((tx) => publishSlots(tx, { officerId, programId, slots, now: NOW }));
}

test('publishes future slots in start order with the default location when none is given', async () => {
  const { program, officerId } = await programWithOfficer(prisma);
  const created = await publish(officerId, program.id, [slotAt(50, 30, '  Room 4  '), slotAt(48)]);
  expect(created.map((slot) => [slot.startsAt, slot.endsAt, slot.location, slot.officerId, slot.programId, slot.bookedApplicationId])).toEqual([
    [hoursAfter(NOW, 48), minutesAfter(hoursAfter(NOW, 48), 45), 'Online', officerId, program.id, null],
    [hoursAfter(NOW, 50), minutesAfter(hoursAfter(NOW, 50), 30), 'Room 4', officerId, program.id, null],
  ]);
  expect(await prisma.interviewSlot.count({ where: { officerId } })).toBe(2);
});

// Each case follows a valid slot, so the field names the offending slot's own index.
test.each([
  ['a slot in the past', [slotAt(-1)], 'slots[1].startsAt'],
  ['a slot starting right now', [slotAt(0)], 'slots[1].startsAt'],
  ['a slot of 14 minutes', [slotAt(24, 14)], 'slots[1].endsAt'],
  ['a slot of 181 minutes', [slotAt(24, 181)], 'slots[1].endsAt'],
  ['a slot ending before it starts', [slotAt(24, -30)], 'slots[1].endsAt'],
  ['two slots of one batch that overlap', [slotAt(24, 60), slotAt(24.5, 60)], 'slots[2].startsAt'],
])('refuses %s with BAD_USER_INPUT on its field and publishes nothing', async (_case, slots, field) => {
  const { program, officerId } = await programWithOfficer(prisma);
  await expect(publish(officerId, program.id, [slotAt(100), ...slots])).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
  expect(await prisma.interviewSlot.count({ where: { officerId } })).toBe(0);
});

test('accepts slots of exactly 15 and 180 minutes', async () => {
  const { program, officerId } = await programWithOfficer(prisma);
  await expect(publish(officerId, program.id, [slotAt(24, 15), slotAt(30, 180)])).resolves.toHaveLength(2);
});

test('refuses a slot overlapping one the officer already has, even in another program', async () => {
  const first = await programWithOfficer(prisma);
  const second = await programWithOfficer(prisma);
  await prisma.programOfficer.create({ data: { programId: second.program.id, userId: first.officerId } });
  await openSlot(prisma, { officerId: first.officerId, programId: first.program.id }, { startsAt: hoursAfter(NOW, 24), minutes: 60 });
  const error = publish(first.officerId, second.program.id, [slotAt(24.75, 30)]);
  await expect(error).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'slots[0].startsAt' } });
  await expect(error).rejects.toThrow(/overlaps your slot/);
  expect(await prisma.interviewSlot.count({ where: { officerId: first.officerId } })).toBe(1);
});

test('a slot may start exactly when the officer’s previous one ends', async () => {
  const { program, officerId } = await programWithOfficer(prisma);
  await openSlot(prisma, { officerId, programId: program.id }, { startsAt: hoursAfter(NOW, 24), minutes: 60 });
  await expect(publish(officerId, program.id, [slotAt(25, 60)])).resolves.toHaveLength(1);
});

test('two publishes of the same hour at once leave exactly one slot', async () => {
  const { program, officerId } = await programWithOfficer(prisma);
  const results = await Promise.allSettled([publish(officerId, program.id, [slotAt(24, 60)]), publish(officerId, program.id, [slotAt(24.5, 60)])]);
  expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  expect(await prisma.interviewSlot.count({ where: { officerId } })).toBe(1);
});

test('refuses someone who is not an officer of the program', async () => {
  const { program } = await programWithOfficer(prisma);
  await expect(publish(randomUUID(), program.id, [slotAt(24)])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
});
