// withdrawApplication on the real database: any open application can be withdrawn by its applicant; an
// accepted one frees its place, which goes to the longest-waiting waitlisted applicant at once.
import { randomUUID } from 'node:crypto';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { withdrawApplication } from '../src/decisions/withdraw-application';
import {
  acceptedEvents,
  createAcceptedApplication,
  createApplication,
  createIntake,
  createWaitlistedApplication,
} from './support/decisions';
import { NOW, applicationIn, openSlot, programWithOfficer } from './support/interviews';
import { bookInterview } from '../src/interviews/book-interview';

let services: TestServices;

beforeAll(() => {
  services = createTestServices();
});

afterAll(async () => {
  await services?.close();
});

const prisma = () => services.services.prisma;
const now = new Date('2026-12-05T10:00:00Z');
const acceptedCount = async (intakeId: string) => (await prisma().programIntake.findUniqueOrThrow({ where: { id: intakeId } })).acceptedCount;

test('withdrawing an accepted application promotes exactly the longest-waiting waitlisted one', async () => {
  const { program, intake } = await createIntake(prisma(), { capacity: 2 });
  await createAcceptedApplication(prisma(), intake);
  const leaving = await createAcceptedApplication(prisma(), intake);
  const newer = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-15T09:00:00Z'));
  const oldest = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-10T09:00:00Z'));
  const newest = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-20T09:00:00Z'));

  const { withdrawn, promoted } = await withdrawApplication(prisma(), { applicationId: leaving.id, applicantId: leaving.applicantId, reason: 'Moving abroad', now });

  expect(withdrawn).toMatchObject({ id: leaving.id, status: 'withdrawn' });
  expect(promoted).toMatchObject({ id: oldest.id, status: 'decided', decision: 'accepted', decidedAt: now });
  expect(await acceptedCount(intake.id)).toBe(2);
  for (const still of [newer, newest]) {
    expect(await prisma().application.findUniqueOrThrow({ where: { id: still.id } })).toMatchObject({ status: 'decided', decision: 'waitlisted' });
  }
  expect(await acceptedEvents(prisma(), intake.id)).toEqual([
    {
      applicationId: oldest.id,
      applicantId: oldest.applicantId,
      programId: program.id,
      intakeId: intake.id,
      firstTermCourseIds: program.firstTermCourseIds,
      acceptedAt: now.toISOString(),
    },
  ]);
});

test('the withdrawal and the promotion are both in the audit trail with their actor and note', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 1 });
  const leaving = await createAcceptedApplication(prisma(), intake);
  const waiting = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-10T09:00:00Z'));

  await withdrawApplication(prisma(), { applicationId: leaving.id, applicantId: leaving.applicantId, reason: '  Moving abroad ', now });

  expect(await prisma().applicationTransition.findMany({ where: { applicationId: leaving.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'decided', toStatus: 'withdrawn', actorId: leaving.applicantId, note: 'Moving abroad', createdAt: now }),
  ]);
  expect(await prisma().applicationTransition.findMany({ where: { applicationId: waiting.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'decided', toStatus: 'decided', actorId: null, note: 'Promoted from the waitlist', createdAt: now }),
  ]);
});

test('among waitlisted applications decided at the same moment, the smaller id is promoted', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 1 });
  const leaving = await createAcceptedApplication(prisma(), intake);
  const sameMoment = new Date('2026-11-10T09:00:00Z');
  const tied = [await createWaitlistedApplication(prisma(), intake, sameMoment), await createWaitlistedApplication(prisma(), intake, sameMoment)];
  const first = [...tied].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;

  const { promoted } = await withdrawApplication(prisma(), { applicationId: leaving.id, applicantId: leaving.applicantId, now });

  expect(promoted?.id).toBe(first.id);
});

test('withdrawing an accepted application with nobody waiting frees its place', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 3 });
  await createAcceptedApplication(prisma(), intake);
  const leaving = await createAcceptedApplication(prisma(), intake);
  const rejected = await createApplication(prisma(), intake, { status: 'decided', decision: 'rejected', decidedAt: new Date('2026-11-01T09:00:00Z') });

  const { promoted } = await withdrawApplication(prisma(), { applicationId: leaving.id, applicantId: leaving.applicantId, now });

  expect(promoted).toBeNull();
  expect(await acceptedCount(intake.id)).toBe(1);
  expect(await prisma().application.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({ decision: 'rejected', status: 'decided' });
  expect(await acceptedEvents(prisma(), intake.id)).toEqual([]);
});

test('withdrawing an application that held no place promotes nobody and leaves the count alone', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 1 });
  await createAcceptedApplication(prisma(), intake);
  const leavingWaitlist = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-10T09:00:00Z'));
  const stillWaiting = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-11T09:00:00Z'));
  const interviewed = await createApplication(prisma(), intake);

  expect((await withdrawApplication(prisma(), { applicationId: leavingWaitlist.id, applicantId: leavingWaitlist.applicantId, now })).promoted).toBeNull();
  expect((await withdrawApplication(prisma(), { applicationId: interviewed.id, applicantId: interviewed.applicantId, now })).withdrawn.status).toBe('withdrawn');

  expect(await acceptedCount(intake.id)).toBe(1);
  expect(await prisma().application.findUniqueOrThrow({ where: { id: stillWaiting.id } })).toMatchObject({ decision: 'waitlisted' });
});

test('a promotion never takes the intake past a capacity lowered below the accepted count', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 3 });
  await createAcceptedApplication(prisma(), intake);
  await createAcceptedApplication(prisma(), intake);
  const leaving = await createAcceptedApplication(prisma(), intake);
  const waiting = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-10T09:00:00Z'));
  await prisma().programIntake.update({ where: { id: intake.id }, data: { capacity: 1 } });

  const { promoted } = await withdrawApplication(prisma(), { applicationId: leaving.id, applicantId: leaving.applicantId, now });

  expect(promoted).toBeNull();
  expect(await acceptedCount(intake.id)).toBe(2);
  expect(await prisma().application.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ decision: 'waitlisted' });
});

test('concurrent withdrawals promote distinct people, oldest first, and keep the count at capacity', async () => {
  const { intake } = await createIntake(prisma(), { capacity: 5 });
  const accepted = [];
  for (let i = 0; i < 5; i++) accepted.push(await createAcceptedApplication(prisma(), intake));
  const waitlisted = [];
  for (let day = 1; day <= 7; day++) waitlisted.push(await createWaitlistedApplication(prisma(), intake, new Date(Date.UTC(2026, 10, day, 9))));

  const results = await Promise.all(
    accepted.map((application) => withdrawApplication(prisma(), { applicationId: application.id, applicantId: application.applicantId, now })),
  );

  const promotedIds = results.map((result) => result.promoted?.id);
  expect(new Set(promotedIds)).toEqual(new Set(waitlisted.slice(0, 5).map((application) => application.id)));
  expect(await acceptedCount(intake.id)).toBe(5);
  expect(await prisma().application.count({ where: { intakeId: intake.id, status: 'decided', decision: 'accepted' } })).toBe(5);
  expect(await prisma().application.count({ where: { intakeId: intake.id, status: 'decided', decision: 'waitlisted' } })).toBe(2);
  const announced = (await acceptedEvents(prisma(), intake.id)).map((payload) => payload.applicationId);
  expect(announced.sort()).toEqual(promotedIds.sort());
});

test('only the applicant can withdraw, and a final application cannot be withdrawn', async () => {
  const { intake } = await createIntake(prisma());
  const application = await createAcceptedApplication(prisma(), intake);
  const enrolled = await createApplication(prisma(), intake, { status: 'enrolled', decision: 'accepted', decidedAt: new Date('2026-11-01T09:00:00Z') });

  await expect(withdrawApplication(prisma(), { applicationId: application.id, applicantId: randomUUID(), now })).rejects.toMatchObject({
    extensions: { code: 'FORBIDDEN' },
  });
  await expect(withdrawApplication(prisma(), { applicationId: enrolled.id, applicantId: enrolled.applicantId, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: expect.stringMatching(/enrolled; it cannot change any more/),
  });
  expect(await prisma().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'decided', decision: 'accepted' });
  expect(await acceptedCount(intake.id)).toBe(1);
});

test('an unknown application is NOT_FOUND', async () => {
  await expect(withdrawApplication(prisma(), { applicationId: randomUUID(), applicantId: randomUUID(), now })).rejects.toMatchObject({
    extensions: { code: 'NOT_FOUND' },
  });
});

test('withdrawing with a booked interview frees the slot, keeps the interview as cancelled and sends both sides a cancellation', async () => {
  const setup = await programWithOfficer(prisma());
  const application = await applicationIn(prisma(), setup.intake.id, 'spiritual_evaluation');
  const slot = await openSlot(prisma(), { officerId: setup.officerId, programId: setup.program.id });
  await bookInterview(prisma(), { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW });
  const booked = await prisma().interview.findUniqueOrThrow({ where: { applicationId: application.id } });

  await withdrawApplication(prisma(), { applicationId: application.id, applicantId: application.applicantId, reason: 'Family reasons', now: NOW });

  expect((await prisma().interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
  const interview = await prisma().interview.findUniqueOrThrow({ where: { applicationId: application.id } });
  expect(interview).toMatchObject({ slotId: null, cancelledAt: NOW, sequence: booked.sequence + 1 });
  const mails = await prisma().admissionsOutboxEvent.findMany({
    where: { type: 'PersonMailRequested', OR: [application.applicantId, setup.officerId].map((userId) => ({ payload: { path: ['userId'], equals: userId } })) },
  });
  const cancellations = mails.filter((event) => JSON.stringify(event.payload).includes(`interview-${application.id}@`) && JSON.stringify(event.payload).includes('METHOD:CANCEL'));
  expect(cancellations.map((event) => (event.payload as { userId: string }).userId).sort()).toEqual([application.applicantId, setup.officerId].sort());
});

test('withdrawing before any interview is booked touches no slot', async () => {
  const setup = await programWithOfficer(prisma());
  const application = await applicationIn(prisma(), setup.intake.id, 'spiritual_evaluation');
  const slot = await openSlot(prisma(), { officerId: setup.officerId, programId: setup.program.id });
  await withdrawApplication(prisma(), { applicationId: application.id, applicantId: application.applicantId, now: NOW });
  expect((await prisma().interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
  expect(await prisma().interview.count({ where: { applicationId: application.id } })).toBe(0);
});
