// enrollSchoolStudents: a school's key with write:enrollments enrolls the students who share their
// progress with it in a published free course, all in one transaction, with a status per student.
// Called the way the gateway calls courses, with a signed school-key viewer, against real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL, type GraphQLResponse } from '../../kit/src/testing/graphql-client';
import type { ApiScope, Viewer } from '../../kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import { createCourse } from './support/courses';
import { enrollDirectly } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const ENROLL = `mutation E($input: EnrollSchoolStudentsInput!) {
  enrollSchoolStudents(input: $input) { enrolled results { studentId status } }
}`;

interface EnrollData {
  enrollSchoolStudents: { enrolled: number; results: { studentId: string; status: string }[] };
}

const keyOf = (schoolId: string, scopes: ApiScope[] = ['read:catalog', 'write:enrollments']): Viewer => ({ kind: 'school_key', keyId: randomUUID(), schoolId, scopes, ip: '192.0.2.30' });

async function enrollAs(viewer: Viewer, input: { schoolId: string; courseId: string; studentIds: string[] }): Promise<GraphQLResponse<EnrollData>> {
  const courses = platform.subgraphs.find((subgraph) => subgraph.name === 'courses')!;
  const requestId = randomUUID();
  return postGraphQL<EnrollData>(courses.url, ENROLL, { input }, {
    headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId, { ttlSeconds: 30 }) },
  });
}

async function sharingStudent(schoolId: string): Promise<Person> {
  const student = await createStudent(prisma);
  await prisma.schoolStudent.create({ data: { schoolId, userId: student.id, sharedAt: new Date() } });
  return student;
}

const enrollmentOf = (userId: string, courseId: string) => prisma.enrollment.findUnique({ where: { courseId_userId: { courseId, userId } } });
const activationsFor = (courseId: string) =>
  prisma.coursesOutboxEvent.count({ where: { type: 'EnrollmentActivated', payload: { path: ['courseId'], equals: courseId } } });

test('each student gets a status: new and dropped sharing students are enrolled, others are left alone', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const fresh = await sharingStudent(schoolId);
  const active = await sharingStudent(schoolId);
  const dropped = await sharingStudent(schoolId);
  const notSharing = await createStudent(prisma);
  await enrollDirectly(prisma, { userId: active.id, courseId: course.id });
  await enrollDirectly(prisma, { userId: dropped.id, courseId: course.id, status: 'dropped' });

  const response = await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds: [fresh.id, active.id, dropped.id, notSharing.id, fresh.id] });
  expect(response.errors).toBeUndefined();
  expect(response.data?.enrollSchoolStudents).toEqual({
    enrolled: 2,
    results: [
      { studentId: fresh.id, status: 'ENROLLED' },
      { studentId: active.id, status: 'ALREADY_ENROLLED' },
      { studentId: dropped.id, status: 'ENROLLED' },
      { studentId: notSharing.id, status: 'NOT_A_SHARING_STUDENT' },
    ],
  });
  expect((await enrollmentOf(fresh.id, course.id))?.status).toBe('active');
  expect((await enrollmentOf(dropped.id, course.id))?.status).toBe('active');
  expect(await enrollmentOf(notSharing.id, course.id)).toBeNull();
  // The enrollments are announced as `enroll` announces them (community follows them into channels).
  expect(await activationsFor(course.id)).toBe(2);
});

test('a second identical request enrolls nobody', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds: [student.id] });
  const again = await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds: [student.id] });
  expect(again.data?.enrollSchoolStudents).toEqual({ enrolled: 0, results: [{ studentId: student.id, status: 'ALREADY_ENROLLED' }] });
  expect(await activationsFor(course.id)).toBe(1);
});

test('a paid course is PAYMENT_REQUIRED, pointing schools to scholarship codes, and enrolls nobody', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
  const student = await sharingStudent(schoolId);
  const response = await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds: [student.id] });
  expect(errorCodes(response)).toEqual(['PAYMENT_REQUIRED']);
  expect(response.errors?.[0]?.message).toMatch(/scholarship codes/);
  expect(await enrollmentOf(student.id, course.id)).toBeNull();
});

test('a draft course is NOT_FOUND', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  const student = await sharingStudent(schoolId);
  expect(errorCodes(await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds: [student.id] }))).toEqual(['NOT_FOUND']);
  expect(await enrollmentOf(student.id, course.id)).toBeNull();
});

test('more than 200 students in one request is BAD_USER_INPUT and enrolls nobody', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  const studentIds = [student.id, ...Array.from({ length: 200 }, () => randomUUID())];
  const response = await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toMatch(/at most 200/);
  expect(await enrollmentOf(student.id, course.id)).toBeNull();
});

test('exactly 200 students is accepted', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  const studentIds = [student.id, ...Array.from({ length: 199 }, () => randomUUID())];
  const response = await enrollAs(keyOf(schoolId), { schoolId, courseId: course.id, studentIds });
  expect(response.errors).toBeUndefined();
  expect(response.data?.enrollSchoolStudents.enrolled).toBe(1);
  expect(response.data?.enrollSchoolStudents.results).toHaveLength(200);
});

test('a key of another school is FORBIDDEN and enrolls nobody', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  const response = await enrollAs(keyOf(randomUUID()), { schoolId, courseId: course.id, studentIds: [student.id] });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(await enrollmentOf(student.id, course.id)).toBeNull();
});

test('a key of the school without write:enrollments, and a signed-in student, are FORBIDDEN', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  const input = { schoolId, courseId: course.id, studentIds: [student.id] };
  expect(errorCodes(await enrollAs(keyOf(schoolId, ['read:catalog', 'read:students']), input))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await enrollAs({ kind: 'user', id: student.id, roles: student.roles, ip: '192.0.2.31' }, input))).toEqual(['FORBIDDEN']);
  expect(await enrollmentOf(student.id, course.id)).toBeNull();
});

test('a platform admin may enroll a school’s sharing students', async () => {
  const schoolId = randomUUID();
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const student = await sharingStudent(schoolId);
  const admin = await createAdmin(prisma);
  const response = await enrollAs({ kind: 'user', id: admin.id, roles: admin.roles, ip: '192.0.2.32' }, { schoolId, courseId: course.id, studentIds: [student.id] });
  expect(response.data?.enrollSchoolStudents.enrolled).toBe(1);
});
