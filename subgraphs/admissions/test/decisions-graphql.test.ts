// Decisions, withdrawals and enrolment through the gateway: who may take each step, what each refusal
// says, that the rationale stays with staff, and that an intake's places hold under concurrent accepts.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { RATIONALE } from './support/decisions';
import { createStagedApplication, createStaffedProgram, daysAgo } from './support/queue';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const APPLICATION_FIELDS = 'id status decision decisionRationale assignedOfficer { id } intake { acceptedCount }';

interface ApplicationData {
  id: string;
  status: string;
  decision: string | null;
  decisionRationale: string | null;
  assignedOfficer: { id: string } | null;
  intake: { acceptedCount: number };
}

const DECIDE = `mutation Decide($id: ID!, $outcome: DecisionOutcome!, $rationale: String!) {
  decideApplication(applicationId: $id, outcome: $outcome, rationale: $rationale) { ${APPLICATION_FIELDS} }
}`;
const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String) { withdrawApplication(applicationId: $id, reason: $reason) { ${APPLICATION_FIELDS} } }`;
const CONFIRM = `mutation Confirm($id: ID!) { confirmEnrolment(applicationId: $id) { ${APPLICATION_FIELDS} } }`;
const READ = `query Read($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;

const decide = (person: Person, id: string, outcome = 'accepted', rationale = RATIONALE) =>
  platform.graphql<{ decideApplication: ApplicationData }>(DECIDE, { id, outcome, rationale }, { token: person.token });
const statusOf = async (id: string) => prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, decision: true } });

describe('decideApplication', () => {
  test('an officer of the program accepts an interviewed application, takes a place and becomes its assignee', async () => {
    const { intake, officer } = await createStaffedProgram(prisma, { capacity: 3 });
    const { application } = await createStagedApplication(prisma, intake);

    const response = await decide(officer, application.id);

    expect(response.errors).toBeUndefined();
    expect(response.data?.decideApplication).toEqual({
      id: application.id,
      status: 'decided',
      decision: 'accepted',
      decisionRationale: RATIONALE,
      assignedOfficer: { id: officer.id },
      intake: { acceptedCount: 1 },
    });
  });

  test('the applicant reads the decision but never the rationale or the assignee', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake);
    expect((await decide(officer, application.id, 'rejected')).errors).toBeUndefined();

    const asApplicant = await platform.graphql<{ application: ApplicationData }>(READ, { id: application.id }, { token: applicant.token });

    expect(asApplicant.errors).toBeUndefined();
    expect(asApplicant.data?.application).toMatchObject({ status: 'decided', decision: 'rejected', decisionRationale: null, assignedOfficer: null });
  });

  test('an admin may decide any program’s application without becoming its assignee', async () => {
    const { intake } = await createStaffedProgram(prisma);
    const admin = await createAdmin(prisma);
    const { application } = await createStagedApplication(prisma, intake);

    const response = await decide(admin, application.id, 'waitlisted');

    expect(response.errors).toBeUndefined();
    expect(response.data?.decideApplication).toMatchObject({ status: 'decided', decision: 'waitlisted', decisionRationale: RATIONALE, assignedOfficer: null });
  });

  test('a rationale under 20 characters is BAD_USER_INPUT on field rationale and nothing changes', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const { application } = await createStagedApplication(prisma, intake);

    const response = await decide(officer, application.id, 'accepted', '   Good interview.   ');

    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe('rationale');
    expect(response.errors?.[0]?.message).toMatch(/at least 20 characters/);
    expect(await statusOf(application.id)).toEqual({ status: 'interviewed', decision: null });
  });

  test('a malformed application id is BAD_USER_INPUT on field applicationId', async () => {
    const { officer } = await createStaffedProgram(prisma);
    const response = await decide(officer, 'not-an-id');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe('applicationId');
  });

  test('an officer of another program and a stranger get NOT_FOUND, the applicant FORBIDDEN, and nothing changes', async () => {
    const { intake } = await createStaffedProgram(prisma);
    const other = await createStaffedProgram(prisma);
    const stranger = await createStudent(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake);

    expect(errorCodes(await decide(other.officer, application.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await decide(stranger, application.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await decide(applicant, application.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await platform.graphql(DECIDE, { id: application.id, outcome: 'accepted', rationale: RATIONALE }))).toEqual(['UNAUTHENTICATED']);
    expect(await statusOf(application.id)).toEqual({ status: 'interviewed', decision: null });
  });

  test('deciding an application that is not at a decidable stage is a CONFLICT that says what is possible', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const { application: scheduled } = await createStagedApplication(prisma, intake, { status: 'interview_scheduled' });
    const { application: rejected } = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'rejected', decidedAt: daysAgo(2) });

    const early = await decide(officer, scheduled.id, 'rejected');
    const again = await decide(officer, rejected.id, 'accepted');

    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors?.[0]?.message).toMatch(/can only move to interviewed/);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.message).toBe('Only a waitlisted application can be decided again.');
    expect(await statusOf(scheduled.id)).toEqual({ status: 'interview_scheduled', decision: null });
  });

  test('10 concurrent acceptances into an intake of 3 places accept exactly 3 and refuse 7 with CONFLICT', async () => {
    const { intake, officer } = await createStaffedProgram(prisma, { capacity: 3 });
    const applications = await Promise.all(Array.from({ length: 10 }, () => createStagedApplication(prisma, intake)));

    const responses = await Promise.all(applications.map(({ application }) => decide(officer, application.id)));

    const accepted = responses.filter((response) => response.errors === undefined);
    expect(accepted).toHaveLength(3);
    expect(responses.filter((response) => response.errors !== undefined).map((response) => [errorCodes(response), response.errors?.[0]?.message])).toEqual(
      Array.from({ length: 7 }, () => [['CONFLICT'], 'The intake is full; waitlist instead.']),
    );
    expect((await prisma.programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(3);
    expect(await prisma.application.count({ where: { intakeId: intake.id, decision: 'accepted' } })).toBe(3);
    expect(await prisma.application.count({ where: { intakeId: intake.id, status: 'interviewed', decision: null } })).toBe(7);
  });
});

describe('withdrawApplication', () => {
  test('an accepted applicant’s withdrawal gives the place to the longest-waiting waitlisted applicant', async () => {
    const { intake } = await createStaffedProgram(prisma, { capacity: 1 });
    await prisma.programIntake.update({ where: { id: intake.id }, data: { acceptedCount: 1 } });
    const leaving = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt: daysAgo(10) });
    const newer = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'waitlisted', decidedAt: daysAgo(3) });
    const oldest = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'waitlisted', decidedAt: daysAgo(5) });

    const response = await platform.graphql<{ withdrawApplication: ApplicationData }>(WITHDRAW, { id: leaving.application.id, reason: 'Moving abroad' }, { token: leaving.applicant.token });

    expect(response.errors).toBeUndefined();
    expect(response.data?.withdrawApplication).toMatchObject({ id: leaving.application.id, status: 'withdrawn', intake: { acceptedCount: 1 } });
    expect(await statusOf(oldest.application.id)).toEqual({ status: 'decided', decision: 'accepted' });
    expect(await statusOf(newer.application.id)).toEqual({ status: 'decided', decision: 'waitlisted' });
  });

  test('only the applicant withdraws: staff and strangers get NOT_FOUND', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const stranger = await createStudent(prisma);
    const { application } = await createStagedApplication(prisma, intake);

    for (const person of [officer, stranger]) {
      expect(errorCodes(await platform.graphql(WITHDRAW, { id: application.id }, { token: person.token }))).toEqual(['NOT_FOUND']);
    }
    expect(await statusOf(application.id)).toEqual({ status: 'interviewed', decision: null });
  });

  test('a reason over 1,000 characters is BAD_USER_INPUT on field reason, and a final application is a CONFLICT', async () => {
    const { intake } = await createStaffedProgram(prisma);
    const open = await createStagedApplication(prisma, intake);
    const enrolled = await createStagedApplication(prisma, intake, { status: 'enrolled', decision: 'accepted', decidedAt: daysAgo(5) });

    const tooLong = await platform.graphql(WITHDRAW, { id: open.application.id, reason: 'x'.repeat(1001) }, { token: open.applicant.token });
    const final = await platform.graphql(WITHDRAW, { id: enrolled.application.id }, { token: enrolled.applicant.token });

    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors?.[0]?.extensions?.field).toBe('reason');
    expect(errorCodes(final)).toEqual(['CONFLICT']);
    expect(final.errors?.[0]?.message).toMatch(/enrolled; it cannot change any more/);
    expect(await statusOf(open.application.id)).toEqual({ status: 'interviewed', decision: null });
  });
});

describe('confirmEnrolment', () => {
  test('an accepted applicant confirms their place and is enrolled, recorded as their own step', async () => {
    const { intake } = await createStaffedProgram(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt: daysAgo(1) });

    const response = await platform.graphql<{ confirmEnrolment: ApplicationData }>(CONFIRM, { id: application.id }, { token: applicant.token });

    expect(response.errors).toBeUndefined();
    expect(response.data?.confirmEnrolment).toMatchObject({ id: application.id, status: 'enrolled', decision: 'accepted' });
    expect(await prisma.applicationTransition.findMany({ where: { applicationId: application.id } })).toEqual([
      expect.objectContaining({ fromStatus: 'decided', toStatus: 'enrolled', actorId: applicant.id }),
    ]);
  });

  test('a waitlisted applicant cannot enrol (CONFLICT), and nobody else can enrol them (NOT_FOUND)', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const waitlisted = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'waitlisted', decidedAt: daysAgo(1) });
    const accepted = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt: daysAgo(1) });
    const stranger = await createPerson(prisma);

    const notAccepted = await platform.graphql(CONFIRM, { id: waitlisted.application.id }, { token: waitlisted.applicant.token });
    expect(errorCodes(notAccepted)).toEqual(['CONFLICT']);
    expect(notAccepted.errors?.[0]?.message).toBe('Only an accepted application can be enrolled.');
    for (const person of [officer, stranger]) {
      expect(errorCodes(await platform.graphql(CONFIRM, { id: accepted.application.id }, { token: person.token }))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await platform.graphql(CONFIRM, { id: 'nope' }, { token: accepted.applicant.token }))).toEqual(['BAD_USER_INPUT']);
    expect(await statusOf(accepted.application.id)).toEqual({ status: 'decided', decision: 'accepted' });
  });
});
