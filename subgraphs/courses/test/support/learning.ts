// Typed factories for learning tests: enrollments, quizzes with graded attempts, graded assignments,
// access grants and guardian links, written straight to the database. Also the GraphQL documents the
// learning tests share.
import { randomUUID } from 'node:crypto';
import type { EnrollmentStatus, PrismaClient } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';

export async function enrollDirectly(
  prisma: PrismaClient,
  input: { userId: string; courseId: string; status?: EnrollmentStatus; courseVersion?: number },
) {
  const status = input.status ?? 'active';
  return prisma.enrollment.create({
    data: {
      userId: input.userId,
      courseId: input.courseId,
      status,
      courseVersion: input.courseVersion ?? 1,
      completedAt: status === 'completed' ? new Date() : null,
      droppedAt: status === 'dropped' ? new Date() : null,
      finalGrade: status === 'completed' ? 90 : null,
    },
  });
}

export interface QuizSpec {
  courseId: string;
  moduleId: string;
  authorId: string;
  title?: string;
  position?: number;
  passingScorePercent?: number;
  /** Points of each question. @default [1] */
  questionPoints?: number[];
}

/** A quiz of true/false questions worth the given points. */
export async function createQuiz(prisma: PrismaClient, spec: QuizSpec) {
  const quiz = await prisma.quiz.create({
    data: {
      courseId: spec.courseId,
      moduleId: spec.moduleId,
      position: spec.position ?? 0,
      title: spec.title ?? 'Test Quiz',
      passingScorePercent: spec.passingScorePercent ?? 60,
    },
  });
  for (const [position, points] of (spec.questionPoints ?? [1]).entries()) {
    const question = await prisma.question.create({
      data: {
        courseId: spec.courseId,
        authorId: spec.authorId,
        type: 'true_false',
        prompt: `Question ${position + 1}`,
        answerKey: { value: true },
        subject: 'Testing',
        topic: 'Basics',
      },
    });
    await prisma.quizQuestion.create({ data: { quizId: quiz.id, questionId: question.id, position, points } });
  }
  return quiz;
}

/** A graded attempt scoring `score` of `maxScore`. */
export async function gradedAttempt(
  prisma: PrismaClient,
  input: { quizId: string; userId: string; courseId: string; score: number; maxScore: number; number?: number; gradedAt?: Date },
) {
  const gradedAt = input.gradedAt ?? new Date();
  return prisma.quizAttempt.create({
    data: {
      quizId: input.quizId,
      userId: input.userId,
      courseId: input.courseId,
      number: input.number ?? 1,
      status: 'graded',
      layout: [],
      submittedAt: gradedAt,
      score: input.score,
      maxScore: input.maxScore,
      scorePercent: input.maxScore > 0 ? (input.score / input.maxScore) * 100 : 0,
      gradedAt,
    },
  });
}

export async function createAssignment(prisma: PrismaClient, input: { courseId: string; moduleId: string; points: number; title?: string; position?: number }) {
  return prisma.assignment.create({
    data: { courseId: input.courseId, moduleId: input.moduleId, points: input.points, title: input.title ?? 'Test Assignment', position: input.position ?? 0 },
  });
}

export async function gradedSubmission(prisma: PrismaClient, input: { assignmentId: string; userId: string; score: number; graderId: string }) {
  return prisma.assignmentSubmission.create({
    data: { assignmentId: input.assignmentId, userId: input.userId, body: 'My work.', score: input.score, gradedById: input.graderId, gradedAt: new Date() },
  });
}

export async function grantAccessDirectly(prisma: PrismaClient, input: { userId: string; courseId: string }) {
  return prisma.courseAccessGrant.create({ data: { userId: input.userId, courseId: input.courseId, orderId: `order-${randomUUID()}` } });
}

/** Writes an event into the courses outbox, as economy (or any producer) would, for the bus to relay. */
export function emitCoursesEvent(prisma: PrismaClient, type: string, payload: unknown) {
  return emitEvent(prisma, 'courses', type, payload);
}

/** A confirmed parent link on both sides: users' own row (for User.children) and the courses mirror. */
export async function linkParentDirectly(prisma: PrismaClient, input: { parentId: string; childId: string }) {
  await prisma.parentLink.create({ data: { parentId: input.parentId, childId: input.childId, status: 'confirmed', respondedAt: new Date() } });
  await prisma.guardianLink.create({ data: { parentId: input.parentId, childId: input.childId } });
}

export const ENROLL = `mutation Enroll($courseId: ID!) { enroll(courseId: $courseId) { id status courseVersion enrolledAt } }`;
export const DROP = `mutation Drop($courseId: ID!) { dropCourse(courseId: $courseId) { id status droppedAt } }`;
export const RECORD = `mutation Record($lectureId: ID!, $positionSeconds: Int!, $completed: Boolean) {
  recordLectureProgress(lectureId: $lectureId, positionSeconds: $positionSeconds, completed: $completed) {
    positionSeconds completed completedAt
    enrollment { id status finalGrade completedAt progress { percent completedItems totalItems } certificate { code } }
  }
}`;
export const VIEW = `mutation View($readingId: ID!) {
  markReadingViewed(readingId: $readingId) { viewedAt reading { id } enrollment { status progress { percent completedItems totalItems } } }
}`;

export interface RecordData {
  recordLectureProgress: {
    positionSeconds: number;
    completed: boolean;
    completedAt: string | null;
    enrollment: {
      id: string;
      status: string;
      finalGrade: number | null;
      completedAt: string | null;
      progress: { percent: number; completedItems: number; totalItems: number };
      certificate: { code: string } | null;
    };
  };
}
