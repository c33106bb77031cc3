// A student's grades: the best graded attempt of each live quiz and each graded assignment submission.
// Read for many students at once in a fixed number of statements.
import type { Db } from '../../../kit/src/db';
import { percentOf } from './requirements';

export type GradeItemType = 'quiz' | 'assignment';

export interface GradeRecord {
  userId: string;
  courseId: string;
  itemType: GradeItemType;
  itemId: string;
  title: string;
  score: number;
  maxScore: number;
  /** One decimal. */
  percent: number;
  gradedAt: Date | null;
}

const LIVE_IN_LIVE_MODULE = { archivedAt: null, module: { archivedAt: null } } as const;

/** Grades of each student, newest first. */
export async function loadGrades(db: Db, userIds: readonly string[]): Promise<Map<string, GradeRecord[]>> {
  const grades = new Map<string, GradeRecord[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grades;
  const users = { in: [...new Set(userIds)] };
  // Sequential on purpose: `db` may be a transaction, whose one connection runs one statement at a time.
  const attempts = await db.quizAttempt.findMany({
    where: { userId: users, status: 'graded', score: { not: null }, quiz: LIVE_IN_LIVE_MODULE },
    select: { userId: true, courseId: true, quizId: true, score: true, maxScore: true, scorePercent: true, gradedAt: true, quiz: { select: { title: true } } },
    orderBy: [{ scorePercent: { sort: 'desc', nulls: 'last' } }, { gradedAt: { sort: 'desc', nulls: 'last' } }],
  });
  const submissions = await db.assignmentSubmission.findMany({
    where: { userId: users, score: { not: null }, assignment: LIVE_IN_LIVE_MODULE },
    select: { userId: true, assignmentId: true, score: true, gradedAt: true, assignment: { select: { courseId: true, title: true, points: true } } },
  });
  const seenQuizzes = new Set<string>();
  for (const attempt of attempts) {
    // Attempts arrive best first: the first one per student and quiz is the grade.
    const key = `${attempt.userId}|${attempt.quizId}`;
    if (seenQuizzes.has(key)) continue;
    seenQuizzes.add(key);
    const score = attempt.score ?? 0;
    grades.get(attempt.userId)?.push({
      userId: attempt.userId,
      courseId: attempt.courseId,
      itemType: 'quiz',
      itemId: attempt.quizId,
      title: attempt.quiz.title,
      score,
      maxScore: attempt.maxScore,
      percent: attempt.scorePercent === null ? percentOf(score, attempt.maxScore) : Math.round(attempt.scorePercent * 10) / 10,
      gradedAt: attempt.gradedAt,
    });
  }
  for (const submission of submissions) {
    const score = submission.score ?? 0;
    grades.get(submission.userId)?.push({
      userId: submission.userId,
      courseId: submission.assignment.courseId,
      itemType: 'assignment',
      itemId: submission.assignmentId,
      title: submission.assignment.title,
      score,
      maxScore: submission.assignment.points,
      percent: percentOf(score, submission.assignment.points),
      gradedAt: submission.gradedAt,
    });
  }
  for (const list of grades.values()) list.sort((a, b) => (b.gradedAt?.getTime() ?? 0) - (a.gradedAt?.getTime() ?? 0));
  return grades;
}
