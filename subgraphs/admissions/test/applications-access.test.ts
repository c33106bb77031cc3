// Who reads an application, through every path: its applicant, officers of its program and admins do;
// officers of other programs, other students and anonymous requests do not, not even through
// `_entities` sent straight to the subgraph. Applicants see their timeline but not officers' notes.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { Application, PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL } from '../../kit/src/testing/graphql-client';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import type { Viewer } from '../../kit/src/viewer';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

type Who = 'applicant' | 'officer' | 'otherOfficer' | 'stranger' | 'admin';
const READERS: Who[] = ['applicant', 'officer', 'admin'];
const WHO: Who[] = ['applicant', 'officer', 'otherOfficer', 'stranger', 'admin'];

interface World {
  people: Record<Who, Person>;
  application: Application;
}

async function programWithOfficer(officerId: string) {
  const program = await prisma.program.create({
    data: { slug: `program-${randomUUID()}`, name: 'Master of Divinity', kind: 'degree', officers: { create: { userId: officerId } } },
  });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2031 February', startsOn: new Date('2031-02-01'), applicationDeadline: new Date('2030-12-31T23:59:59Z'), capacity: 5 },
  });
  return { program, intake };
}

async function world(): Promise<World> {
  const people: Record<Who, Person> = {
    applicant: await createStudent(prisma),
    officer: await createPerson(prisma, { roles: ['admissions_officer'] }),
    otherOfficer: await createPerson(prisma, { roles: ['admissions_officer'] }),
    stranger: await createStudent(prisma),
    admin: await createAdmin(prisma),
  };
  const { intake } = await programWithOfficer(people.officer.id);
  await programWithOfficer(people.otherOfficer.id);
  const application = await prisma.application.create({
    data: { applicantId: people.applicant.id, intakeId: intake.id, status: 'eligibility_review', submittedAt: new Date() },
  });
  await prisma.applicationTransition.createMany({
    data: [
      { applicationId: application.id, fromStatus: null, toStatus: 'draft', actorId: people.applicant.id, note: 'Started', createdAt: new Date(Date.now() - 3000) },
      { applicationId: application.id, fromStatus: 'draft', toStatus: 'submitted', actorId: people.applicant.id, note: 'My own note', createdAt: new Date(Date.now() - 2000) },
      { applicationId: application.id, fromStatus: 'submitted', toStatus: 'eligibility_review', actorId: people.officer.id, note: 'Internal: transcript looks forged?', createdAt: new Date(Date.now() - 1000) },
    ],
  });
  return { people, application };
}

const viewerOf = (person: Person): Viewer => ({ kind: 'user', id: person.id, roles: person.roles, ip: '192.0.2.1' });

describe.each(WHO)('as the %s', (who) => {
  const reads = READERS.includes(who);

  test(reads ? 'application(id) returns it with the right viewerRole' : 'application(id) is null', async () => {
    const w = await world();
    const response = await platform.graphql<{ application: null | { id: string; status: string; viewerRole: string; applicant: { id: string } } }>(
      'query A($id: ID!) { application(id: $id) { id status viewerRole applicant { id } } }',
      { id: w.application.id },
      { token: w.people[who].token },
    );
    expect(response.errors).toBeUndefined();
    if (!reads) return expect(response.data!.application).toBeNull();
    expect(response.data!.application).toEqual({ id: w.application.id, status: 'eligibility_review', viewerRole: who, applicant: { id: w.people.applicant.id } });
  });

  test(reads ? 'User.applications lists it' : 'User.applications is empty', async () => {
    const w = await world();
    const response = await platform.graphql<{ user: { applications: { edges: { node: { id: string } }[] } } | null }>(
      'query U($id: ID!) { user(id: $id) { applications(first: 10) { edges { node { id } } } } }',
      { id: w.people.applicant.id },
      { token: w.people[who].token },
    );
    expect(response.errors).toBeUndefined();
    const ids = response.data!.user?.applications.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toEqual(reads ? [w.application.id] : []);
  });

  test('_entities sent straight to the subgraph repeats the check', async () => {
    const w = await world();
    const admissions = platform.subgraphs.find((subgraph) => subgraph.name === 'admissions')!;
    const requestId = randomUUID();
    const response = await postGraphQL<{ _entities: ({ id: string; status: string } | null)[] }>(
      admissions.url,
      'query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Application { id status } } }',
      { representations: [{ __typename: 'Application', id: w.application.id }] },
      { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewerOf(w.people[who]), requestId, { ttlSeconds: 30 }) } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([reads ? { id: w.application.id, status: 'eligibility_review' } : null]);
  });
});

test('the applicant sees every step of the timeline but only the notes and names of their own steps', async () => {
  const w = await world();
  const query = 'query A($id: ID!) { application(id: $id) { timeline { fromStatus toStatus note byPlatform actor { id } } } }';
  const asApplicant = await platform.graphql<{ application: { timeline: { toStatus: string; note: string | null; actor: { id: string } | null }[] } }>(
    query,
    { id: w.application.id },
    { token: w.people.applicant.token },
  );
  expect(asApplicant.data!.application.timeline.map((step) => [step.toStatus, step.note, step.actor?.id ?? null])).toEqual([
    ['draft', 'Started', w.people.applicant.id],
    ['submitted', 'My own note', w.people.applicant.id],
    ['eligibility_review', null, null],
  ]);
  const asOfficer = await platform.graphql<{ application: { timeline: { note: string | null; actor: { id: string } | null }[] } }>(
    query,
    { id: w.application.id },
    { token: w.people.officer.token },
  );
  expect(asOfficer.data!.application.timeline[2]).toEqual(expect.objectContaining({ note: 'Internal: transcript looks forged?', actor: { id: w.people.officer.id } }));
});

test('myApplications lists only your own, and anonymous requests are refused', async () => {
  const w = await world();
  const mine = await platform.graphql<{ myApplications: { edges: { node: { id: string } }[] } }>(
    '{ myApplications(first: 10) { edges { node { id } } } }',
    {},
    { token: w.people.applicant.token },
  );
  expect(mine.data!.myApplications.edges.map((edge) => edge.node.id)).toEqual([w.application.id]);
  const strangers = await platform.graphql<{ myApplications: { edges: unknown[] } }>('{ myApplications(first: 10) { edges { node { id } } } }', {}, { token: w.people.stranger.token });
  expect(strangers.data!.myApplications.edges).toEqual([]);
  expect(errorCodes(await platform.graphql('{ myApplications(first: 10) { edges { node { id } } } }'))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await platform.graphql('query A($id: ID!) { application(id: $id) { id } }', { id: w.application.id }))).toEqual(['UNAUTHENTICATED']);
});

test('User.assignedApplications lists an officer’s open assignments to the officer and admins only', async () => {
  const w = await world();
  await prisma.application.update({ where: { id: w.application.id }, data: { assignedOfficerId: w.people.officer.id } });
  const query = 'query U($id: ID!) { user(id: $id) { assignedApplications(first: 10) { edges { node { id } } } } }';
  const ids = async (who: Who) => {
    const response = await platform.graphql<{ user: { assignedApplications: { edges: { node: { id: string } }[] } } }>(query, { id: w.people.officer.id }, { token: w.people[who].token });
    expect(response.errors).toBeUndefined();
    return response.data!.user.assignedApplications.edges.map((edge) => edge.node.id);
  };
  expect(await ids('officer')).toEqual([w.application.id]);
  expect(await ids('admin')).toEqual([w.application.id]);
  expect(await ids('applicant')).toEqual([]);
  expect(await ids('otherOfficer')).toEqual([]);
  await prisma.application.update({ where: { id: w.application.id }, data: { status: 'withdrawn' } });
  expect(await ids('officer')).toEqual([]);
});

test('an officer who applies to their own program is only its applicant: no staff view, no decision', async () => {
  const w = await world();
  const own = await prisma.application.create({
    data: { applicantId: w.people.officer.id, intakeId: w.application.intakeId, status: 'interviewed', submittedAt: new Date() },
  });
  const read = await platform.graphql<{ application: { viewerRole: string } }>('query A($id: ID!) { application(id: $id) { viewerRole } }', { id: own.id }, { token: w.people.officer.token });
  expect(read.data!.application.viewerRole).toBe('applicant');
  const decided = await platform.graphql(
    'mutation D($id: ID!) { decideApplication(applicationId: $id, outcome: accepted, rationale: "I interviewed myself and I was brilliant.") { status } }',
    { id: own.id },
    { token: w.people.officer.token },
  );
  expect(errorCodes(decided)).toEqual(['FORBIDDEN']);
  expect((await prisma.application.findUniqueOrThrow({ where: { id: own.id } })).status).toBe('interviewed');
  const queue = await platform.graphql<{ admissionsQueue: { edges: { node: { id: string } }[] } }>(
    '{ admissionsQueue(first: 100) { edges { node { id } } } }',
    {},
    { token: w.people.officer.token },
  );
  expect(queue.errors).toBeUndefined();
  const ids = queue.data!.admissionsQueue.edges.map((edge) => edge.node.id);
  expect(ids).toContain(w.application.id);
  expect(ids).not.toContain(own.id);
});
