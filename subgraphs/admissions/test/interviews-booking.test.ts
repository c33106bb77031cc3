// Applicants booking an interview slot against PostgreSQL: one booking per slot under concurrency, only
// from the right stage and program, and the interview and the status change land together or not at all.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { bookInterview } from '../src/interviews/book-interview';
import { SLOT_TAKEN_MESSAGE } from '../src/interviews/slot-claims';
import { NOW, applicationIn, codeOfRejection, hoursAfter, openSlot, programWithOfficer } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices({ poolMax: 12 });
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

async function setupWithSlot() {
  const setup = await programWithOfficer(prisma);
  const slot = await openSlot(prisma, { officerId: setup.officerId, programId: setup.program.id }, { location: 'Hall B, room 2' });
  return { ...setup, slot };
}

test('of 20 applicants booking one slot at once exactly one gets it and 19 are told it was just taken', async () => {
  const { intake, slot } = await setupWithSlot();
  const applications = await Promise.all(Array.from({ length: 20 }, () => applicationIn(prisma, intake.id)));
  const results = await Promise.allSettled(
    applications.map((application) => bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW })),
  );
  const winners = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const losers = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error & { extensions?: { code?: string } }] : []));
  expect(winners).toHaveLength(1);
  expect(losers.map((error) => [error.extensions?.code, error.message])).toEqual(Array(19).fill(['CONFLICT', SLOT_TAKEN_MESSAGE]));

  const winner = winners[0]!;
  expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBe(winner.application.id);
  expect(await prisma.interview.count({ where: { applicationId: { in: applications.map((application) => application.id) } } })).toBe(1);
  const statuses = await prisma.application.groupBy({ by: ['status'], where: { intakeId: intake.id }, _count: true });
  expect(Object.fromEntries(statuses.map((row) => [row.status, row._count]))).toEqual({ interview_scheduled: 1, spiritual_evaluation: 19 });
  // A refused booking leaves no trace in the audit trail.
  expect(await prisma.applicationTransition.count({ where: { applicationId: { in: applications.map((application) => application.id) } } })).toBe(1);
});

test('a booking creates the interview at the slot’s time and moves the application, recorded as the applicant’s step', async () => {
  const { intake, slot, officerId } = await setupWithSlot();
  const application = await applicationIn(prisma, intake.id);
  const { interview, application: moved } = await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW });
  expect(interview).toMatchObject({ applicationId: application.id, slotId: slot.id, officerId, startsAt: slot.startsAt, endsAt: slot.endsAt, reschedules: 0, location: 'Hall B, room 2' });
  expect(moved).toMatchObject({ status: 'interview_scheduled', stageEnteredAt: NOW });
  expect(await prisma.applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'spiritual_evaluation', toStatus: 'interview_scheduled', actorId: application.applicantId }),
  ]);
});

test.each(['submitted', 'eligibility_review', 'interviewed', 'decided', 'withdrawn'] as const)(
  'an application that is %s cannot book and the slot stays free',
  async (status) => {
    const { intake, slot } = await setupWithSlot();
    const application = await applicationIn(prisma, intake.id, status);
    expect(await codeOfRejection(bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW }))).toBe('CONFLICT');
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
    expect(await prisma.interview.count({ where: { applicationId: application.id } })).toBe(0);
  },
);

test('an application with a booked interview cannot book a second slot', async () => {
  const { intake, slot, officerId, program } = await setupWithSlot();
  const other = await openSlot(prisma, { officerId, programId: program.id }, { startsAt: hoursAfter(NOW, 96) });
  const application = await applicationIn(prisma, intake.id);
  await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW });
  await expect(bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: other.id, now: NOW })).rejects.toThrow(
    /reschedule it instead/,
  );
  expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: other.id } })).bookedApplicationId).toBeNull();
});

test('someone else’s application is NOT_FOUND and nothing is booked', async () => {
  const { intake, slot } = await setupWithSlot();
  const application = await applicationIn(prisma, intake.id);
  expect(await codeOfRejection(bookInterview(prisma, { applicationId: application.id, applicantId: randomUUID(), slotId: slot.id, now: NOW }))).toBe('NOT_FOUND');
  expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('spiritual_evaluation');
});

test('a slot of another program is refused', async () => {
  const { intake } = await setupWithSlot();
  const { slot: foreignSlot } = await setupWithSlot();
  const application = await applicationIn(prisma, intake.id);
  await expect(bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: foreignSlot.id, now: NOW })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: expect.stringMatching(/another program/),
  });
});

test('a slot that has already started is refused', async () => {
  const { intake, slot } = await setupWithSlot();
  const application = await applicationIn(prisma, intake.id);
  const later = hoursAfter(slot.startsAt, 0.25);
  await expect(bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: later })).rejects.toThrow(/already started/);
  expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
});

test('an unknown slot is NOT_FOUND', async () => {
  const { intake } = await setupWithSlot();
  const application = await applicationIn(prisma, intake.id);
  expect(await codeOfRejection(bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: randomUUID(), now: NOW }))).toBe('NOT_FOUND');
});
