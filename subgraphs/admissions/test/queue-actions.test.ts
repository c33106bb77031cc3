// Assignment and bulk actions through the gateway: only the program's officers can be assigned, and a
// bulk action handles each application on its own, reporting every failure without blocking the rest.
import { randomUUID } from 'node:crypto';
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

const ASSIGN = 'mutation Assign($id: ID!, $officerId: ID) { assignApplication(applicationId: $id, officerId: $officerId) { id assignedOfficer { id } } }';
const BULK_ASSIGN = `mutation BulkAssign($ids: [ID!]!, $officerId: ID!) {
  bulkAssignApplications(applicationIds: $ids, officerId: $officerId) { applicationId ok errorCode message }
}`;
const BULK_DECIDE = `mutation BulkDecide($ids: [ID!]!, $outcome: DecisionOutcome!, $rationale: String!) {
  bulkDecideApplications(applicationIds: $ids, outcome: $outcome, rationale: $rationale) { applicationId ok errorCode message }
}`;

interface BulkResult {
  applicationId: string;
  ok: boolean;
  errorCode: string | null;
  message: string | null;
}

const assigneeOf = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id }, select: { assignedOfficerId: true } })).assignedOfficerId;

describe('assignApplication', () => {
  test('staff assign an application to one of the program’s officers and unassign it again', async () => {
    const colleague = await createPerson(prisma, { roles: ['admissions_officer'] });
    const { intake, officer } = await createStaffedProgram(prisma, { moreOfficers: [colleague] });
    const { application } = await createStagedApplication(prisma, intake, { status: 'submitted' });

    const assigned = await platform.graphql<{ assignApplication: { assignedOfficer: { id: string } | null } }>(ASSIGN, { id: application.id, officerId: colleague.id }, { token: officer.token });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignApplication.assignedOfficer).toEqual({ id: colleague.id });
    expect(await assigneeOf(application.id)).toBe(colleague.id);

    const admin = await createAdmin(prisma);
    const unassigned = await platform.graphql<{ assignApplication: { assignedOfficer: unknown } }>(ASSIGN, { id: application.id, officerId: null }, { token: admin.token });
    expect(unassigned.errors).toBeUndefined();
    expect(unassigned.data?.assignApplication.assignedOfficer).toBeNull();
    expect(await assigneeOf(application.id)).toBeNull();
  });

  test('someone who is not an officer of the program is BAD_USER_INPUT on field officerId', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const other = await createStaffedProgram(prisma);
    const { application } = await createStagedApplication(prisma, intake, { status: 'submitted' });

    for (const officerId of [other.officer.id, randomUUID()]) {
      const response = await platform.graphql(ASSIGN, { id: application.id, officerId }, { token: officer.token });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe('officerId');
    }
    const malformed = await platform.graphql(ASSIGN, { id: application.id, officerId: 'someone' }, { token: officer.token });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officerId' });
    const badId = await platform.graphql(ASSIGN, { id: 'application-1', officerId: officer.id }, { token: officer.token });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationId' });
    expect(await assigneeOf(application.id)).toBeNull();
  });

  test('a stranger and another program’s officer get NOT_FOUND, the applicant FORBIDDEN, a draft CONFLICT', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const other = await createStaffedProgram(prisma);
    const stranger = await createStudent(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake, { status: 'submitted' });
    const { application: draft } = await createStagedApplication(prisma, intake, { status: 'draft' });

    expect(errorCodes(await platform.graphql(ASSIGN, { id: application.id, officerId: officer.id }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(ASSIGN, { id: application.id, officerId: officer.id }, { token: other.officer.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(ASSIGN, { id: application.id, officerId: officer.id }, { token: applicant.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await platform.graphql(ASSIGN, { id: draft.id, officerId: officer.id }, { token: officer.token }))).toEqual(['CONFLICT']);
    expect(await assigneeOf(application.id)).toBeNull();
    expect(await assigneeOf(draft.id)).toBeNull();
  });
});

describe('bulkAssignApplications', () => {
  test('assigns every application the viewer works on and reports each other one, in the order given', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const other = await createStaffedProgram(prisma);
    const first = (await createStagedApplication(prisma, intake, { status: 'submitted' })).application;
    const second = (await createStagedApplication(prisma, intake, { status: 'eligibility_review' })).application;
    const draft = (await createStagedApplication(prisma, intake, { status: 'draft' })).application;
    const foreign = (await createStagedApplication(prisma, other.intake, { status: 'submitted' })).application;
    const unknown = randomUUID();

    const response = await platform.graphql<{ bulkAssignApplications: BulkResult[] }>(
      BULK_ASSIGN,
      { ids: [first.id, foreign.id, draft.id, unknown, 'garbage', second.id], officerId: officer.id },
      { token: officer.token },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.bulkAssignApplications.map((result) => [result.applicationId, result.ok, result.errorCode])).toEqual([
      [first.id, true, null],
      [foreign.id, false, 'NOT_FOUND'],
      [draft.id, false, 'CONFLICT'],
      [unknown, false, 'NOT_FOUND'],
      ['garbage', false, 'NOT_FOUND'],
      [second.id, true, null],
    ]);
    expect(response.data?.bulkAssignApplications[1]?.message).toBe('That application was not found.');
    expect(await assigneeOf(first.id)).toBe(officer.id);
    expect(await assigneeOf(second.id)).toBe(officer.id);
    expect(await assigneeOf(foreign.id)).toBeNull();
    expect(await assigneeOf(draft.id)).toBeNull();
  });

  test('an officer of another program is refused per application on officerId, and nothing is assigned', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const other = await createStaffedProgram(prisma);
    const { application } = await createStagedApplication(prisma, intake, { status: 'submitted' });

    const response = await platform.graphql<{ bulkAssignApplications: BulkResult[] }>(BULK_ASSIGN, { ids: [application.id], officerId: other.officer.id }, { token: officer.token });

    expect(response.data?.bulkAssignApplications).toEqual([
      { applicationId: application.id, ok: false, errorCode: 'BAD_USER_INPUT', message: expect.stringMatching(/does not work on this program/) },
    ]);
    expect(await assigneeOf(application.id)).toBeNull();
  });

  test('more than 100 ids, a repeated id or an empty list is BAD_USER_INPUT on applicationIds; non-staff are FORBIDDEN', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake, { status: 'submitted' });

    for (const ids of [Array.from({ length: 101 }, () => randomUUID()), [application.id, application.id], []]) {
      const response = await platform.graphql(BULK_ASSIGN, { ids, officerId: officer.id }, { token: officer.token });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationIds' });
    }
    const badOfficer = await platform.graphql(BULK_ASSIGN, { ids: [application.id], officerId: 'x' }, { token: officer.token });
    expect(badOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officerId' });
    expect(errorCodes(await platform.graphql(BULK_ASSIGN, { ids: [application.id], officerId: officer.id }, { token: applicant.token }))).toEqual(['FORBIDDEN']);
    expect(await assigneeOf(application.id)).toBeNull();
  });
});

describe('bulkDecideApplications', () => {
  test('decides each application on its own: a full intake or a wrong stage refuses only that one', async () => {
    const { intake, officer } = await createStaffedProgram(prisma, { capacity: 2 });
    const other = await createStaffedProgram(prisma);
    const ready = await Promise.all([0, 1, 2].map(() => createStagedApplication(prisma, intake).then((staged) => staged.application)));
    const scheduled = (await createStagedApplication(prisma, intake, { status: 'interview_scheduled' })).application;
    const foreign = (await createStagedApplication(prisma, other.intake)).application;

    const response = await platform.graphql<{ bulkDecideApplications: BulkResult[] }>(
      BULK_DECIDE,
      { ids: [ready[0]!.id, scheduled.id, ready[1]!.id, foreign.id, ready[2]!.id], outcome: 'accepted', rationale: RATIONALE },
      { token: officer.token },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.bulkDecideApplications).toEqual([
      { applicationId: ready[0]!.id, ok: true, errorCode: null, message: null },
      { applicationId: scheduled.id, ok: false, errorCode: 'CONFLICT', message: expect.stringMatching(/interview scheduled/) },
      { applicationId: ready[1]!.id, ok: true, errorCode: null, message: null },
      { applicationId: foreign.id, ok: false, errorCode: 'NOT_FOUND', message: 'That application was not found.' },
      { applicationId: ready[2]!.id, ok: false, errorCode: 'CONFLICT', message: 'The intake is full; waitlist instead.' },
    ]);
    const decisions = await prisma.application.findMany({ where: { id: { in: [...ready.map((a) => a.id), scheduled.id, foreign.id] } }, select: { id: true, status: true, decision: true } });
    const byId = new Map(decisions.map((row) => [row.id, [row.status, row.decision]]));
    expect(byId.get(ready[0]!.id)).toEqual(['decided', 'accepted']);
    expect(byId.get(ready[1]!.id)).toEqual(['decided', 'accepted']);
    expect(byId.get(ready[2]!.id)).toEqual(['interviewed', null]);
    expect(byId.get(scheduled.id)).toEqual(['interview_scheduled', null]);
    expect(byId.get(foreign.id)).toEqual(['interviewed', null]);
    expect((await prisma.programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(2);
  });

  test('an admin bulk-decides across programs', async () => {
    const admin = await createAdmin(prisma);
    const one = await createStaffedProgram(prisma);
    const two = await createStaffedProgram(prisma);
    const ids = [(await createStagedApplication(prisma, one.intake)).application.id, (await createStagedApplication(prisma, two.intake, { status: 'eligibility_review', stageEnteredAt: daysAgo(3) })).application.id];

    const response = await platform.graphql<{ bulkDecideApplications: BulkResult[] }>(BULK_DECIDE, { ids, outcome: 'rejected', rationale: RATIONALE }, { token: admin.token });

    expect(response.data?.bulkDecideApplications.map((result) => result.ok)).toEqual([true, true]);
    expect(await prisma.application.count({ where: { id: { in: ids }, status: 'decided', decision: 'rejected' } })).toBe(2);
  });

  test('a short rationale is BAD_USER_INPUT on rationale and decides nothing; a student is FORBIDDEN', async () => {
    const { intake, officer } = await createStaffedProgram(prisma);
    const { application, applicant } = await createStagedApplication(prisma, intake);

    const short = await platform.graphql(BULK_DECIDE, { ids: [application.id], outcome: 'rejected', rationale: 'No.' }, { token: officer.token });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect(errorCodes(await platform.graphql(BULK_DECIDE, { ids: [application.id], outcome: 'rejected', rationale: RATIONALE }, { token: applicant.token }))).toEqual(['FORBIDDEN']);
    expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } })).toEqual({ status: 'interviewed' });
  });
});
