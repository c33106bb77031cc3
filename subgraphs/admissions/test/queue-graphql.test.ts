// The staff queue through the gateway: officers see their programs' submitted applications (admins
// every program's), longest in stage first, narrowed by each filter, and the count at each status.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createIntakeOf, createStagedApplication, createStaffedProgram, daysAgo } from './support/queue';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const QUEUE = `query Queue($filter: AdmissionsQueueFilter, $orderBy: AdmissionsQueueOrder, $first: Int, $after: String) {
  admissionsQueue(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { id status daysInStage } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface QueueData {
  admissionsQueue: { edges: { node: { id: string; status: string; daysInStage: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const COUNTS = 'query Counts($programId: ID) { admissionsQueueCounts(programId: $programId) { status count } }';

async function queue(person: Person, variables: Record<string, unknown> = {}) {
  const response = await platform.graphql<QueueData>(QUEUE, { first: 50, ...variables }, { token: person.token });
  expect(response.errors).toBeUndefined();
  return response.data!.admissionsQueue.edges.map((edge) => edge.node);
}
const idsOf = async (person: Person, variables: Record<string, unknown> = {}) => (await queue(person, variables)).map((node) => node.id);

/** One program with applications spread over stages, days in stage, assignees and names. */
async function world() {
  const second = await createPerson(prisma, { roles: ['admissions_officer'] });
  const staffed = await createStaffedProgram(prisma, { moreOfficers: [second] });
  const { program, intake, officer } = staffed;
  const laterIntake = await createIntakeOf(prisma, program, { term: '2027 September' });
  const place = (options: Parameters<typeof createStagedApplication>[2]) => createStagedApplication(prisma, intake, options).then((staged) => staged.application);
  const applications = {
    draft: await place({ status: 'draft', stageEnteredAt: daysAgo(40), legalName: 'Dora Draft' }),
    submittedLongAgo: await place({ status: 'submitted', stageEnteredAt: daysAgo(12), submittedAt: daysAgo(12), legalName: 'Ruth Abernathy' }),
    reviewed: await place({ status: 'eligibility_review', stageEnteredAt: daysAgo(5), submittedAt: daysAgo(20), legalName: 'Boaz Keller', assignedOfficerId: officer.id }),
    interviewed: await place({ status: 'interviewed', stageEnteredAt: daysAgo(1), submittedAt: daysAgo(25), legalName: 'Naomi RUTHERFORD', assignedOfficerId: second.id }),
    fresh: await place({ status: 'submitted', stageEnteredAt: new Date(), submittedAt: daysAgo(2), legalName: 'Obed Stone' }),
    later: await createStagedApplication(prisma, laterIntake, { status: 'spiritual_evaluation', stageEnteredAt: daysAgo(8), submittedAt: daysAgo(9), legalName: 'Jesse Stone' }).then((staged) => staged.application),
  };
  const elsewhere = await createStaffedProgram(prisma);
  const foreign = await createStagedApplication(prisma, elsewhere.intake, { status: 'submitted', stageEnteredAt: daysAgo(100) });
  return { ...staffed, second, laterIntake, applications, foreign: foreign.application, elsewhere };
}

test('an officer’s queue holds their programs’ applications but no drafts, longest in stage first, with days in stage', async () => {
  const w = await world();
  const nodes = await queue(w.officer);
  const { submittedLongAgo, later, reviewed, interviewed, fresh } = w.applications;
  expect(nodes.map((node) => node.id)).toEqual([submittedLongAgo.id, later.id, reviewed.id, interviewed.id, fresh.id]);
  expect(nodes.map((node) => node.daysInStage)).toEqual([12, 8, 5, 1, 0]);
});

test('ordered by submission, the first submitted comes first', async () => {
  const w = await world();
  const { submittedLongAgo, later, reviewed, interviewed, fresh } = w.applications;
  expect(await idsOf(w.officer, { orderBy: 'SUBMITTED_AT' })).toEqual([interviewed.id, reviewed.id, submittedLongAgo.id, later.id, fresh.id]);
});

test('pages follow one another without repeating or skipping an application', async () => {
  const w = await world();
  const first = await platform.graphql<QueueData>(QUEUE, { first: 2 }, { token: w.officer.token });
  const rest = await platform.graphql<QueueData>(QUEUE, { first: 10, after: first.data?.admissionsQueue.pageInfo.endCursor }, { token: w.officer.token });
  expect(first.data?.admissionsQueue.pageInfo.hasNextPage).toBe(true);
  const ids = [...first.data!.admissionsQueue.edges, ...rest.data!.admissionsQueue.edges].map((edge) => edge.node.id);
  expect(ids).toEqual(await idsOf(w.officer));
});

test('each filter narrows the queue to what it names', async () => {
  const w = await world();
  const { submittedLongAgo, later, reviewed, interviewed, fresh } = w.applications;
  expect(await idsOf(w.officer, { filter: { statuses: ['submitted', 'interviewed'] } })).toEqual([submittedLongAgo.id, interviewed.id, fresh.id]);
  expect(await idsOf(w.officer, { filter: { intakeId: w.laterIntake.id } })).toEqual([later.id]);
  expect(await idsOf(w.officer, { filter: { assignedOfficerId: w.second.id } })).toEqual([interviewed.id]);
  expect(await idsOf(w.officer, { filter: { unassigned: true } })).toEqual([submittedLongAgo.id, later.id, fresh.id]);
  expect(await idsOf(w.officer, { filter: { minDaysInStage: 5 } })).toEqual([submittedLongAgo.id, later.id, reviewed.id]);
  expect(await idsOf(w.officer, { filter: { search: '  ruth ' } })).toEqual([submittedLongAgo.id, interviewed.id]);
  expect(await idsOf(w.officer, { filter: { search: 'stone', minDaysInStage: 1 } })).toEqual([later.id]);
  expect(await idsOf(w.officer, { filter: { statuses: ['draft'] } })).toEqual([]);
  // LIKE wildcards in a search match only themselves.
  expect(await idsOf(w.officer, { filter: { search: '%' } })).toEqual([]);
  expect(await idsOf(w.officer, { filter: { search: '_' } })).toEqual([]);
});

test('an officer never sees another program’s applications, even when filtering for it', async () => {
  const w = await world();
  expect(await idsOf(w.officer)).not.toContain(w.foreign.id);
  expect(await idsOf(w.officer, { filter: { programId: w.elsewhere.program.id } })).toEqual([]);
  expect(await idsOf(w.elsewhere.officer)).toEqual([w.foreign.id]);
});

test('an admin works on every program’s queue', async () => {
  const w = await world();
  const admin = await createAdmin(prisma);
  expect(await idsOf(admin, { filter: { programId: w.elsewhere.program.id } })).toEqual([w.foreign.id]);
  expect(await idsOf(admin, { filter: { programId: w.program.id } })).toEqual(await idsOf(w.officer));
});

test('people who are not staff are FORBIDDEN the queue and its counts; anonymous requests are UNAUTHENTICATED', async () => {
  const w = await world();
  const applicant = await createStudent(prisma);
  await createStagedApplication(prisma, w.intake, { applicant });
  for (const query of [QUEUE, COUNTS]) {
    expect(errorCodes(await platform.graphql(query, {}, { token: applicant.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await platform.graphql(query, {}))).toEqual(['UNAUTHENTICATED']);
  }
});

test('a malformed filter is BAD_USER_INPUT naming the field', async () => {
  const w = await world();
  const negative = await platform.graphql(QUEUE, { filter: { minDaysInStage: -1 } }, { token: w.officer.token });
  const badProgram = await platform.graphql(QUEUE, { filter: { programId: 'program-1' } }, { token: w.officer.token });
  const longSearch = await platform.graphql(QUEUE, { filter: { search: 'x'.repeat(101) } }, { token: w.officer.token });
  for (const [response, field] of [[negative, 'minDaysInStage'], [badProgram, 'programId'], [longSearch, 'search']] as const) {
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(String(response.errors?.[0]?.extensions?.field)).toMatch(new RegExp(`${field}$`));
  }
});

test('the counts give every status but draft, in workflow order, for the viewer’s programs', async () => {
  const w = await world();
  await createStagedApplication(prisma, w.intake, { status: 'withdrawn' });

  const response = await platform.graphql<{ admissionsQueueCounts: { status: string; count: number }[] }>(COUNTS, {}, { token: w.officer.token });

  expect(response.errors).toBeUndefined();
  expect(response.data?.admissionsQueueCounts).toEqual([
    { status: 'submitted', count: 2 },
    { status: 'eligibility_review', count: 1 },
    { status: 'spiritual_evaluation', count: 1 },
    { status: 'interview_scheduled', count: 0 },
    { status: 'interviewed', count: 1 },
    { status: 'decided', count: 0 },
    { status: 'enrolled', count: 0 },
    { status: 'withdrawn', count: 1 },
  ]);
});

test('the counts narrow to one program, and an admin counts any program', async () => {
  const w = await world();
  const admin = await createAdmin(prisma);
  const countsOf = async (person: Person, programId: string) => {
    const response = await platform.graphql<{ admissionsQueueCounts: { status: string; count: number }[] }>(COUNTS, { programId }, { token: person.token });
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data!.admissionsQueueCounts.filter((row) => row.count > 0).map((row) => [row.status, row.count]));
  };
  expect(await countsOf(w.officer, w.elsewhere.program.id)).toEqual({});
  expect(await countsOf(admin, w.elsewhere.program.id)).toEqual({ submitted: 1 });
  expect(await countsOf(admin, w.program.id)).toEqual({ submitted: 2, eligibility_review: 1, spiritual_evaluation: 1, interviewed: 1 });
});
