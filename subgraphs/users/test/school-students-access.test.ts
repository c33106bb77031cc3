// Who may list a school's students: its admins and platform admins see all of them, the school's own API
// keys with read:students only those who share their progress, and nobody else any. Called the way
// the gateway calls the users subgraph, with each kind of signed viewer.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, School, User } from '../../kit/src/db';
import type { ApiScope, Viewer } from '../../kit/src/viewer';
import { createUser } from './support/factories';
import { startTestUsersSubgraph, type GraphQLResult, type TestUsersSubgraph } from './support/users-subgraph';

let subgraph: TestUsersSubgraph;
let prisma: PrismaClient;

beforeAll(async () => {
  subgraph = await startTestUsersSubgraph();
  prisma = subgraph.prisma;
});

afterAll(async () => {
  await subgraph?.stop();
});

const STUDENTS = `query S($id: ID!, $first: Int, $after: String) {
  school(id: $id) { students(first: $first, after: $after) { edges { node { user { id displayName } sharingProgress joinedAt } } pageInfo { hasNextPage endCursor } } }
}`;

interface StudentsData {
  school: { students: { edges: { node: { user: { id: string }; sharingProgress: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
}

const userViewer = (user: User): Viewer => ({ kind: 'user', id: user.id, roles: user.roles, ip: '192.0.2.7' });
const keyViewer = (schoolId: string, scopes: ApiScope[]): Viewer => ({ kind: 'school_key', keyId: randomUUID(), schoolId, scopes, ip: '192.0.2.8' });
const codes = (result: Pick<GraphQLResult, 'errors'>) => (result.errors ?? []).map((error) => error.extensions?.code);

interface World {
  school: School;
  admin: User;
  teacher: User;
  sharing: User[];
  private: User;
}

/** A school with an admin, a teacher, two students sharing progress and one who does not, joined in that order. */
async function world(): Promise<World> {
  const school = await prisma.school.create({ data: { name: 'Riverbend', slug: `riverbend-${randomUUID().slice(0, 8)}` } });
  const admin = await createUser(prisma, { roles: ['student', 'school_admin'] });
  const teacher = await createUser(prisma);
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: teacher.id, role: 'teacher' } });
  const sharing: User[] = [];
  const start = Date.now() - 60_000;
  for (let index = 0; index < 2; index += 1) {
    const student = await createUser(prisma, { displayName: `Sharing ${index}` });
    await prisma.schoolMember.create({ data: { schoolId: school.id, userId: student.id, role: 'student', progressSharedAt: new Date(), createdAt: new Date(start + index * 1000) } });
    sharing.push(student);
  }
  const privateStudent = await createUser(prisma, { displayName: 'Private' });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: privateStudent.id, role: 'student', createdAt: new Date(start + 5000) } });
  return { school, admin, teacher, sharing, private: privateStudent };
}

const studentIds = (result: GraphQLResult<StudentsData>) => result.data?.school?.students.edges.map((edge) => edge.node.user.id);

test('a school admin sees every student, sharing or not, oldest first', async () => {
  const w = await world();
  const result = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id }, userViewer(w.admin));
  expect(result.errors).toBeUndefined();
  expect(studentIds(result)).toEqual([w.sharing[0]!.id, w.sharing[1]!.id, w.private.id]);
  expect(result.data?.school?.students.edges.map((edge) => edge.node.sharingProgress)).toEqual([true, true, false]);
});

test('a platform admin sees every student too', async () => {
  const w = await world();
  const platformAdmin = await createUser(prisma, { roles: ['student', 'admin'] });
  const result = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id }, userViewer(platformAdmin));
  expect(studentIds(result)).toEqual([w.sharing[0]!.id, w.sharing[1]!.id, w.private.id]);
});

test('the list pages with first and after, without repeating or skipping anyone', async () => {
  const w = await world();
  const first = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id, first: 2 }, userViewer(w.admin));
  expect(studentIds(first)).toEqual([w.sharing[0]!.id, w.sharing[1]!.id]);
  expect(first.data?.school?.students.pageInfo.hasNextPage).toBe(true);
  const second = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id, first: 2, after: first.data?.school?.students.pageInfo.endCursor }, userViewer(w.admin));
  expect(studentIds(second)).toEqual([w.private.id]);
  expect(second.data?.school?.students.pageInfo.hasNextPage).toBe(false);
});

test('a cursor the list did not give out is BAD_USER_INPUT', async () => {
  const w = await world();
  const result = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id, after: 'not-a-cursor' }, userViewer(w.admin));
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
});

test('the school’s key with read:students sees only the students who share their progress', async () => {
  const w = await world();
  const result = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id }, keyViewer(w.school.id, ['read:catalog', 'read:students']));
  expect(result.errors).toBeUndefined();
  expect(studentIds(result)).toEqual([w.sharing[0]!.id, w.sharing[1]!.id]);
});

describe.each(['stranger', 'teacher', 'student'] as const)('a %s of the school', (who) => {
  test('is refused the student list with FORBIDDEN and sees no student', async () => {
    const w = await world();
    const person = who === 'stranger' ? await createUser(prisma) : who === 'teacher' ? w.teacher : w.sharing[0]!;
    const result = await subgraph.call<StudentsData>(STUDENTS, { id: w.school.id }, userViewer(person));
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(result.data)).not.toContain(w.private.id);
  });
});

test('an anonymous caller is asked to sign in', async () => {
  const w = await world();
  expect(codes(await subgraph.call(STUDENTS, { id: w.school.id }))).toEqual(['UNAUTHENTICATED']);
});

test('a key without read:students, or of another school, is FORBIDDEN', async () => {
  const w = await world();
  const other = await prisma.school.create({ data: { name: 'Elsewhere', slug: `elsewhere-${randomUUID().slice(0, 8)}` } });
  expect(codes(await subgraph.call(STUDENTS, { id: w.school.id }, keyViewer(w.school.id, ['read:catalog'])))).toEqual(['FORBIDDEN']);
  expect(codes(await subgraph.call(STUDENTS, { id: w.school.id }, keyViewer(other.id, ['read:catalog', 'read:students'])))).toEqual(['FORBIDDEN']);
});

test('a student’s email stays hidden from the school’s key', async () => {
  const w = await world();
  const result = await subgraph.call(
    'query S($id: ID!) { school(id: $id) { students { edges { node { user { email } } } } } }',
    { id: w.school.id },
    keyViewer(w.school.id, ['read:catalog', 'read:students']),
  );
  expect(codes(result)).toContain('FORBIDDEN');
  expect(JSON.stringify(result.data)).not.toContain(w.sharing[0]!.email);
});

test('apiKeySchool is the key’s own school, and null for a signed-in person', async () => {
  const w = await world();
  const query = '{ apiKeySchool { id name slug } }';
  const asKey = await subgraph.call<{ apiKeySchool: unknown }>(query, {}, keyViewer(w.school.id, ['read:catalog']));
  expect(asKey.data?.apiKeySchool).toEqual({ id: w.school.id, name: 'Riverbend', slug: w.school.slug });
  const asPerson = await subgraph.call<{ apiKeySchool: unknown }>(query, {}, userViewer(w.admin));
  expect(asPerson.errors).toBeUndefined();
  expect(asPerson.data?.apiKeySchool).toBeNull();
});

test('the join code is hidden from a key of the school', async () => {
  const w = await world();
  await prisma.school.update({ where: { id: w.school.id }, data: { joinCode: randomUUID().slice(0, 10).toUpperCase() } });
  const result = await subgraph.call('query Q($id: ID!) { school(id: $id) { joinCode } }', { id: w.school.id }, keyViewer(w.school.id, ['read:catalog', 'read:students']));
  expect(codes(result)).toEqual(['FORBIDDEN']);
});
