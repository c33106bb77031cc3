// A page of the staff queue with each application's program, intake, applicant, assignee, notes and
// timeline costs the same number of SQL statements for 1 application as for 20, and the counts per
// status are one statement. Runs in its own database so no other test's events reach this platform's
// bus while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { isBackgroundStatement } from '../../kit/src/testing/background-statements';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createStagedApplication, createStaffedProgram, daysAgo } from './support/queue';

const APPLICATIONS = 20;

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let officer: Person;
let colleague: Person;
let recording: string[] | null = null;

beforeAll(async () => {
  database = await createScratchDatabase('admissions_queue_n_plus_one', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url }, { onQuery: (sql) => recording?.push(sql) });
  prisma = platform.handle.services.prisma;
  colleague = await createPerson(prisma, { roles: ['admissions_officer'] });
  const staffed = await createStaffedProgram(prisma, { moreOfficers: [colleague] });
  officer = staffed.officer;
  for (let index = 0; index < APPLICATIONS; index += 1) {
    const { application } = await createStagedApplication(prisma, staffed.intake, {
      status: index % 2 === 0 ? 'interviewed' : 'eligibility_review',
      stageEnteredAt: daysAgo(index + 1),
      legalName: `Applicant ${index}`,
      // Every application has an assignee, so the one-row page makes the same hops as the full one.
      assignedOfficerId: index % 2 === 0 ? colleague.id : officer.id,
    });
    await prisma.applicationNote.createMany({ data: [0, 1].map((note) => ({ applicationId: application.id, authorId: officer.id, body: `Note ${note} on ${index}` })) });
    await prisma.applicationTransition.create({ data: { applicationId: application.id, fromStatus: 'submitted', toStatus: application.status, actorId: officer.id } });
  }
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const PAGE = `query Page($first: Int!) {
  admissionsQueue(first: $first) {
    edges { node {
      id status daysInStage viewerRole decisionRationale
      program { name } intake { term acceptedCount }
      applicant { displayName } assignedOfficer { displayName }
      internalNotes(first: 5) { edges { node { body author { displayName } } } }
      timeline { toStatus note actor { id } }
    } }
  }
}`;

interface PageData {
  admissionsQueue: { edges: { node: { internalNotes: { edges: unknown[] }; applicant: { displayName: string }; timeline: unknown[] } }[] };
}

/** Statements the request runs (background work of the platform left out) and its data. */
async function statementsFor<T>(query: string, variables: Record<string, unknown>): Promise<{ statements: string[]; data: T }> {
  recording = [];
  try {
    const response = await platform.graphql<T>(query, variables, { token: officer.token });
    expect(response.errors).toBeUndefined();
    return { statements: recording.filter((sql) => !isBackgroundStatement(sql)), data: response.data! };
  } finally {
    recording = null;
  }
}

test('a queue page of 20 applications runs the same statements as a page of 1', async () => {
  const one = await statementsFor<PageData>(PAGE, { first: 1 });
  const twenty = await statementsFor<PageData>(PAGE, { first: APPLICATIONS });

  expect(one.data.admissionsQueue.edges).toHaveLength(1);
  expect(twenty.data.admissionsQueue.edges).toHaveLength(APPLICATIONS);
  expect(twenty.data.admissionsQueue.edges.every((edge) => edge.node.internalNotes.edges.length === 2 && edge.node.timeline.length === 1)).toBe(true);
  expect(twenty.data.admissionsQueue.edges.every((edge) => edge.node.applicant.displayName.startsWith('Person '))).toBe(true);
  expect(one.statements.length).toBeGreaterThan(0);
  expect(twenty.statements.length).toBe(one.statements.length);
});

test('the counts per status are one grouped statement over the applications', async () => {
  const { statements, data } = await statementsFor<{ admissionsQueueCounts: { status: string; count: number }[] }>('{ admissionsQueueCounts { status count } }', {});

  expect(data.admissionsQueueCounts.filter((row) => row.count > 0)).toEqual([
    { status: 'eligibility_review', count: APPLICATIONS / 2 },
    { status: 'interviewed', count: APPLICATIONS / 2 },
  ]);
  expect(statements.filter((sql) => sql.includes('"admissions"."application"'))).toEqual([expect.stringMatching(/GROUP BY/)]);
});
