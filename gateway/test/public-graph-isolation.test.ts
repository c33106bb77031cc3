// Two schools on the public graph: a key of school A never reaches school B's students, their progress
// or their enrollments, whichever path it takes — aliases, another school's id in a mutation, B's
// student in A's list, or the federation entry points. Students join through the real joinSchool
// mutation, so the courses projection follows users' events as in production.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@scrollforge/kit/src/db';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { startTestPlatform, uniqueIp, type TestPlatform } from '../../scripts/platform/test-platform';
import { createCatalogCourses } from '../../subgraphs/courses/test/support/catalog-courses';
import { createSchoolKey, publicGraphQL, type SchoolKey } from './support/public-graph-client';

let platform: TestPlatform;
let prisma: PrismaClient;
const clientIp = uniqueIp();

interface SchoolWithStudent {
  key: SchoolKey;
  student: Person;
}

let schoolA: SchoolWithStudent;
let schoolB: SchoolWithStudent;
let courseId: string;

/** A school with an all-scopes key and one student who joined with its code and shares progress. */
async function schoolWithSharingStudent(): Promise<SchoolWithStudent> {
  const key = await createSchoolKey(platform, ['READ_CATALOG', 'READ_STUDENTS', 'WRITE_ENROLLMENTS']);
  const code = `ISO${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`;
  await prisma.school.update({ where: { id: key.schoolId }, data: { joinCode: code } });
  const student = await createPerson(prisma, { displayName: `Isolated Student ${randomUUID().slice(0, 8)}` });
  const joined = await platform.graphql('mutation Join($code: String!) { joinSchool(code: $code, shareProgress: true) { sharingProgress } }', { code }, { token: student.token });
  expect(joined.errors).toBeUndefined();
  return { key, student };
}

async function waitForProjection(schoolId: string, userId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await prisma.schoolStudent.findUnique({ where: { schoolId_userId: { schoolId, userId } } })) === null) {
    if (Date.now() > deadline) throw new Error('the courses projection never saw the student share their progress');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ask = <TData = Record<string, unknown>>(key: SchoolKey, query: string, variables: Record<string, unknown> = {}) =>
  publicGraphQL<TData>(platform, query, { key: key.secret, variables, clientIp });

const ENROLL = 'mutation Enroll($input: EnrollSchoolStudentsInput!) { enrollSchoolStudents(input: $input) { enrolled results { studentId status } } }';

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  schoolA = await schoolWithSharingStudent();
  schoolB = await schoolWithSharingStudent();
  await waitForProjection(schoolA.key.schoolId, schoolA.student.id);
  await waitForProjection(schoolB.key.schoolId, schoolB.student.id);
  const owner = await createPerson(prisma, { roles: ['student', 'instructor'] });
  const faculty = await prisma.faculty.create({ data: { slug: `faculty-${randomUUID()}`, name: `Isolation Faculty ${randomUUID().slice(0, 6)}` } });
  const [course] = await createCatalogCourses(prisma, [{ ownerId: owner.id, facultyId: faculty.id, title: `Isolation ${randomUUID().slice(0, 8)}` }]);
  courseId = course!.id;
  await prisma.course.update({ where: { id: courseId }, data: { isFree: true } });
});
afterAll(async () => {
  await platform?.stop();
});

const enrolledIds = async () =>
  (await prisma.enrollment.findMany({ where: { courseId, userId: { in: [schoolA.student.id, schoolB.student.id] } }, select: { userId: true } })).map((row) => row.userId);

test('a key naming another school in enrollSchoolStudents is FORBIDDEN and enrolls nobody', async () => {
  const response = await ask(schoolA.key, ENROLL, { input: { schoolId: schoolB.key.schoolId, courseId, studentIds: [schoolB.student.id] } });
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(await enrolledIds()).toEqual([]);
});

test('another school’s student in a key’s own enrollment is NOT_A_SHARING_STUDENT, while its own is enrolled', async () => {
  const response = await ask<{ enrollSchoolStudents: { enrolled: number; results: { studentId: string; status: string }[] } }>(schoolA.key, ENROLL, {
    input: { schoolId: schoolA.key.schoolId, courseId, studentIds: [schoolA.student.id, schoolB.student.id] },
  });
  expect(response.errors).toBeUndefined();
  expect(response.data?.enrollSchoolStudents.enrolled).toBe(1);
  expect(response.data?.enrollSchoolStudents.results).toEqual(
    expect.arrayContaining([
      { studentId: schoolA.student.id, status: 'ENROLLED' },
      { studentId: schoolB.student.id, status: 'NOT_A_SHARING_STUDENT' },
    ]),
  );
  expect(await enrolledIds()).toEqual([schoolA.student.id]);
});

test('aliased reads of students and progress show only the key’s own school', async () => {
  // B's student is enrolled too, so there is progress of theirs that A must not see.
  const enrolB = await ask(schoolB.key, ENROLL, { input: { schoolId: schoolB.key.schoolId, courseId, studentIds: [schoolB.student.id] } });
  expect(enrolB.errors).toBeUndefined();
  const response = await ask<Record<string, unknown>>(
    schoolA.key,
    `{
      mine: apiKeySchool { id students(first: 50) { edges { node { user { id } } } } }
      again: apiKeySchool { progress: studentProgress(first: 50) { edges { node { student { id } course { id } } } } }
      narrowed: apiKeySchool { studentProgress(first: 50, courseId: "${courseId}") { edges { node { student { id } } } } }
    }`,
  );
  expect(response.errors).toBeUndefined();
  const text = JSON.stringify(response.data);
  expect(text).toContain(schoolA.student.id);
  expect(text).not.toContain(schoolB.student.id);
  expect(text).not.toContain(schoolB.key.schoolId);
  const progress = (response.data?.again as { progress: { edges: { node: { student: { id: string } } }[] } }).progress.edges;
  expect(progress.map((edge) => edge.node.student.id)).toEqual([schoolA.student.id]);
});

test('school B’s key sees its own student and never school A’s', async () => {
  const response = await ask<{ apiKeySchool: { id: string; studentProgress: { edges: { node: { student: { id: string } } }[] } } }>(
    schoolB.key,
    '{ apiKeySchool { id studentProgress(first: 50) { edges { node { student { id } } } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.apiKeySchool.id).toBe(schoolB.key.schoolId);
  expect(response.data?.apiKeySchool.studentProgress.edges.map((edge) => edge.node.student.id)).toEqual([schoolB.student.id]);
});

test('the federation entry points are not part of the public graph, so no representation of school B can be asked for', async () => {
  for (const query of [
    `{ _entities(representations: [{ __typename: "School", id: "${schoolB.key.schoolId}" }]) { ... on School { id } } }`,
    '{ _service { sdl } }',
  ]) {
    const response = await ask(schoolA.key, query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.data ?? null)).not.toContain(schoolB.student.id);
  }
});
