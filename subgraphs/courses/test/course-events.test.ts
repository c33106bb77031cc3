// The facts courses announces for other domains: a new course, and enrollments starting and ending.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse, createFaculty } from './support/courses';
import { createInstructor, createStudent } from '../../../scripts/platform/test-people';
import { grantCourseAccess, revokeCourseAccess } from '../src/learning/access-grants';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

async function eventsAbout(type: string, field: string, value: string) {
  const rows = await platform.handle.services.prisma.coursesOutboxEvent.findMany({ where: { type }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as Record<string, string>).filter((payload) => payload[field] === value);
}

test('creating a course announces CourseCreated with its owner', async () => {
  const prisma = platform.handle.services.prisma;
  const instructor = await createInstructor(prisma);
  const faculty = await createFaculty(prisma);
  const created = await platform.graphql<{ createCourse: { id: string } }>(
    'mutation C($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    { input: { title: 'Announced Course', summary: 'A course that tells others it exists.', facultyId: faculty.id } },
    { token: instructor.token },
  );
  expect(created.errors).toBeUndefined();
  const courseId = created.data!.createCourse.id;
  expect(await eventsAbout('CourseCreated', 'courseId', courseId)).toEqual([{ courseId, ownerId: instructor.id, title: 'Announced Course' }]);
});

test('enrolling, dropping and enrolling again announce each change once', async () => {
  const prisma = platform.handle.services.prisma;
  const owner = await createInstructor(prisma);
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  const call = (mutation: string) => platform.graphql<Record<string, { id: string }>>(`mutation M($c: ID!) { ${mutation}(courseId: $c) { id } }`, { c: course.id }, { token: student.token });

  const enrolled = await call('enroll');
  expect(enrolled.errors).toBeUndefined();
  await call('dropCourse');
  await call('enroll');
  const enrollmentId = enrolled.data!.enroll!.id;
  const facts = { enrollmentId, userId: student.id, courseId: course.id };
  expect(await eventsAbout('EnrollmentActivated', 'courseId', course.id)).toEqual([facts, facts]);
  expect(await eventsAbout('EnrollmentDropped', 'courseId', course.id)).toEqual([{ ...facts, reason: 'dropped' }]);
});

test('a refused enrollment announces nothing', async () => {
  const prisma = platform.handle.services.prisma;
  const owner = await createInstructor(prisma);
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
  const refused = await platform.graphql('mutation M($c: ID!) { enroll(courseId: $c) { id } }', { c: course.id }, { token: student.token });
  expect(refused.errors?.[0]?.extensions?.code).toBe('PAYMENT_REQUIRED');
  expect(await eventsAbout('EnrollmentActivated', 'courseId', course.id)).toEqual([]);
});

test('a revoked grant drops the paid enrollment and announces why', async () => {
  const prisma = platform.handle.services.prisma;
  const owner = await createInstructor(prisma);
  const student = await createStudent(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
  await prisma.$transaction((tx) => grantCourseAccess(tx, { userId: student.id, courseId: course.id }));
  const enrolled = await platform.graphql<{ enroll: { id: string } }>('mutation M($c: ID!) { enroll(courseId: $c) { id } }', { c: course.id }, { token: student.token });
  expect(enrolled.errors).toBeUndefined();
  await prisma.$transaction((tx) => revokeCourseAccess(tx, { userId: student.id, courseId: course.id }));
  expect(await eventsAbout('EnrollmentDropped', 'courseId', course.id)).toEqual([
    { enrollmentId: enrolled.data!.enroll.id, userId: student.id, courseId: course.id, reason: 'access_revoked' },
  ]);
});
