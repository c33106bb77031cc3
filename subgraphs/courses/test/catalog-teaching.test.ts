// User.teachingCourses through the gateway: owned and co-taught courses, and who sees the unpublished ones.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

const TEACHING = `query T($id: ID!) { user(id: $id) { teachingCourses { title status instructors { id } } } }`;

interface TeachingData {
  user: { teachingCourses: { title: string; status: string; instructors: { id: string }[] }[] } | null;
}

/** A teacher who owns a published course, a draft and one in review, and co-teaches an archived course. */
async function createTeacher(): Promise<{ teacher: Person; colleague: Person }> {
  const prisma = platform.handle.services.prisma;
  const teacher = await createInstructor(prisma);
  const colleague = await createInstructor(prisma);
  await createCourse(prisma, { ownerId: teacher.id, title: 'Owned published', status: 'published' });
  await createCourse(prisma, { ownerId: teacher.id, title: 'Owned draft', status: 'draft' });
  await createCourse(prisma, { ownerId: teacher.id, title: 'Owned in review', status: 'in_review' });
  await createCourse(prisma, { ownerId: colleague.id, instructorIds: [teacher.id], title: 'Co-taught archived', status: 'archived' });
  await createCourse(prisma, { ownerId: colleague.id, title: 'Colleague only', status: 'published' });
  return { teacher, colleague };
}

async function teachingTitles(teacherId: string, token?: string): Promise<string[]> {
  const response = await platform.graphql<TeachingData>(TEACHING, { id: teacherId }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.user!.teachingCourses.map((course) => course.title);
}

test('anyone sees the published and archived courses a person owns or co-teaches, by title', async () => {
  const { teacher } = await createTeacher();
  expect(await teachingTitles(teacher.id)).toEqual(['Co-taught archived', 'Owned published']);
});

test('a stranger is refused the drafts and courses in review', async () => {
  const { teacher } = await createTeacher();
  const stranger = await createStudent(platform.handle.services.prisma);
  expect(await teachingTitles(teacher.id, stranger.token)).toEqual(['Co-taught archived', 'Owned published']);
});

test('a colleague sees only what the public sees of another teacher’s list', async () => {
  const { teacher, colleague } = await createTeacher();
  expect(await teachingTitles(teacher.id, colleague.token)).toEqual(['Co-taught archived', 'Owned published']);
});

test('the person themselves sees their drafts and courses in review too', async () => {
  const { teacher } = await createTeacher();
  expect(await teachingTitles(teacher.id, teacher.token)).toEqual(['Co-taught archived', 'Owned draft', 'Owned in review', 'Owned published']);
});

test('an admin sees every status', async () => {
  const { teacher } = await createTeacher();
  const admin = await createAdmin(platform.handle.services.prisma);
  expect(await teachingTitles(teacher.id, admin.token)).toEqual(['Co-taught archived', 'Owned draft', 'Owned in review', 'Owned published']);
});

test('each course lists its owner first, then its other instructors', async () => {
  const { teacher, colleague } = await createTeacher();
  const response = await platform.graphql<TeachingData>(TEACHING, { id: teacher.id });
  const courses = response.data!.user!.teachingCourses;
  expect(courses.map((course) => course.instructors.map((instructor) => instructor.id))).toEqual([
    [colleague.id, teacher.id],
    [teacher.id],
  ]);
});

test('a person who teaches nothing has an empty list', async () => {
  const student = await createStudent(platform.handle.services.prisma);
  expect(await teachingTitles(student.id, student.token)).toEqual([]);
});
