// Course.tutors through the gateway: the tutors of the course's faculty, then the general tutors, and a
// list of courses costs the same number of SQL statements as one. Runs in its own database so that no
// other test's rows or events reach this platform while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson } from '../../../scripts/platform/test-people';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import type { PrismaClient } from '../../kit/src/db';
import { createCourse, createFaculty } from '../../courses/test/support/courses';
import { storeCourseContent } from '../src/content/course-material';
import { courseContent } from './support/course-material';
import { createTutor } from './support/tutoring';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let recording: string[] | null = null;
const courseIdsByFaculty = new Map<string, string[]>();
let unmirroredCourseId: string;

beforeAll(async () => {
  database = await createScratchDatabase('tutor_course_tutors', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    { onQuery: (sql) => { if (recording && !sql.includes('outbox_event')) recording.push(sql); } },
  );
  prisma = platform.handle.services.prisma;
  const owner = await createPerson(prisma, { roles: ['instructor'] });
  const faculties = [await createFaculty(prisma, 'Mathematics'), await createFaculty(prisma, 'Computer Science')];
  await createTutor(prisma, { name: 'Theo (mathematics)', facultyId: faculties[0]!.id });
  await createTutor(prisma, { name: 'Ada (computer science)', facultyId: faculties[1]!.id });
  await createTutor(prisma, { name: 'Sage (general)', facultyId: null });
  const retired = await createTutor(prisma, { name: 'Old (mathematics)', facultyId: faculties[0]!.id });
  await prisma.aiTutor.update({ where: { id: retired.id }, data: { active: false } });
  for (let index = 0; index < 10; index += 1) {
    const faculty = faculties[index % 2]!;
    const { course } = await createCourse(prisma, { ownerId: owner.id, title: `Course ${index}`, facultyId: faculty.id, modules: [] });
    await prisma.$transaction((tx) => storeCourseContent(tx, courseContent({ courseId: course.id, title: course.title, facultyId: faculty.id, instructorIds: [owner.id] })));
    courseIdsByFaculty.set(faculty.name, [...(courseIdsByFaculty.get(faculty.name) ?? []), course.id]);
  }
  // Published in courses but not (yet) mirrored by the tutor: only the general tutors serve it.
  unmirroredCourseId = (await createCourse(prisma, { ownerId: owner.id, title: 'Not mirrored', facultyId: faculties[0]!.id, modules: [] })).course.id;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const TUTORS_OF_COURSE = 'query($id: ID!) { course(id: $id) { id tutors { name } } }';
const TUTORS_OF_CATALOG = 'query($first: Int!) { courses(first: $first) { edges { node { id tutors { name } } } } }';

async function tutorNames(courseId: string): Promise<string[]> {
  const response = await platform.graphql<{ course: { tutors: { name: string }[] } }>(TUTORS_OF_COURSE, { id: courseId });
  expect(response.errors).toBeUndefined();
  return response.data!.course.tutors.map((tutor) => tutor.name);
}

async function countStatements(query: string, variables: Record<string, unknown>): Promise<{ statements: number; courses: number }> {
  recording = [];
  try {
    const response = await platform.graphql<{ courses: { edges: { node: { tutors: unknown[] } }[] } }>(query, variables);
    expect(response.errors).toBeUndefined();
    return { statements: recording.length, courses: response.data!.courses.edges.length };
  } finally {
    recording = null;
  }
}

test('a course lists its faculty’s active tutors first, then the general tutors', async () => {
  expect(await tutorNames(courseIdsByFaculty.get('Mathematics')![0]!)).toEqual(['Theo (mathematics)', 'Sage (general)']);
  expect(await tutorNames(courseIdsByFaculty.get('Computer Science')![0]!)).toEqual(['Ada (computer science)', 'Sage (general)']);
});

test('a course the tutor has not seen published is served by the general tutors only', async () => {
  expect(await tutorNames(unmirroredCourseId)).toEqual(['Sage (general)']);
});

test('tutors of ten courses cost the same number of SQL statements as tutors of one', async () => {
  const one = await countStatements(TUTORS_OF_CATALOG, { first: 1 });
  const ten = await countStatements(TUTORS_OF_CATALOG, { first: 10 });
  expect(one.courses).toBe(1);
  expect(ten.courses).toBe(10);
  expect(ten.statements).toBe(one.statements);
});
