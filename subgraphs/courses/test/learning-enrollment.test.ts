// Enrolling and dropping through the gateway: published courses only, prerequisites, paid access,
// duplicates, and reactivation after a drop.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { DROP, ENROLL, enrollDirectly, grantAccessDirectly } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Ada Owner');
});

afterAll(async () => {
  await platform?.stop();
});

interface EnrollData {
  enroll: { id: string; status: string; courseVersion: number; enrolledAt: string };
}

const enrollmentsOf = (userId: string, courseId: string) => prisma.enrollment.findMany({ where: { userId, courseId } });

test('a student enrolls in a free published course at its current version', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  await prisma.course.update({ where: { id: course.id }, data: { version: 3 } });
  const response = await platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.enroll).toMatchObject({ status: 'active', courseVersion: 3 });
  expect(await enrollmentsOf(student.id, course.id)).toHaveLength(1);
});

test('enrolling needs a signed-in person', async () => {
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const response = await platform.graphql(ENROLL, { courseId: course.id });
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
});

test('draft and in-review courses answer NOT_FOUND, even to their owner', async () => {
  const student = await createStudent(prisma);
  for (const status of ['draft', 'in_review'] as const) {
    const { course } = await createCourse(prisma, { ownerId: owner.id, status });
    expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: owner.token }))).toEqual(['NOT_FOUND']);
    expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
  }
});

test('an archived course no longer accepts enrollments', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'archived' });
  const response = await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token });
  expect(errorCodes(response)).toEqual(['CONFLICT']);
  expect(response.errors?.[0]?.message).toMatch(/no longer accepts enrollments/);
});

test('a missing prerequisite is refused by name until the student completes it', async () => {
  const student = await createStudent(prisma);
  const { course: basics } = await createCourse(prisma, { ownerId: owner.id, title: 'Greek Basics' });
  const { course: advanced } = await createCourse(prisma, { ownerId: owner.id, title: 'Reading the Septuagint', prerequisiteIds: [basics.id] });
  await enrollDirectly(prisma, { userId: student.id, courseId: basics.id, status: 'active' });

  const refused = await platform.graphql(ENROLL, { courseId: advanced.id }, { token: student.token });
  expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  expect(refused.errors?.[0]?.message).toContain('Greek Basics');
  expect(refused.errors?.[0]?.extensions?.missingCourses).toEqual([{ id: basics.id, title: 'Greek Basics' }]);
  expect(await enrollmentsOf(student.id, advanced.id)).toHaveLength(0);

  await prisma.enrollment.updateMany({ where: { userId: student.id, courseId: basics.id }, data: { status: 'completed', completedAt: new Date() } });
  const accepted = await platform.graphql<EnrollData>(ENROLL, { courseId: advanced.id }, { token: student.token });
  expect(accepted.errors).toBeUndefined();
});

test('a paid course needs an active access grant', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
  expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token }))).toEqual(['PAYMENT_REQUIRED']);
  await grantAccessDirectly(prisma, { userId: student.id, courseId: course.id });
  const response = await platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token });
  expect(response.data?.enroll.status).toBe('active');
});

test('a revoked grant no longer opens a paid course', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
  await prisma.courseAccessGrant.create({ data: { userId: student.id, courseId: course.id, revokedAt: new Date() } });
  expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token }))).toEqual(['PAYMENT_REQUIRED']);
});

test('enrolling twice is a conflict, including two requests at once', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const both = await Promise.all([
    platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token }),
    platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token }),
  ]);
  expect(both.map((response) => errorCodes(response)[0] ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
  expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token }))).toEqual(['CONFLICT']);
  expect(await enrollmentsOf(student.id, course.id)).toHaveLength(1);
});

test('a completed course cannot be enrolled in again', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  await enrollDirectly(prisma, { userId: student.id, courseId: course.id, status: 'completed' });
  const response = await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token });
  expect(errorCodes(response)).toEqual(['CONFLICT']);
  expect(response.errors?.[0]?.message).toMatch(/already completed/);
});

test('enrolling again after dropping reactivates the same enrollment and keeps its progress', async () => {
  const student = await createStudent(prisma);
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
  const first = await platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token });
  const lectureId = modules[0]!.lectureIds[0]!;
  await prisma.lectureProgress.create({ data: { userId: student.id, lectureId, courseId: course.id, positionSeconds: 120 } });

  const dropped = await platform.graphql<{ dropCourse: { status: string; droppedAt: string } }>(DROP, { courseId: course.id }, { token: student.token });
  expect(dropped.data?.dropCourse.status).toBe('dropped');
  expect(dropped.data?.dropCourse.droppedAt).toEqual(expect.any(String));

  const again = await platform.graphql<EnrollData>(ENROLL, { courseId: course.id }, { token: student.token });
  expect(again.data?.enroll).toMatchObject({ id: first.data?.enroll.id, status: 'active', enrolledAt: first.data?.enroll.enrolledAt });
  expect(await prisma.lectureProgress.findUnique({ where: { userId_lectureId: { userId: student.id, lectureId } } })).toMatchObject({ positionSeconds: 120 });
});

test('dropping needs an active enrollment', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  expect(errorCodes(await platform.graphql(DROP, { courseId: course.id }, { token: student.token }))).toEqual(['NOT_FOUND']);
  await enrollDirectly(prisma, { userId: student.id, courseId: course.id, status: 'dropped' });
  expect(errorCodes(await platform.graphql(DROP, { courseId: course.id }, { token: student.token }))).toEqual(['CONFLICT']);
});

test('a completed enrollment cannot be dropped', async () => {
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  await enrollDirectly(prisma, { userId: student.id, courseId: course.id, status: 'completed' });
  expect(errorCodes(await platform.graphql(DROP, { courseId: course.id }, { token: student.token }))).toEqual(['CONFLICT']);
  expect((await enrollmentsOf(student.id, course.id))[0]?.status).toBe('completed');
});

test('a course shows the viewer their own enrollment, and nothing to anyone else', async () => {
  const student = await createStudent(prisma);
  const stranger = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token });
  const query = `query Mine($id: ID!) { course(id: $id) { viewerEnrollment { status student { id } progress { percent totalItems } } } }`;
  const mine = await platform.graphql<{ course: { viewerEnrollment: unknown } }>(query, { id: course.id }, { token: student.token });
  expect(mine.data?.course.viewerEnrollment).toEqual({ status: 'active', student: { id: student.id }, progress: { percent: 0, totalItems: 2 } });
  for (const options of [{ token: stranger.token }, {}]) {
    const other = await platform.graphql<{ course: { viewerEnrollment: unknown } }>(query, { id: course.id }, options);
    expect(other.errors).toBeUndefined();
    expect(other.data?.course.viewerEnrollment).toBeNull();
  }
});
