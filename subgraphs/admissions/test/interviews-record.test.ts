// Officers recording an interview: notes and a 0–100 score, only by an officer of the program, only once
// it has taken place, and the application moves on to interviewed.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { bookInterview } from '../src/interviews/book-interview';
import { recordInterview, type RecordInterviewInput } from '../src/interviews/record-interview';
import { NOW, applicationIn, codeOfRejection, hoursAfter, openSlot, programWithOfficer } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const AFTER_INTERVIEW = hoursAfter(NOW, 73);

async function bookedInterview() {
  const setup = await programWithOfficer(prisma);
  const slot = await openSlot(prisma, { officerId: setup.officerId, programId: setup.program.id }, { startsAt: hoursAfter(NOW, 72) });
  const application = await applicationIn(prisma, setup.intake.id);
  await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slot.id, now: NOW });
  return { ...setup, application };
}

const record = (input: RecordInterviewInput) => prisma.$transaction((tx) => recordInterview(tx, input));

test('stores notes and score, completes the interview and moves the application to interviewed as the officer’s step', async () => {
  const { application, officerId } = await bookedInterview();
  const result = await record({ applicationId: application.id, officerId, notes: '  Clear calling; strong grasp of Romans.  ', score: 87, now: AFTER_INTERVIEW });
  expect(result.interview).toMatchObject({ notes: 'Clear calling; strong grasp of Romans.', score: 87, completedAt: AFTER_INTERVIEW });
  expect(result.application).toMatchObject({ status: 'interviewed', stageEnteredAt: AFTER_INTERVIEW });
  const trail = await prisma.applicationTransition.findMany({ where: { applicationId: application.id, toStatus: 'interviewed' } });
  expect(trail).toEqual([expect.objectContaining({ fromStatus: 'interview_scheduled', actorId: officerId })]);
});

test.each([
  [-1, 'score'],
  [101, 'score'],
  [72.5, 'score'],
  [Number.NaN, 'score'],
])('refuses a score of %p with BAD_USER_INPUT on score', async (score, field) => {
  const { application, officerId } = await bookedInterview();
  await expect(record({ applicationId: application.id, officerId, notes: 'Fine.', score, now: AFTER_INTERVIEW })).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field },
  });
  expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('interview_scheduled');
});

test('accepts the bounds 0 and 100', async () => {
  const first = await bookedInterview();
  const second = await bookedInterview();
  await expect(record({ applicationId: first.application.id, officerId: first.officerId, notes: 'Did not engage.', score: 0, now: AFTER_INTERVIEW })).resolves.toBeDefined();
  await expect(record({ applicationId: second.application.id, officerId: second.officerId, notes: 'Exceptional.', score: 100, now: AFTER_INTERVIEW })).resolves.toBeDefined();
});

test('refuses empty notes', async () => {
  const { application, officerId } = await bookedInterview();
  await expect(record({ applicationId: application.id, officerId, notes: '   ', score: 50, now: AFTER_INTERVIEW })).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'notes' },
  });
});

test('refuses someone who is not an officer of the program', async () => {
  const { application } = await bookedInterview();
  expect(await codeOfRejection(record({ applicationId: application.id, officerId: randomUUID(), notes: 'Good.', score: 60, now: AFTER_INTERVIEW }))).toBe('FORBIDDEN');
  expect(await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } })).toMatchObject({ notes: null, score: null, completedAt: null });
});

test('refuses to record an interview before it has started, and a second time after it was recorded', async () => {
  const { application, officerId } = await bookedInterview();
  await expect(record({ applicationId: application.id, officerId, notes: 'Early.', score: 50, now: hoursAfter(NOW, 71) })).rejects.toThrow(/not started yet/);
  await record({ applicationId: application.id, officerId, notes: 'Good.', score: 70, now: AFTER_INTERVIEW });
  expect(await codeOfRejection(record({ applicationId: application.id, officerId, notes: 'Again.', score: 10, now: AFTER_INTERVIEW }))).toBe('CONFLICT');
  expect((await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } })).score).toBe(70);
});
