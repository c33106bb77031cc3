// Listing enrollments with their progress, lectures, certificates and grades costs the same number of
// SQL statements for 2 enrollments as for 6, and for one child as for three. Runs in its own database
// so that no other test's events reach this platform's event bus while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createCourse, createFaculty } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { createQuiz, enrollDirectly, gradedAttempt, linkParentDirectly } from './support/learning';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let recording: string[] | null = null;

beforeAll(async () => {
  database = await createScratchDatabase('courses_learning_batching', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    {
      onQuery: (sql) => {
        // The event bus polls the outbox on a timer, however many enrollments a response holds.
        if (recording && !sql.includes('outbox_event')) recording.push(sql);
      },
    },
  );
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

/** A student enrolled in `count` courses of two modules each, with some progress and a graded quiz in each. */
async function studentWithEnrollments(count: number): Promise<Person> {
  const teacher = await createInstructor(prisma);
  const faculty = await createFaculty(prisma);
  const student = await createStudent(prisma);
  for (let index = 0; index < count; index += 1) {
    const { course, modules } = await createCourse(prisma, {
      ownerId: teacher.id,
      facultyId: faculty.id,
      title: `Course ${index + 1}`,
      modules: [{ lectures: 2, readings: 1 }, { lectures: 2, unlockAt: new Date(Date.now() + 86_400_000) }],
    });
    const enrollment = await enrollDirectly(prisma, { userId: student.id, courseId: course.id, status: index % 2 === 0 ? 'active' : 'completed' });
    if (enrollment.status === 'completed') {
      await prisma.certificate.create({ data: { enrollmentId: enrollment.id, userId: student.id, courseId: course.id, code: `SF-TEST-${index}-${student.id.slice(0, 8)}`, finalGrade: 90 } });
    }
    await prisma.lectureProgress.create({ data: { userId: student.id, lectureId: modules[0]!.lectureIds[0]!, courseId: course.id, positionSeconds: 600, completedAt: new Date() } });
    await prisma.readingView.create({ data: { userId: student.id, readingId: modules[0]!.readingIds[0]!, courseId: course.id } });
    const quiz = await createQuiz(prisma, { courseId: course.id, moduleId: modules[0]!.id, authorId: teacher.id, questionPoints: [2] });
    await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 1, maxScore: 2 });
  }
  return student;
}

const RECORD_FIELDS = `
  enrollments {
    id status finalGrade
    course { title }
    progress { percent completedItems totalItems modules { module { title } percent completed locked opensAt } }
    lectureProgress { positionSeconds completed lecture { title } }
    certificate { code }
  }
  grades { title percent course { title } }`;

async function countStatements(query: string, token: string): Promise<{ statements: number; data: unknown }> {
  recording = [];
  try {
    const response = await platform.graphql(query, {}, { token });
    expect(response.errors).toBeUndefined();
    return { statements: recording.length, data: response.data };
  } finally {
    recording = null;
  }
}

test('a student’s enrollments with progress and grades cost the same statements for 2 as for 6', async () => {
  const few = await studentWithEnrollments(2);
  const many = await studentWithEnrollments(6);
  const query = `query Mine { me { ${RECORD_FIELDS} } }`;
  const small = await countStatements(query, few.token);
  const large = await countStatements(query, many.token);
  expect((large.data as { me: { enrollments: unknown[] } }).me.enrollments).toHaveLength(6);
  expect((large.data as { me: { grades: unknown[] } }).me.grades).toHaveLength(6);
  expect(large.statements).toBe(small.statements);
});

test('a parent’s view of every child’s record costs the same statements for one child as for three', async () => {
  const parentOfOne = await createStudent(prisma);
  const parentOfThree = await createStudent(prisma);
  await linkParentDirectly(prisma, { parentId: parentOfOne.id, childId: (await studentWithEnrollments(2)).id });
  for (let child = 0; child < 3; child += 1) {
    await linkParentDirectly(prisma, { parentId: parentOfThree.id, childId: (await studentWithEnrollments(2)).id });
  }
  const query = `query Family { me { children { displayName ${RECORD_FIELDS} } } }`;
  const one = await countStatements(query, parentOfOne.token);
  const three = await countStatements(query, parentOfThree.token);
  expect((three.data as { me: { children: unknown[] } }).me.children).toHaveLength(3);
  expect(three.statements).toBe(one.statements);
});
