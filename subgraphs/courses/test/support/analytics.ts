// Factories for analytics tests: enrollments at a given time, graded quiz attempts with answers, and
// lecture progress, written straight to the database so each test knows its exact numbers.
import type { AttemptStatus, EnrollmentStatus, PrismaClient } from '../../../kit/src/db';

export async function enrollAt(prisma: PrismaClient, courseId: string, userId: string, enrolledAt: string, status: EnrollmentStatus = 'active') {
  return prisma.enrollment.create({ data: { courseId, userId, courseVersion: 1, status, enrolledAt: new Date(enrolledAt) } });
}

export async function createQuestion(prisma: PrismaClient, courseId: string, authorId: string, prompt: string) {
  return prisma.question.create({
    data: { courseId, authorId, type: 'true_false', prompt, answerKey: { value: true }, subject: 'Analytics', topic: 'Testing' },
  });
}

export interface AnswerSpec {
  questionId: string;
  /** Points shown in the attempt's layout. */
  points: number;
  autoScore?: number | null;
  manualScore?: number | null;
}

export async function createAttempt(
  prisma: PrismaClient,
  spec: { quizId: string; courseId: string; userId: string; number?: number; status?: AttemptStatus; scorePercent?: number | null; answers?: AnswerSpec[] },
) {
  const answers = spec.answers ?? [];
  return prisma.quizAttempt.create({
    data: {
      quizId: spec.quizId,
      courseId: spec.courseId,
      userId: spec.userId,
      number: spec.number ?? 1,
      status: spec.status ?? 'graded',
      layout: answers.map((answer) => ({ questionId: answer.questionId, points: answer.points, optionIds: [] })),
      maxScore: answers.reduce((sum, answer) => sum + answer.points, 0) || 10,
      scorePercent: spec.scorePercent ?? null,
      submittedAt: new Date(),
      gradedAt: spec.status === 'graded' || spec.status === undefined ? new Date() : null,
      answers: {
        create: answers.map((answer) => ({
          questionId: answer.questionId,
          response: { value: true },
          autoScore: answer.autoScore ?? null,
          manualScore: answer.manualScore ?? null,
        })),
      },
    },
  });
}

export async function recordLectureProgress(prisma: PrismaClient, spec: { userId: string; lectureId: string; courseId: string; completed: boolean }) {
  return prisma.lectureProgress.create({
    data: { userId: spec.userId, lectureId: spec.lectureId, courseId: spec.courseId, positionSeconds: 120, completedAt: spec.completed ? new Date() : null },
  });
}
