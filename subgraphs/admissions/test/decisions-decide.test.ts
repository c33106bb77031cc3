// decideApplication on the real database: the rationale is required, the outcome must fit the stage,
// only the program's officers decide, and an acceptance takes a place and announces itself.
import { randomUUID } from 'node:crypto';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { decideApplication } from '../src/decisions/decide-application';
import { acceptedEvents, createApplication, createIntake, createWaitlistedApplication, RATIONALE } from './support/decisions';

let services: TestServices;

beforeAll(() => {
  services = createTestServices();
});

afterAll(async () => {
  await services?.close();
});

const prisma = () => services.services.prisma;
const now = new Date('2026-12-01T10:00:00Z');

test('accepting an interviewed application records the decision, takes a place and emits ApplicationAccepted', async () => {
  const { program, intake, officerId } = await createIntake(prisma(), { capacity: 3 });
  const application = await createApplication(prisma(), intake);

  const decided = await decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'accepted', rationale: `  ${RATIONALE}  `, now });

  expect(decided).toMatchObject({ status: 'decided', decision: 'accepted', decidedAt: now, decisionRationale: RATIONALE, stageEnteredAt: now });
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(1);
  expect(await acceptedEvents(prisma(), intake.id)).toEqual([
    {
      applicationId: application.id,
      applicantId: application.applicantId,
      programId: program.id,
      intakeId: intake.id,
      firstTermCourseIds: program.firstTermCourseIds,
      acceptedAt: now.toISOString(),
    },
  ]);
  expect(await prisma().applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([
    expect.objectContaining({ fromStatus: 'interviewed', toStatus: 'decided', actorId: officerId, note: RATIONALE, createdAt: now }),
  ]);
});

test('waitlisting takes no place and emits no event', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const application = await createApplication(prisma(), intake);

  const decided = await decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'waitlisted', rationale: RATIONALE, now });

  expect(decided).toMatchObject({ status: 'decided', decision: 'waitlisted', decidedAt: now });
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(0);
  expect(await acceptedEvents(prisma(), intake.id)).toEqual([]);
});

test('a rationale shorter than 20 characters is refused on the rationale field and nothing changes', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const application = await createApplication(prisma(), intake);

  await expect(
    decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'accepted', rationale: '   Good interview.       ', now }),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rationale' } });

  expect(await prisma().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'interviewed', decision: null });
  expect(await prisma().applicationTransition.count({ where: { applicationId: application.id } })).toBe(0);
});

test('an application in eligibility review or spiritual evaluation can be rejected but not accepted', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const early = await createApplication(prisma(), intake, { status: 'eligibility_review' });
  const evaluated = await createApplication(prisma(), intake, { status: 'spiritual_evaluation' });

  await expect(decideApplication(prisma(), { applicationId: early.id, officerId, outcome: 'accepted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: expect.stringMatching(/only after its interview/),
  });
  await expect(decideApplication(prisma(), { applicationId: evaluated.id, officerId, outcome: 'waitlisted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
  });
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(0);

  const rejected = await decideApplication(prisma(), { applicationId: early.id, officerId, outcome: 'rejected', rationale: 'The minimum age requirement is not met.', now });
  expect(rejected).toMatchObject({ status: 'decided', decision: 'rejected', decisionRationale: 'The minimum age requirement is not met.' });
  const trail = await prisma().applicationTransition.findMany({ where: { applicationId: early.id } });
  expect(trail).toEqual([expect.objectContaining({ fromStatus: 'eligibility_review', toStatus: 'decided', actorId: officerId })]);
});

test('an application waiting for its interview cannot be decided yet', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const application = await createApplication(prisma(), intake, { status: 'interview_scheduled' });
  await expect(decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'rejected', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
  });
});

test('a full intake refuses an acceptance with a CONFLICT that suggests the waitlist, and nothing changes', async () => {
  const { intake, officerId } = await createIntake(prisma(), { capacity: 2, acceptedCount: 2 });
  const application = await createApplication(prisma(), intake);

  await expect(decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'accepted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: 'The intake is full; waitlist instead.',
  });

  expect(await prisma().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'interviewed', decision: null, decisionRationale: null });
  expect(await prisma().applicationTransition.count({ where: { applicationId: application.id } })).toBe(0);
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(2);
  expect(await acceptedEvents(prisma(), intake.id)).toEqual([]);
});

test('a waitlisted application can later be accepted into a free place, but not waitlisted again', async () => {
  const { intake, officerId } = await createIntake(prisma(), { capacity: 1 });
  const application = await createWaitlistedApplication(prisma(), intake, new Date('2026-11-20T09:00:00Z'));

  await expect(decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'waitlisted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
  });
  const accepted = await decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'accepted', rationale: RATIONALE, now });

  expect(accepted).toMatchObject({ status: 'decided', decision: 'accepted', decidedAt: now });
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(1);
  expect(await acceptedEvents(prisma(), intake.id)).toHaveLength(1);
});

test('a rejected application cannot be decided again', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const application = await createApplication(prisma(), intake, { status: 'decided', decision: 'rejected', decidedAt: now });
  await expect(decideApplication(prisma(), { applicationId: application.id, officerId, outcome: 'accepted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
  });
  expect((await prisma().programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(0);
});

test('someone who is not an officer of the program is FORBIDDEN to decide', async () => {
  const { intake } = await createIntake(prisma());
  const other = await createIntake(prisma());
  const application = await createApplication(prisma(), intake);

  await expect(
    decideApplication(prisma(), { applicationId: application.id, officerId: other.officerId, outcome: 'accepted', rationale: RATIONALE, now }),
  ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  expect(await prisma().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'interviewed' });
});

test('an unknown application is NOT_FOUND and an unknown outcome is BAD_USER_INPUT', async () => {
  const { officerId } = await createIntake(prisma());
  await expect(decideApplication(prisma(), { applicationId: randomUUID(), officerId, outcome: 'accepted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'NOT_FOUND' },
  });
  await expect(decideApplication(prisma(), { applicationId: 'not-an-id', officerId, outcome: 'accepted', rationale: RATIONALE, now })).rejects.toMatchObject({
    extensions: { code: 'NOT_FOUND' },
  });
  await expect(
    decideApplication(prisma(), { applicationId: randomUUID(), officerId, outcome: 'maybe' as 'accepted', rationale: RATIONALE, now }),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'outcome' } });
});

test('an admin may decide any program’s application and does not become its assignee', async () => {
  const { intake } = await createIntake(prisma());
  const application = await createApplication(prisma(), intake);
  const adminId = randomUUID();

  const decided = await decideApplication(prisma(), { applicationId: application.id, officerId: adminId, asAdmin: true, outcome: 'accepted', rationale: RATIONALE, now });

  expect(decided).toMatchObject({ status: 'decided', decision: 'accepted', assignedOfficerId: null });
  expect(await prisma().applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([expect.objectContaining({ actorId: adminId, note: RATIONALE })]);
});

test('the deciding officer becomes the assignee of an unassigned application, but never replaces one', async () => {
  const { intake, officerId } = await createIntake(prisma());
  const unassigned = await createApplication(prisma(), intake);
  const assigned = await createApplication(prisma(), intake);
  const colleague = randomUUID();
  await prisma().application.update({ where: { id: assigned.id }, data: { assignedOfficerId: colleague } });

  expect((await decideApplication(prisma(), { applicationId: unassigned.id, officerId, outcome: 'rejected', rationale: RATIONALE, now })).assignedOfficerId).toBe(officerId);
  expect((await decideApplication(prisma(), { applicationId: assigned.id, officerId, outcome: 'rejected', rationale: RATIONALE, now })).assignedOfficerId).toBe(colleague);
});
