// Course analytics through the gateway: exact figures for a cohort built in the database, who may
// read them, and a statement count that does not grow with the course.
import type { PrismaClient } from '../../kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { createAttempt, createQuestion, enrollAt, recordLectureProgress } from './support/analytics';

const ANALYTICS = `query A($courseId: ID!, $from: DateTime!, $to: DateTime!, $bucket: AnalyticsBucket!) {
  courseAnalytics(courseId: $courseId, from: $from, to: $to, bucket: $bucket) {
    enrollmentsOverTime { periodStart enrollments }
    completionRate
    averageScorePerQuiz { quiz { id title module { title } } attempts averagePercent }
    averageScorePerQuestion { questionId prompt answers averageFraction }
    dropOffPerLecture { lecture { id title } started completed dropOffRate }
  }
}`;

interface Analytics {
  enrollmentsOverTime: { periodStart: string; enrollments: number }[];
  completionRate: number;
  averageScorePerQuiz: { quiz: { id: string; title: string; module: { title: string } }; attempts: number; averagePercent: number | null }[];
  averageScorePerQuestion: { questionId: string; prompt: string; answers: number; averageFraction: number }[];
  dropOffPerLecture: { lecture: { id: string; title: string }; started: number; completed: number; dropOffRate: number }[];
}

const FROM = '2026-01-05T00:00:00.000Z';
const TO = '2026-01-19T00:00:00.000Z';

let platform: TestPlatform;
let prisma: PrismaClient;
const statements: string[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({}, { onQuery: (sql) => statements.push(sql) });
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

/**
 * A course with two modules (lectures 1.1, 1.2 | 2.1), a quiz in each, and a cohort of four students
 * enrolled in the fortnight from FROM, plus one before and one after it who must not count.
 */
async function courseWithCohort() {
  const owner = await createInstructor(prisma);
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2 }, { lectures: 1 }] });
  const quiz1 = await prisma.quiz.create({ data: { moduleId: modules[0]!.id, courseId: course.id, position: 5, title: 'Quiz 1' } });
  const quiz2 = await prisma.quiz.create({ data: { moduleId: modules[1]!.id, courseId: course.id, position: 5, title: 'Quiz 2' } });
  const hard = await createQuestion(prisma, course.id, owner.id, 'Hard question');
  const easy = await createQuestion(prisma, course.id, owner.id, 'Easy question');
  const [s1, s2, s3, s4, before, after] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createStudent(prisma)));
  await enrollAt(prisma, course.id, s1!.id, '2026-01-05T10:00:00Z');
  await enrollAt(prisma, course.id, s2!.id, '2026-01-05T23:59:00Z', 'completed');
  await enrollAt(prisma, course.id, s3!.id, '2026-01-07T00:00:00Z', 'dropped');
  await enrollAt(prisma, course.id, s4!.id, '2026-01-14T12:00:00Z', 'completed');
  await enrollAt(prisma, course.id, before!.id, '2026-01-04T23:59:59Z');
  await enrollAt(prisma, course.id, after!.id, '2026-01-19T00:00:00Z', 'completed');

  const ids = { quizId: quiz1.id, courseId: course.id };
  // Quiz 1: three graded attempts by the cohort (80, 60, 100), one in progress and one by an outsider.
  await createAttempt(prisma, { ...ids, userId: s1!.id, scorePercent: 80, answers: [
    { questionId: hard.id, points: 1, autoScore: 0 },
    { questionId: easy.id, points: 2, autoScore: 2 },
  ] });
  await createAttempt(prisma, { ...ids, userId: s2!.id, scorePercent: 60, answers: [
    { questionId: hard.id, points: 1, autoScore: 1 },
    { questionId: easy.id, points: 2, autoScore: 1 },
  ] });
  await createAttempt(prisma, { ...ids, userId: s2!.id, number: 2, scorePercent: 100, answers: [
    { questionId: hard.id, points: 1, autoScore: 1 },
    // An instructor's score overrides the automatic one.
    { questionId: easy.id, points: 2, autoScore: 0, manualScore: 2 },
  ] });
  await createAttempt(prisma, { ...ids, userId: s3!.id, status: 'in_progress', answers: [{ questionId: hard.id, points: 1, autoScore: 1 }] });
  await createAttempt(prisma, { ...ids, userId: after!.id, scorePercent: 0, answers: [{ questionId: easy.id, points: 2, autoScore: 0 }] });

  const [l11, l12] = modules[0]!.lectureIds;
  const progress = (userId: string, lectureId: string, completed: boolean) =>
    recordLectureProgress(prisma, { userId, lectureId, courseId: course.id, completed });
  await progress(s1!.id, l11!, true);
  await progress(s2!.id, l11!, true);
  await progress(s3!.id, l11!, false);
  await progress(after!.id, l11!, true);
  await progress(s1!.id, l12!, false);

  return { owner, course, modules, quiz1, quiz2, hard, easy, student: s1! };
}

async function analytics(person: Person | undefined, courseId: string, bucket: 'day' | 'week', range: { from?: string; to?: string } = {}) {
  return platform.graphql<{ courseAnalytics: Analytics }>(
    ANALYTICS,
    { courseId, from: range.from ?? FROM, to: range.to ?? TO, bucket },
    { token: person?.token },
  );
}

test('counts the period’s enrollments per week and per day, empty buckets included', async () => {
  const { owner, course } = await courseWithCohort();
  const weekly = await analytics(owner, course.id, 'week');
  expect(weekly.errors).toBeUndefined();
  expect(weekly.data?.courseAnalytics.enrollmentsOverTime).toEqual([
    { periodStart: '2026-01-05T00:00:00.000Z', enrollments: 3 },
    { periodStart: '2026-01-12T00:00:00.000Z', enrollments: 1 },
  ]);
  const daily = await analytics(owner, course.id, 'day');
  const days = daily.data!.courseAnalytics.enrollmentsOverTime;
  expect(days).toHaveLength(14);
  expect(days.filter((day) => day.enrollments > 0)).toEqual([
    { periodStart: '2026-01-05T00:00:00.000Z', enrollments: 2 },
    { periodStart: '2026-01-07T00:00:00.000Z', enrollments: 1 },
    { periodStart: '2026-01-14T00:00:00.000Z', enrollments: 1 },
  ]);
});

test('counts completions per week by when they happened, whenever the student enrolled', async () => {
  const owner = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
  const students = await Promise.all([1, 2, 3, 4].map(() => createStudent(prisma)));
  const complete = (index: number, enrolledAt: string, completedAt: string) =>
    prisma.enrollment.create({ data: { courseId: course.id, userId: students[index]!.id, courseVersion: 1, status: 'completed', enrolledAt: new Date(enrolledAt), completedAt: new Date(completedAt) } });
  await complete(0, '2025-12-01T00:00:00Z', '2026-01-06T09:00:00Z'); // enrolled long before the period
  await complete(1, '2026-01-05T10:00:00Z', '2026-01-11T23:59:59Z');
  await complete(2, '2026-01-06T10:00:00Z', '2026-01-15T08:00:00Z');
  await complete(3, '2026-01-06T10:00:00Z', '2026-01-19T00:00:00Z'); // after the period
  const response = await platform.graphql<{ courseAnalytics: { completionsOverTime: { periodStart: string; completions: number }[] } }>(
    `query C($courseId: ID!, $from: DateTime!, $to: DateTime!) { courseAnalytics(courseId: $courseId, from: $from, to: $to, bucket: week) { completionsOverTime { periodStart completions } } }`,
    { courseId: course.id, from: FROM, to: TO },
    { token: owner.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.courseAnalytics.completionsOverTime).toEqual([
    { periodStart: '2026-01-05T00:00:00.000Z', completions: 2 },
    { periodStart: '2026-01-12T00:00:00.000Z', completions: 1 },
  ]);
});

test('gives the cohort’s completion rate, and 0 for a period without enrollments', async () => {
  const { owner, course } = await courseWithCohort();
  const response = await analytics(owner, course.id, 'week');
  expect(response.data?.courseAnalytics.completionRate).toBe(0.5);
  const empty = await analytics(owner, course.id, 'week', { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
  expect(empty.data?.courseAnalytics.completionRate).toBe(0);
  expect(empty.data?.courseAnalytics.enrollmentsOverTime.every((week) => week.enrollments === 0)).toBe(true);
});

test('averages graded attempts per quiz in course order, with null for a quiz nobody took', async () => {
  const { owner, course, quiz1, quiz2 } = await courseWithCohort();
  const response = await analytics(owner, course.id, 'week');
  expect(response.data?.courseAnalytics.averageScorePerQuiz).toEqual([
    { quiz: { id: quiz1.id, title: 'Quiz 1', module: { title: 'Module 1' } }, attempts: 3, averagePercent: 80 },
    { quiz: { id: quiz2.id, title: 'Quiz 2', module: { title: 'Module 2' } }, attempts: 0, averagePercent: null },
  ]);
});

test('averages the share of points earned per question, hardest first', async () => {
  const { owner, course, hard, easy } = await courseWithCohort();
  const response = await analytics(owner, course.id, 'week');
  const questions = response.data!.courseAnalytics.averageScorePerQuestion;
  expect(questions.map(({ questionId, prompt, answers }) => ({ questionId, prompt, answers }))).toEqual([
    { questionId: hard.id, prompt: 'Hard question', answers: 3 },
    { questionId: easy.id, prompt: 'Easy question', answers: 3 },
  ]);
  expect(questions[0]!.averageFraction).toBeCloseTo(2 / 3, 10);
  expect(questions[1]!.averageFraction).toBeCloseTo(2.5 / 3, 10);
});

test('shows how many of the cohort started and finished each lecture, in course order', async () => {
  const { owner, course, modules } = await courseWithCohort();
  const response = await analytics(owner, course.id, 'week');
  const lectures = response.data!.courseAnalytics.dropOffPerLecture;
  expect(lectures.map((row) => row.lecture.id)).toEqual([...modules[0]!.lectureIds, ...modules[1]!.lectureIds]);
  expect(lectures.map(({ started, completed }) => [started, completed])).toEqual([[3, 2], [1, 0], [0, 0]]);
  expect(lectures[0]!.dropOffRate).toBeCloseTo(1 / 3, 10);
  expect(lectures.slice(1).map((row) => row.dropOffRate)).toEqual([1, 0]);
});

test('is open to a co-instructor and an admin', async () => {
  const coInstructor = await createInstructor(prisma);
  const owner = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, instructorIds: [coInstructor.id] });
  const asCoInstructor = await analytics(coInstructor, course.id, 'week');
  expect(asCoInstructor.errors).toBeUndefined();
  expect(asCoInstructor.data?.courseAnalytics.completionRate).toBe(0);
  const asAdmin = await analytics(await createAdmin(prisma), course.id, 'week');
  expect(asAdmin.errors).toBeUndefined();
});

test('refuses an enrolled student and a stranger, and the anonymous', async () => {
  const { course, student } = await courseWithCohort();
  expect(errorCodes(await analytics(student, course.id, 'week'))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await analytics(await createStudent(prisma), course.id, 'week'))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await analytics(await createInstructor(prisma), course.id, 'week'))).toEqual(['FORBIDDEN']);
  const anonymous = await analytics(undefined, course.id, 'week');
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  expect(anonymous.data).toBeNull();
});

test('answers NOT_FOUND for a draft the viewer cannot see, and for an unknown course', async () => {
  const owner = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  expect(errorCodes(await analytics(await createInstructor(prisma), course.id, 'week'))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await analytics(owner, '00000000-0000-4000-8000-000000000000', 'week'))).toEqual(['NOT_FOUND']);
});

test('refuses a malformed course id, a reversed period and too many days', async () => {
  const owner = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id });
  expect(errorCodes(await analytics(owner, 'course-1', 'week'))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await analytics(owner, course.id, 'week', { from: TO, to: FROM }))).toEqual(['BAD_USER_INPUT']);
  const tooLong = await analytics(owner, course.id, 'day', { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
  expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  expect(tooLong.errors?.[0]?.message).toContain('Group by week');
});

test('runs the same number of SQL statements for a small and a large course', async () => {
  const countFor = async (courseId: string, owner: Person) => {
    statements.length = 0;
    const response = await analytics(owner, courseId, 'day');
    expect(response.errors).toBeUndefined();
    // The event bus polls its outbox on its own schedule; those statements are not this request's.
    return statements.filter((sql) => !/outbox_event|processed_event/.test(sql)).length;
  };
  const smallOwner = await createInstructor(prisma);
  const small = await createCourse(prisma, { ownerId: smallOwner.id, modules: [{ lectures: 1 }] });
  await prisma.quiz.create({ data: { moduleId: small.modules[0]!.id, courseId: small.course.id, position: 1, title: 'Only quiz' } });
  const large = await courseWithCohort();
  for (const module of large.modules) {
    for (let position = 10; position < 14; position += 1) {
      await prisma.quiz.create({ data: { moduleId: module.id, courseId: large.course.id, position, title: `Extra ${position}` } });
      await prisma.lecture.create({ data: { moduleId: module.id, courseId: large.course.id, position, title: `Extra ${position}` } });
    }
  }
  expect(await countFor(large.course.id, large.owner)).toBe(await countFor(small.course.id, smallOwner));
});
