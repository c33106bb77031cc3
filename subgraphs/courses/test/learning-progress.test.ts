// Recording progress through the gateway: positions and completion of lectures, readings, module locks,
// percentages, and course completion (once, with grade, certificate and event).
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import {
  createAssignment,
  createQuiz,
  enrollDirectly,
  gradedAttempt,
  gradedSubmission,
  RECORD,
  VIEW,
  type RecordData,
} from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const record = (student: Person, lectureId: string, positionSeconds: number, completed?: boolean) =>
  platform.graphql<RecordData>(RECORD, { lectureId, positionSeconds, completed }, { token: student.token });

const view = (student: Person, readingId: string) =>
  platform.graphql<{ markReadingViewed: { enrollment: { status: string; progress: { percent: number } } } }>(VIEW, { readingId }, { token: student.token });

const completionEvents = (enrollmentId: string) =>
  prisma.coursesOutboxEvent.findMany({ where: { type: 'CourseCompleted', payload: { path: ['enrollmentId'], equals: enrollmentId } } });

const MY_PROGRESS = `query Mine {
  me {
    enrollments {
      course { id }
      progress { percent completedItems totalItems modules { module { title } percent completed locked lockedReason opensAt } }
      lectureProgress { lecture { title } positionSeconds completed }
    }
  }
}`;

interface MyProgressData {
  me: {
    enrollments: {
      course: { id: string };
      progress: {
        percent: number;
        completedItems: number;
        totalItems: number;
        modules: { module: { title: string }; percent: number; completed: boolean; locked: boolean; lockedReason: string | null; opensAt: string | null }[];
      };
      lectureProgress: { lecture: { title: string }; positionSeconds: number; completed: boolean }[];
    }[];
  };
}

async function progressIn(student: Person, courseId: string) {
  const response = await platform.graphql<MyProgressData>(MY_PROGRESS, {}, { token: student.token });
  expect(response.errors).toBeUndefined();
  return response.data?.me.enrollments.find((enrollment) => enrollment.course.id === courseId);
}

async function enrolledStudentIn(courseId: string): Promise<Person> {
  const student = await createStudent(prisma);
  await enrollDirectly(prisma, { userId: student.id, courseId });
  return student;
}

test('a position past the end is clamped, and 95% of the length completes the lecture', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2 }] });
  const student = await enrolledStudentIn(course.id);
  const lectureId = modules[0]!.lectureIds[0]!;

  const partway = await record(student, lectureId, 300);
  expect(partway.errors).toBeUndefined();
  expect(partway.data?.recordLectureProgress).toMatchObject({ positionSeconds: 300, completed: false });

  const past = await record(student, lectureId, 9999);
  expect(past.data?.recordLectureProgress).toMatchObject({ positionSeconds: 600, completed: true });
  expect(past.data?.recordLectureProgress.enrollment.progress).toEqual({ percent: 50, completedItems: 1, totalItems: 2 });
});

test('rewinding a completed lecture keeps it completed', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2 }] });
  const student = await enrolledStudentIn(course.id);
  const lectureId = modules[0]!.lectureIds[0]!;
  await record(student, lectureId, 20, true);
  const rewound = await record(student, lectureId, 5, false);
  expect(rewound.data?.recordLectureProgress).toMatchObject({ positionSeconds: 5, completed: true, completedAt: expect.any(String) });
});

test('a student who is not enrolled, or has dropped, is refused and nothing is written', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1, readings: 1 }] });
  const stranger = await createStudent(prisma);
  const dropped = await createStudent(prisma);
  await enrollDirectly(prisma, { userId: dropped.id, courseId: course.id, status: 'dropped' });
  for (const student of [stranger, dropped]) {
    expect(errorCodes(await record(student, modules[0]!.lectureIds[0]!, 10))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await view(student, modules[0]!.readingIds[0]!))).toEqual(['FORBIDDEN']);
    expect(await prisma.lectureProgress.count({ where: { userId: student.id } })).toBe(0);
    expect(await prisma.readingView.count({ where: { userId: student.id } })).toBe(0);
  }
});

test('a module that opens later refuses its items and says when it opens', async () => {
  const opensAt = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }, { lectures: 1, unlockAt: opensAt }] });
  const student = await enrolledStudentIn(course.id);
  const response = await record(student, modules[1]!.lectureIds[0]!, 10);
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(response.errors?.[0]?.message).toContain(opensAt.toISOString().slice(0, 10));
  expect(response.errors?.[0]?.extensions?.opensAt).toBe(opensAt.toISOString());
  expect(await prisma.lectureProgress.count({ where: { userId: student.id } })).toBe(0);

  const progress = await progressIn(student, course.id);
  expect(progress?.progress.modules.map((module) => [module.locked, module.opensAt])).toEqual([
    [false, null],
    [true, opensAt.toISOString()],
  ]);
  expect(progress?.progress.modules[1]?.lockedReason).toMatch(/opens on/);
});

test('a sequential module opens its lectures and readings in order', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2, readings: 1, sequential: true }] });
  const student = await enrolledStudentIn(course.id);
  const [first, second] = modules[0]!.lectureIds;
  const reading = modules[0]!.readingIds[0]!;

  const blocked = await record(student, second!, 10);
  expect(errorCodes(blocked)).toEqual(['FORBIDDEN']);
  expect(blocked.errors?.[0]?.extensions?.blockingItem).toMatchObject({ kind: 'lecture', id: first });

  expect((await record(student, first!, 600)).errors).toBeUndefined();
  expect((await record(student, second!, 10)).errors?.[0]?.extensions?.blockingItem).toMatchObject({ kind: 'reading', id: reading });
  expect((await view(student, reading)).errors).toBeUndefined();
  expect((await record(student, second!, 10)).errors).toBeUndefined();
});

test('a quiz in a sequential module holds later items until a graded attempt reaches its passing score', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2, sequential: true }] });
  const moduleId = modules[0]!.id;
  const [first, second] = modules[0]!.lectureIds;
  // Lectures sit at positions 0 and 1; the quiz at 0 comes right after the first lecture.
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId, authorId: owner.id, title: 'Checkpoint', passingScorePercent: 60, questionPoints: [5, 5] });
  const student = await enrolledStudentIn(course.id);
  await record(student, first!, 600);

  expect((await record(student, second!, 10)).errors?.[0]?.extensions?.blockingItem).toMatchObject({ kind: 'quiz', id: quiz.id });
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 5, maxScore: 10 });
  expect(errorCodes(await record(student, second!, 10))).toEqual(['FORBIDDEN']);
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 6, maxScore: 10, number: 2 });
  expect((await record(student, second!, 10)).errors).toBeUndefined();
});

test('viewed readings count toward the percent, and archived lectures stop counting', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2, readings: 1 }] });
  const student = await enrolledStudentIn(course.id);
  const viewed = await view(student, modules[0]!.readingIds[0]!);
  expect(viewed.errors).toBeUndefined();
  expect(viewed.data?.markReadingViewed.enrollment.progress.percent).toBe(33.3);

  await prisma.lecture.update({ where: { id: modules[0]!.lectureIds[1]! }, data: { archivedAt: new Date() } });
  const progress = await progressIn(student, course.id);
  expect(progress?.progress).toMatchObject({ percent: 50, completedItems: 1, totalItems: 2 });
  expect(progress?.lectureProgress.map((lecture) => lecture.lecture.title)).toEqual(['Lecture 1.1']);
  expect(errorCodes(await record(student, modules[0]!.lectureIds[1]!, 10))).toEqual(['NOT_FOUND']);
});

test('lecture progress lists every live lecture with the student’s position', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2 }, { lectures: 1 }] });
  const student = await enrolledStudentIn(course.id);
  await record(student, modules[0]!.lectureIds[1]!, 42);
  const progress = await progressIn(student, course.id);
  expect(progress?.lectureProgress).toEqual([
    { lecture: { title: 'Lecture 1.1' }, positionSeconds: 0, completed: false },
    { lecture: { title: 'Lecture 1.2' }, positionSeconds: 42, completed: false },
    { lecture: { title: 'Lecture 2.1' }, positionSeconds: 0, completed: false },
  ]);
});

test('a module that requires every item waits until each quiz and assignment is graded', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
  const moduleId = modules[0]!.id;
  const student = await enrolledStudentIn(course.id);
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId, authorId: owner.id, questionPoints: [2] });
  const assignment = await createAssignment(prisma, { courseId: course.id, moduleId, points: 10 });

  const watched = await record(student, modules[0]!.lectureIds[0]!, 600);
  expect(watched.data?.recordLectureProgress.enrollment).toMatchObject({ status: 'active', finalGrade: null });
  expect((await progressIn(student, course.id))?.progress).toMatchObject({ completedItems: 1, totalItems: 3 });

  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 2, maxScore: 2 });
  const again = await record(student, modules[0]!.lectureIds[0]!, 600);
  expect(again.data?.recordLectureProgress.enrollment.status).toBe('active');

  await gradedSubmission(prisma, { assignmentId: assignment.id, userId: student.id, score: 7, graderId: owner.id });
  const last = await record(student, modules[0]!.lectureIds[0]!, 600);
  // (2 + 7) of (2 + 10) points.
  expect(last.data?.recordLectureProgress.enrollment).toMatchObject({ status: 'completed', finalGrade: 75 });
});

test('completing the last item completes the course with its final grade, a certificate and one CourseCompleted event', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
  const moduleId = modules[0]!.id;
  const student = await enrolledStudentIn(course.id);
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId, authorId: owner.id, questionPoints: [2, 2] });
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 1, maxScore: 4 });
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 3, maxScore: 4, number: 2 });
  const assignment = await createAssignment(prisma, { courseId: course.id, moduleId, points: 10 });
  await gradedSubmission(prisma, { assignmentId: assignment.id, userId: student.id, score: 8, graderId: owner.id });
  // Never graded for this student: it counts in full as points possible. The module asks only for its
  // lecture, so the ungraded quiz does not hold completion back.
  await createQuiz(prisma, { courseId: course.id, moduleId, authorId: owner.id, position: 1, questionPoints: [1] });
  await prisma.module.update({ where: { id: moduleId }, data: { requireAllItems: false } });

  const response = await record(student, modules[0]!.lectureIds[0]!, 600);
  expect(response.errors).toBeUndefined();
  const enrollment = response.data!.recordLectureProgress.enrollment;
  // (3 + 8) of (4 + 10 + 1) points.
  expect(enrollment).toMatchObject({ status: 'completed', finalGrade: 73.3, completedAt: expect.any(String) });
  expect(enrollment.certificate?.code).toMatch(/^SF-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

  const events = await completionEvents(enrollment.id);
  expect(events).toHaveLength(1);
  expect(events[0]?.payload).toEqual({
    enrollmentId: enrollment.id,
    userId: student.id,
    courseId: course.id,
    finalGrade: 73.3,
    completedAt: enrollment.completedAt,
    certificateCode: enrollment.certificate?.code,
    courseTitle: course.title,
  });

  // Rewatching afterwards changes nothing about the completion.
  await record(student, modules[0]!.lectureIds[0]!, 10);
  expect(await completionEvents(enrollment.id)).toHaveLength(1);
});

test('a course without assessments completes with a final grade of 100', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1, readings: 1 }] });
  const student = await enrolledStudentIn(course.id);
  await view(student, modules[0]!.readingIds[0]!);
  const response = await record(student, modules[0]!.lectureIds[0]!, 0, true);
  expect(response.data?.recordLectureProgress.enrollment).toMatchObject({ status: 'completed', finalGrade: 100 });
});

test('a module requiring a quiz score is not complete until the score is reached', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
  const moduleId = modules[0]!.id;
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId, authorId: owner.id, questionPoints: [10] });
  await prisma.module.update({ where: { id: moduleId }, data: { requiredQuizId: quiz.id, requiredScorePercent: 80 } });
  const student = await enrolledStudentIn(course.id);
  await gradedAttempt(prisma, { quizId: quiz.id, userId: student.id, courseId: course.id, score: 7, maxScore: 10 });
  const response = await record(student, modules[0]!.lectureIds[0]!, 600);
  expect(response.data?.recordLectureProgress.enrollment).toMatchObject({ status: 'active', progress: { percent: 100 } });
});

test('the last two items recorded at the same time complete the course exactly once', async () => {
  for (let round = 0; round < 4; round += 1) {
    const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }, { lectures: 1 }] });
    const student = await enrolledStudentIn(course.id);
    const responses = await Promise.all([record(student, modules[0]!.lectureIds[0]!, 600), record(student, modules[1]!.lectureIds[0]!, 600)]);
    expect(responses.map((response) => response.errors)).toEqual([undefined, undefined]);
    const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { courseId_userId: { courseId: course.id, userId: student.id } } });
    expect(enrollment.status).toBe('completed');
    expect(await prisma.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
    expect(await completionEvents(enrollment.id)).toHaveLength(1);
  }
});
