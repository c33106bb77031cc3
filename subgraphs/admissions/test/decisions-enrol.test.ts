// enrolApplication: an accepted applicant who confirms becomes enrolled; nobody else does.
import { randomUUID } from 'node:crypto';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { confirmEnrolment } from '../src/decisions/confirm-enrolment';
import { enrolApplication } from '../src/decisions/enrol-application';
import { createAcceptedApplication, createIntake, createWaitlistedApplication } from './support/decisions';

let services: TestServices;

beforeAll(() => {
  services = createTestServices();
});

afterAll(async () => {
  await services?.close();
});

const now = new Date('2026-12-10T10:00:00Z');

test('an accepted application becomes enrolled, recorded as a platform step', async () => {
  const prisma = services.services.prisma;
  const { intake } = await createIntake(prisma);
  const application = await createAcceptedApplication(prisma, intake);

  const enrolled = await prisma.$transaction((tx) => enrolApplication(tx, { applicationId: application.id, now }));

  expect(enrolled).toMatchObject({ status: 'enrolled', decision: 'accepted', stageEnteredAt: now });
  expect(await prisma.applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'decided', toStatus: 'enrolled', actorId: null, note: 'Place confirmed', createdAt: now }),
  ]);
});

test('a waitlisted application cannot be enrolled', async () => {
  const prisma = services.services.prisma;
  const { intake } = await createIntake(prisma);
  const application = await createWaitlistedApplication(prisma, intake, new Date('2026-11-10T09:00:00Z'));

  await expect(prisma.$transaction((tx) => enrolApplication(tx, { applicationId: application.id, now }))).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: 'Only an accepted application can be enrolled.',
  });
  expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'decided' });
});

test('an applicant confirming their place is enrolled, recorded as their own step', async () => {
  const prisma = services.services.prisma;
  const { intake } = await createIntake(prisma);
  const application = await createAcceptedApplication(prisma, intake);

  const enrolled = await confirmEnrolment(prisma, { applicationId: application.id, applicantId: application.applicantId, now });

  expect(enrolled).toMatchObject({ status: 'enrolled', stageEnteredAt: now });
  expect(await prisma.applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'decided', toStatus: 'enrolled', actorId: application.applicantId, note: 'Place confirmed' }),
  ]);
});

test('nobody but the applicant can confirm their place: it is NOT_FOUND and nothing changes', async () => {
  const prisma = services.services.prisma;
  const { intake } = await createIntake(prisma);
  const application = await createAcceptedApplication(prisma, intake);

  await expect(confirmEnrolment(prisma, { applicationId: application.id, applicantId: randomUUID(), now })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  await expect(confirmEnrolment(prisma, { applicationId: 'not-an-id', applicantId: application.applicantId, now })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'decided', decision: 'accepted' });
});
