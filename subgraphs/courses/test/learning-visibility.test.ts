// Who sees a student's enrollments, grades and certificates: the student, confirmed parents (mirrored
// from users' ParentLinkConfirmed), admins, and a course's instructors for their own courses only.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent } from '../../kit/src/events';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL } from '../../kit/src/testing/graphql-client';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import type { Viewer } from '../../kit/src/viewer';
import { waitFor } from '../../kit/src/wait-for';
import { createCourse } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { createAssignment, createQuiz, enrollDirectly, gradedAttempt, gradedSubmission } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

const RECORD_OF = `query Record($id: ID!) {
  user(id: $id) {
    enrollments { id course { id } status }
    grades { course { id } itemType title score maxScore percent }
    certificates { code }
  }
}`;

interface RecordOfData {
  user: {
    enrollments: { id: string; course: { id: string }; status: string }[];
    grades: { course: { id: string }; itemType: string; title: string; score: number; maxScore: number; percent: number }[];
    certificates: { code: string }[];
  };
}

const RECORD_FIELDS = ['enrollments { id }', 'grades { title }', 'certificates { code }'];
const onePart = (field: string) => `query Part($id: ID!) { user(id: $id) { ${field} } }`;

const GRADES_IN = `query Grades($id: ID!, $courseId: ID) { user(id: $id) { grades(courseId: $courseId) { title } } }`;

/** A student in two courses taught by different instructors, graded in both. */
async function studentInTwoCourses() {
  const teacherA = await createInstructor(prisma, 'Teacher A');
  const teacherB = await createInstructor(prisma, 'Teacher B');
  const student = await createStudent(prisma, 'Student');
  const a = await createCourse(prisma, { ownerId: teacherA.id, title: 'Course A' });
  const b = await createCourse(prisma, { ownerId: teacherB.id, title: 'Course B' });
  await enrollDirectly(prisma, { userId: student.id, courseId: a.course.id });
  await enrollDirectly(prisma, { userId: student.id, courseId: b.course.id, status: 'completed' });
  const quiz = await createQuiz(prisma, { courseId: a.course.id, moduleId: a.modules[0]!.id, authorId: teacherA.id, title: 'Quiz A', questionPoints: [4] });
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: a.course.id, score: 3, maxScore: 4 });
  const assignment = await createAssignment(prisma, { courseId: b.course.id, moduleId: b.modules[0]!.id, points: 20, title: 'Essay B' });
  await gradedSubmission(prisma, { assignmentId: assignment.id, userId: student.id, score: 17, graderId: teacherB.id });
  return { teacherA, teacherB, student, courseA: a.course, courseB: b.course };
}

const recordAs = (viewer: Person | null, studentId: string) => platform.graphql<RecordOfData>(RECORD_OF, { id: studentId }, viewer ? { token: viewer.token } : {});

test('a student sees their own enrollments and grades', async () => {
  const { student, courseA, courseB } = await studentInTwoCourses();
  const response = await recordAs(student, student.id);
  expect(response.errors).toBeUndefined();
  expect(response.data?.user.enrollments.map((enrollment) => enrollment.course.id).sort()).toEqual([courseA.id, courseB.id].sort());
  expect(response.data?.user.grades).toEqual(
    expect.arrayContaining([
      { course: { id: courseA.id }, itemType: 'quiz', title: 'Quiz A', score: 3, maxScore: 4, percent: 75 },
      { course: { id: courseB.id }, itemType: 'assignment', title: 'Essay B', score: 17, maxScore: 20, percent: 85 },
    ]),
  );
});

test('enrollments can be filtered by status', async () => {
  const { student, courseB } = await studentInTwoCourses();
  const response = await platform.graphql<{ user: { enrollments: { course: { id: string } }[] } }>(
    `query Completed($id: ID!) { user(id: $id) { enrollments(status: completed) { course { id } } } }`,
    { id: student.id },
    { token: student.token },
  );
  expect(response.data?.user.enrollments).toEqual([{ course: { id: courseB.id } }]);
});

test('a parent sees their child’s record once the confirmed link arrives from users', async () => {
  const { student, courseA, courseB } = await studentInTwoCourses();
  const parent = await createStudent(prisma, 'Parent');
  expect(errorCodes(await recordAs(parent, student.id))).toContain('FORBIDDEN');

  const childEmail = (await prisma.user.findUniqueOrThrow({ where: { id: student.id } })).email;
  const asked = await platform.graphql<{ requestParentLink: { id: string } }>(
    'mutation Ask($email: String!) { requestParentLink(childEmail: $email) { id } }',
    { email: childEmail },
    { token: parent.token },
  );
  const confirmed = await platform.graphql(
    'mutation Confirm($id: ID!) { respondToParentLink(linkId: $id, accept: true) { status } }',
    { id: asked.data?.requestParentLink.id },
    { token: student.token },
  );
  expect(confirmed.errors).toBeUndefined();
  await waitFor(async () => (await prisma.guardianLink.count({ where: { parentId: parent.id, childId: student.id } })) === 1, {
    what: 'the guardian link mirrored from ParentLinkConfirmed',
  });

  const response = await recordAs(parent, student.id);
  expect(response.errors).toBeUndefined();
  expect(response.data?.user.enrollments).toHaveLength(2);
  expect(response.data?.user.grades.map((grade) => grade.course.id).sort()).toEqual([courseA.id, courseB.id].sort());
});

test('a parent whose account is deleted no longer sees the child’s record', async () => {
  const { student } = await studentInTwoCourses();
  const parent = await createStudent(prisma, 'Parent');
  await prisma.guardianLink.create({ data: { parentId: parent.id, childId: student.id } });
  expect((await recordAs(parent, student.id)).errors).toBeUndefined();

  await emitEvent(prisma, 'users', 'UserDeleted', { userId: parent.id });
  await waitFor(async () => (await prisma.guardianLink.count({ where: { parentId: parent.id } })) === 0, { what: 'the guardian link to be forgotten' });
  expect(errorCodes(await recordAs(parent, student.id))).toContain('FORBIDDEN');
});

test('an instructor sees the student’s record for their own course only', async () => {
  const { teacherA, student, courseA, courseB } = await studentInTwoCourses();
  const response = await recordAs(teacherA, student.id);
  expect(response.errors).toBeUndefined();
  expect(response.data?.user.enrollments.map((enrollment) => enrollment.course.id)).toEqual([courseA.id]);
  expect(response.data?.user.grades.map((grade) => grade.title)).toEqual(['Quiz A']);

  const otherCourse = await platform.graphql(GRADES_IN, { id: student.id, courseId: courseB.id }, { token: teacherA.token });
  expect(errorCodes(otherCourse)).toEqual(['FORBIDDEN']);
  const ownCourse = await platform.graphql<{ user: { grades: { title: string }[] } }>(GRADES_IN, { id: student.id, courseId: courseA.id }, { token: teacherA.token });
  expect(ownCourse.data?.user.grades).toEqual([{ title: 'Quiz A' }]);
});

test('another instructor and a stranger are refused every part of the record', async () => {
  const { student } = await studentInTwoCourses();
  const otherTeacher = await createInstructor(prisma, 'Unrelated Teacher');
  const stranger = await createStudent(prisma, 'Stranger');
  for (const viewer of [otherTeacher, stranger]) {
    for (const field of RECORD_FIELDS) {
      const response = await platform.graphql(onePart(field), { id: student.id }, { token: viewer.token });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.data?.user ?? null).toBeNull();
    }
  }
});

test('the anonymous are asked to sign in', async () => {
  const { student } = await studentInTwoCourses();
  for (const field of RECORD_FIELDS) {
    expect(errorCodes(await platform.graphql(onePart(field), { id: student.id }))).toEqual(['UNAUTHENTICATED']);
  }
});

test('an admin sees the whole record', async () => {
  const { student } = await studentInTwoCourses();
  const admin = await createAdmin(prisma);
  const response = await recordAs(admin, student.id);
  expect(response.errors).toBeUndefined();
  expect(response.data?.user.enrollments).toHaveLength(2);
  expect(response.data?.user.grades).toHaveLength(2);
});

test('an Enrollment entity fetched by reference repeats the visibility check', async () => {
  const { student, teacherA, teacherB, courseA } = await studentInTwoCourses();
  const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { courseId_userId: { courseId: courseA.id, userId: student.id } } });
  const courses = platform.subgraphs.find((subgraph) => subgraph.name === 'courses')!;
  const entities = (viewer: Viewer) => {
    const requestId = randomUUID();
    return postGraphQL<{ _entities: ({ id: string; status: string } | null)[] }>(
      courses.url,
      'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Enrollment { id status } } }',
      { representations: [{ __typename: 'Enrollment', id: enrollment.id }] },
      {
        headers: {
          [REQUEST_ID_HEADER]: requestId,
          [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId, { ttlSeconds: 30 }),
        },
      },
    );
  };
  const as = (person: Person): Viewer => ({ kind: 'user', id: person.id, roles: person.roles, ip: '192.0.2.1' });
  expect((await entities(as(student))).data?._entities).toEqual([{ id: enrollment.id, status: 'active' }]);
  expect((await entities(as(teacherA))).data?._entities).toEqual([{ id: enrollment.id, status: 'active' }]);
  expect((await entities(as(teacherB))).data?._entities).toEqual([null]);
});
