// Internal notes: staff of the application write and read them; the applicant reads null and anyone
// else reads nothing, through every path: application(id), myApplications, User.applications, the
// queue, and `_entities` sent straight to the subgraph (which skips root-field checks). The same holds
// for the decision rationale and the assignee.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { Application, PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL } from '../../kit/src/testing/graphql-client';
import type { Viewer } from '../../kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import { createStagedApplication, createStaffedProgram } from './support/queue';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

type Who = 'applicant' | 'officer' | 'admin' | 'otherOfficer' | 'stranger';
const WHO: Who[] = ['applicant', 'officer', 'admin', 'otherOfficer', 'stranger'];
const STAFF: Who[] = ['officer', 'admin'];

const ADD_NOTE = 'mutation Add($id: ID!, $body: String!) { addApplicationNote(applicationId: $id, body: $body) { id body author { id } createdAt } }';
const INTERNAL = 'internalNotes(first: 10) { edges { node { body author { id } } } } decisionRationale assignedOfficer { id }';

interface World {
  people: Record<Who, Person>;
  application: Application;
  /** Unique text in the note and the rationale, so a response can be searched for any leak. */
  secret: string;
}

async function world(): Promise<World> {
  const { intake, officer } = await createStaffedProgram(prisma);
  const other = await createStaffedProgram(prisma);
  const people: Record<Who, Person> = { applicant: await createStudent(prisma), officer, admin: await createAdmin(prisma), otherOfficer: other.officer, stranger: await createStudent(prisma) };
  const secret = `secret-${randomUUID()}`;
  const { application } = await createStagedApplication(prisma, intake, { applicant: people.applicant, status: 'decided', decision: 'rejected', assignedOfficerId: officer.id });
  await prisma.application.update({ where: { id: application.id }, data: { decisionRationale: `Rationale ${secret}` } });
  const added = await platform.graphql<{ addApplicationNote: { body: string; author: { id: string } } }>(ADD_NOTE, { id: application.id, body: `  Note ${secret}  ` }, { token: officer.token });
  expect(added.errors).toBeUndefined();
  expect(added.data?.addApplicationNote).toMatchObject({ body: `Note ${secret}`, author: { id: officer.id } });
  return { people, application, secret };
}

const viewerOf = (person: Person): Viewer => ({ kind: 'user', id: person.id, roles: person.roles, ip: '192.0.2.1' });

const STAFF_VIEW = (w: World) => ({
  internalNotes: { edges: [{ node: { body: `Note ${w.secret}`, author: { id: w.people.officer.id } } }] },
  decisionRationale: `Rationale ${w.secret}`,
  assignedOfficer: { id: w.people.officer.id },
});
const APPLICANT_VIEW = { internalNotes: null, decisionRationale: null, assignedOfficer: null };

describe.each(WHO)('as the %s', (who) => {
  const staff = STAFF.includes(who);

  test(staff ? 'application(id) shows the notes, rationale and assignee' : 'application(id) shows no note, rationale or assignee', async () => {
    const w = await world();
    const response = await platform.graphql<{ application: Record<string, unknown> | null }>(`query A($id: ID!) { application(id: $id) { ${INTERNAL} } }`, { id: w.application.id }, { token: w.people[who].token });
    expect(response.errors).toBeUndefined();
    if (staff) expect(response.data?.application).toEqual(STAFF_VIEW(w));
    else if (who === 'applicant') expect(response.data?.application).toEqual(APPLICANT_VIEW);
    else expect(response.data?.application).toBeNull();
    if (!staff) expect(JSON.stringify(response)).not.toContain(w.secret);
  });

  test('the lists of applications never carry an internal field to anyone but staff', async () => {
    const w = await world();
    const response = await platform.graphql(
      `query L($id: ID!) { myApplications(first: 10) { edges { node { ${INTERNAL} } } } user(id: $id) { applications(first: 10) { edges { node { ${INTERNAL} } } } } }`,
      { id: w.people.applicant.id },
      { token: w.people[who].token },
    );
    expect(response.errors).toBeUndefined();
    if (staff) expect(JSON.stringify(response)).toContain(`Note ${w.secret}`);
    else expect(JSON.stringify(response)).not.toContain(w.secret);
  });

  test('_entities sent straight to the subgraph repeats the check on every internal field', async () => {
    const w = await world();
    const admissions = platform.subgraphs.find((subgraph) => subgraph.name === 'admissions')!;
    const requestId = randomUUID();
    const response = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
      admissions.url,
      `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Application { ${INTERNAL} } } }`,
      { representations: [{ __typename: 'Application', id: w.application.id }] },
      { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewerOf(w.people[who]), requestId, { ttlSeconds: 30 }) } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([staff ? STAFF_VIEW(w) : who === 'applicant' ? APPLICANT_VIEW : null]);
  });

  test(staff ? 'may add a note' : 'may not add a note, and none is written', async () => {
    const w = await world();
    const response = await platform.graphql(ADD_NOTE, { id: w.application.id, body: 'Another thought' }, { token: w.people[who].token });
    const expected = staff ? [] : who === 'applicant' ? ['FORBIDDEN'] : ['NOT_FOUND'];
    expect(errorCodes(response)).toEqual(expected);
    expect(await prisma.applicationNote.count({ where: { applicationId: w.application.id } })).toBe(staff ? 2 : 1);
  });
});

test('_entities for an anonymous viewer returns null', async () => {
  const w = await world();
  const admissions = platform.subgraphs.find((subgraph) => subgraph.name === 'admissions')!;
  const requestId = randomUUID();
  const response = await postGraphQL<{ _entities: unknown[] }>(
    admissions.url,
    `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Application { ${INTERNAL} } } }`,
    { representations: [{ __typename: 'Application', id: w.application.id }] },
    { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, { kind: 'anonymous', ip: '192.0.2.1' }, requestId, { ttlSeconds: 30 }) } },
  );
  expect(response.data?._entities).toEqual([null]);
});

test('notes list newest first', async () => {
  const w = await world();
  for (const body of ['second', 'third']) expect((await platform.graphql(ADD_NOTE, { id: w.application.id, body }, { token: w.people.admin.token })).errors).toBeUndefined();
  const response = await platform.graphql<{ application: { internalNotes: { edges: { node: { body: string } }[] } } }>(
    'query A($id: ID!) { application(id: $id) { internalNotes(first: 2) { edges { node { body } } } } }',
    { id: w.application.id },
    { token: w.people.officer.token },
  );
  expect(response.data?.application.internalNotes.edges.map((edge) => edge.node.body)).toEqual(['third', 'second']);
});

test('an empty, blank or over-long note is BAD_USER_INPUT on field body, and a malformed id on applicationId', async () => {
  const w = await world();
  for (const body of ['', '   ', 'x'.repeat(5001)]) {
    const response = await platform.graphql(ADD_NOTE, { id: w.application.id, body }, { token: w.people.officer.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  }
  const longest = await platform.graphql(ADD_NOTE, { id: w.application.id, body: 'x'.repeat(5000) }, { token: w.people.officer.token });
  expect(longest.errors).toBeUndefined();
  const badId = await platform.graphql(ADD_NOTE, { id: 'note-me', body: 'Fine' }, { token: w.people.officer.token });
  expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationId' });
  expect(await prisma.applicationNote.count({ where: { applicationId: w.application.id } })).toBe(2);
});
