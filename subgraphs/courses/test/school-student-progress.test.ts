// School.studentProgress: a school's API key with read:students reads the course progress of the
// students who share it with that school, and nothing of anyone else's; a page costs the same SQL
// statements for 1 student as for 10. Called the way the gateway calls courses (a signed viewer), in
// its own database so no other test's events reach this platform's bus while statements are counted.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createInstructor, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { isBackgroundStatement } from '../../kit/src/testing/background-statements';
import { errorCodes, postGraphQL, type GraphQLResponse } from '../../kit/src/testing/graphql-client';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import type { ApiScope, Viewer } from '../../kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import { createCourse, createFaculty } from './support/courses';
import { enrollDirectly } from './support/learning';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let recording: string[] | null = null;

beforeAll(async () => {
  database = await createScratchDatabase('courses_school_progress', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    {
      onQuery: (sql) => {
        if (recording && !isBackgroundStatement(sql)) recording.push(sql);
      },
    },
  );
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const PROGRESS = `query P($representations: [_Any!]!, $first: Int, $after: String, $courseId: ID) {
  _entities(representations: $representations) {
    ... on School {
      studentProgress(first: $first, after: $after, courseId: $courseId) {
        edges { node { student { id } course { id title } enrolledAt percentComplete completedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface ProgressRow {
  student: { id: string };
  course: { id: string; title: string };
  percentComplete: number;
  completedAt: string | null;
}
interface ProgressData {
  _entities: ({ studentProgress: { edges: { node: ProgressRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null)[];
}

const keyOf = (schoolId: string, scopes: ApiScope[] = ['read:catalog', 'read:students']): Viewer => ({ kind: 'school_key', keyId: randomUUID(), schoolId, scopes, ip: '192.0.2.20' });
const userOf = (person: Person): Viewer => ({ kind: 'user', id: person.id, roles: person.roles, ip: '192.0.2.21' });

async function askProgress(viewer: Viewer, schoolId: string, args: { first?: number; after?: string | null; courseId?: string } = {}): Promise<GraphQLResponse<ProgressData>> {
  const courses = platform.subgraphs.find((subgraph) => subgraph.name === 'courses')!;
  const requestId = randomUUID();
  return postGraphQL<ProgressData>(
    courses.url,
    PROGRESS,
    { representations: [{ __typename: 'School', id: schoolId }], ...args },
    { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId, { ttlSeconds: 30 }) } },
  );
}

const rowsOf = (response: GraphQLResponse<ProgressData>) => response.data?._entities[0]?.studentProgress.edges.map((edge) => edge.node) ?? [];

async function shareWith(schoolId: string, userId: string): Promise<void> {
  await prisma.schoolStudent.create({ data: { schoolId, userId, sharedAt: new Date() } });
}

interface World {
  schoolId: string;
  courseId: string;
  lectureIds: string[];
  sharing: Person;
  notSharing: Person;
  sharingElsewhere: Person;
}

/** A school with one sharing student, one enrolled student who does not share, and one who shares with another school. */
async function world(): Promise<World> {
  const owner = await createInstructor(prisma);
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, title: 'Foundations', modules: [{ lectures: 2 }] });
  const schoolId = randomUUID();
  const [sharing, notSharing, sharingElsewhere] = [await createStudent(prisma), await createStudent(prisma), await createStudent(prisma)];
  for (const student of [sharing, notSharing, sharingElsewhere]) await enrollDirectly(prisma, { userId: student.id, courseId: course.id });
  await shareWith(schoolId, sharing.id);
  await shareWith(randomUUID(), sharingElsewhere.id);
  return { schoolId, courseId: course.id, lectureIds: modules[0]!.lectureIds, sharing, notSharing, sharingElsewhere };
}

test('the school’s key sees its sharing students’ progress, with percent complete from lecture progress', async () => {
  const w = await world();
  await prisma.lectureProgress.create({ data: { userId: w.sharing.id, lectureId: w.lectureIds[0]!, courseId: w.courseId, positionSeconds: 600, completedAt: new Date() } });
  const response = await askProgress(keyOf(w.schoolId), w.schoolId);
  expect(response.errors).toBeUndefined();
  expect(rowsOf(response)).toEqual([{ student: { id: w.sharing.id }, course: { id: w.courseId, title: 'Foundations' }, enrolledAt: expect.any(String), percentComplete: 50, completedAt: null }]);
});

test('students who do not share, or share with another school, are absent', async () => {
  const w = await world();
  const ids = rowsOf(await askProgress(keyOf(w.schoolId), w.schoolId)).map((row) => row.student.id);
  expect(ids).toContain(w.sharing.id);
  expect(ids).not.toContain(w.notSharing.id);
  expect(ids).not.toContain(w.sharingElsewhere.id);
});

test('a key of school A asking about school B is FORBIDDEN and sees nothing', async () => {
  const w = await world();
  const response = await askProgress(keyOf(randomUUID()), w.schoolId);
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(response.data)).not.toContain(w.sharing.id);
});

test('a key of the school without read:students is FORBIDDEN', async () => {
  const w = await world();
  expect(errorCodes(await askProgress(keyOf(w.schoolId, ['read:catalog', 'write:enrollments']), w.schoolId))).toEqual(['FORBIDDEN']);
});

test('signed-in people other than platform admins are FORBIDDEN, school admins included; anonymous callers must sign in', async () => {
  const w = await world();
  const schoolAdmin = await createPerson(prisma, { roles: ['student', 'school_admin'] });
  expect(errorCodes(await askProgress(userOf(schoolAdmin), w.schoolId))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await askProgress(userOf(w.sharing), w.schoolId))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await askProgress({ kind: 'anonymous', ip: '192.0.2.22' }, w.schoolId))).toEqual(['UNAUTHENTICATED']);
});

test('a platform admin sees the school’s sharing students', async () => {
  const w = await world();
  const admin = await createAdmin(prisma);
  expect(rowsOf(await askProgress(userOf(admin), w.schoolId)).map((row) => row.student.id)).toEqual([w.sharing.id]);
});

test('courseId narrows to one course, and a completed enrollment reads 100 with its completion time', async () => {
  const w = await world();
  const owner = await createInstructor(prisma);
  const { course: other } = await createCourse(prisma, { ownerId: owner.id, title: 'Advanced', modules: [] });
  await enrollDirectly(prisma, { userId: w.sharing.id, courseId: other.id, status: 'completed' });
  const all = rowsOf(await askProgress(keyOf(w.schoolId), w.schoolId));
  expect(all.map((row) => row.course.id).sort()).toEqual([w.courseId, other.id].sort());
  const narrowed = rowsOf(await askProgress(keyOf(w.schoolId), w.schoolId, { courseId: other.id }));
  expect(narrowed).toEqual([expect.objectContaining({ course: { id: other.id, title: 'Advanced' }, percentComplete: 100, completedAt: expect.any(String) })]);
});

test('pages continue after the cursor without repeating anyone', async () => {
  const w = await world();
  const extra = await createStudent(prisma);
  await enrollDirectly(prisma, { userId: extra.id, courseId: w.courseId });
  await shareWith(w.schoolId, extra.id);
  const first = await askProgress(keyOf(w.schoolId), w.schoolId, { first: 1 });
  const connection = first.data?._entities[0]?.studentProgress;
  expect(connection?.pageInfo.hasNextPage).toBe(true);
  const second = await askProgress(keyOf(w.schoolId), w.schoolId, { first: 1, after: connection?.pageInfo.endCursor });
  const seen = [...rowsOf(first), ...rowsOf(second)].map((row) => row.student.id).sort();
  expect(seen).toEqual([w.sharing.id, extra.id].sort());
  expect(second.data?._entities[0]?.studentProgress.pageInfo.hasNextPage).toBe(false);
});

test('a cursor the list did not give out is BAD_USER_INPUT', async () => {
  const w = await world();
  expect(errorCodes(await askProgress(keyOf(w.schoolId), w.schoolId, { after: 'bm90LWEtY3Vyc29y' }))).toEqual(['BAD_USER_INPUT']);
});

/** A school whose `count` sharing students are each enrolled in two courses with some lecture progress. */
async function schoolWithStudents(count: number): Promise<string> {
  const owner = await createInstructor(prisma);
  const faculty = await createFaculty(prisma);
  const courses = [
    await createCourse(prisma, { ownerId: owner.id, facultyId: faculty.id, modules: [{ lectures: 2, readings: 1 }] }),
    await createCourse(prisma, { ownerId: owner.id, facultyId: faculty.id, modules: [{ lectures: 1 }, { lectures: 2 }] }),
  ];
  const schoolId = randomUUID();
  for (let index = 0; index < count; index += 1) {
    const student = await createStudent(prisma);
    await shareWith(schoolId, student.id);
    for (const { course, modules } of courses) {
      await enrollDirectly(prisma, { userId: student.id, courseId: course.id });
      await prisma.lectureProgress.create({ data: { userId: student.id, lectureId: modules[0]!.lectureIds[0]!, courseId: course.id, positionSeconds: 600, completedAt: new Date() } });
    }
  }
  return schoolId;
}

async function countStatements(schoolId: string): Promise<{ statements: number; rows: number }> {
  recording = [];
  try {
    const response = await askProgress(keyOf(schoolId), schoolId, { first: 100 });
    expect(response.errors).toBeUndefined();
    return { statements: recording.length, rows: rowsOf(response).length };
  } finally {
    recording = null;
  }
}

test('a page costs the same SQL statements for 1 sharing student as for 10', async () => {
  const one = await countStatements(await schoolWithStudents(1));
  const ten = await countStatements(await schoolWithStudents(10));
  expect(one.rows).toBe(2);
  expect(ten.rows).toBe(20);
  expect(one.statements).toBeGreaterThan(0);
  expect(ten.statements).toBe(one.statements);
}, 120_000);
