// transitionApplication on the real database: a step is recorded in the audit trail with who, when and
// why; a refused step changes nothing.
import { randomUUID } from 'node:crypto';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { transitionApplication } from '../src/applications/transition-application';

let services: TestServices;

beforeAll(() => {
  services = createTestServices();
});

afterAll(async () => {
  await services?.close();
});

async function draftApplication() {
  const { prisma } = services.services;
  const program = await prisma.program.create({ data: { slug: `program-${randomUUID()}`, name: 'Bachelor of Theology', kind: 'degree' } });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2027 February', startsOn: new Date('2027-02-01'), applicationDeadline: new Date('2026-12-31T23:59:59Z'), capacity: 10 },
  });
  return prisma.application.create({ data: { applicantId: randomUUID(), intakeId: intake.id } });
}

test('a step changes the status, restarts the stage clock and is recorded with actor and note', async () => {
  const { prisma } = services.services;
  const application = await draftApplication();
  const now = new Date('2026-11-22T10:00:00Z');
  const submitted = await prisma.$transaction((tx) =>
    transitionApplication(tx, { applicationId: application.id, to: 'submitted', actor: 'applicant', actorId: application.applicantId, note: ' Ready ', now }),
  );
  expect(submitted).toMatchObject({ status: 'submitted', stageEnteredAt: now, submittedAt: now });
  const trail = await prisma.applicationTransition.findMany({ where: { applicationId: application.id } });
  expect(trail).toEqual([expect.objectContaining({ fromStatus: 'draft', toStatus: 'submitted', actorId: application.applicantId, note: 'Ready', createdAt: now })]);
});

test('a refused step is a CONFLICT and leaves the application and its trail as they were', async () => {
  const { prisma } = services.services;
  const application = await draftApplication();
  await expect(
    prisma.$transaction((tx) => transitionApplication(tx, { applicationId: application.id, to: 'decided', actor: 'officer', actorId: randomUUID(), decision: 'accepted' })),
  ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'draft', decision: null });
  expect(await prisma.applicationTransition.count({ where: { applicationId: application.id } })).toBe(0);
});

test('an unknown application is NOT_FOUND', async () => {
  await expect(
    services.services.prisma.$transaction((tx) => transitionApplication(tx, { applicationId: randomUUID(), to: 'submitted', actor: 'applicant', actorId: null })),
  ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
});

/** PersonMailRequested payloads queued in the admissions outbox for one person. */
async function mailsQueuedFor(userId: string): Promise<{ subject: string; text: string }[]> {
  const rows = await services.services.prisma.admissionsOutboxEvent.findMany({
    where: { type: 'PersonMailRequested', payload: { path: ['userId'], equals: userId } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.payload as { subject: string; text: string });
}

test('a step queues the stage mail to the applicant in the same transaction', async () => {
  const { prisma } = services.services;
  const application = await draftApplication();
  await prisma.$transaction((tx) => transitionApplication(tx, { applicationId: application.id, to: 'submitted', actor: 'applicant', actorId: application.applicantId }));

  expect(await mailsQueuedFor(application.applicantId)).toEqual([
    expect.objectContaining({ subject: 'We received your application to Bachelor of Theology', text: expect.stringContaining('Bachelor of Theology (2027 February)') }),
  ]);
});

test('a refused or rolled-back step queues no mail', async () => {
  const { prisma } = services.services;
  const application = await draftApplication();
  await expect(
    prisma.$transaction((tx) => transitionApplication(tx, { applicationId: application.id, to: 'enrolled', actor: 'applicant', actorId: application.applicantId })),
  ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  await expect(
    prisma.$transaction(async (tx) => {
      await transitionApplication(tx, { applicationId: application.id, to: 'submitted', actor: 'applicant', actorId: application.applicantId });
      throw new Error('the rest of the change failed');
    }),
  ).rejects.toThrow('the rest of the change failed');

  expect(await mailsQueuedFor(application.applicantId)).toEqual([]);
  expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'draft' });
});

test('booking an interview and a cancelled interview’s step back queue no stage mail; the invite and cancellation speak for them', async () => {
  const { prisma } = services.services;
  const application = await draftApplication();
  await prisma.application.update({ where: { id: application.id }, data: { status: 'spiritual_evaluation' } });
  const step = (to: 'interview_scheduled' | 'spiritual_evaluation') =>
    prisma.$transaction((tx) => transitionApplication(tx, { applicationId: application.id, to, actor: 'applicant', actorId: application.applicantId }));

  await step('interview_scheduled');
  await step('spiritual_evaluation');

  expect(await prisma.applicationTransition.count({ where: { applicationId: application.id } })).toBe(2);
  expect(await mailsQueuedFor(application.applicantId)).toEqual([]);
});
