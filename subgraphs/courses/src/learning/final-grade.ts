// The final grade fixed at completion: points earned over points possible across the course's live
// quizzes (best graded attempt each; a quiz never graded earns 0 of its points) and graded assignment
// submissions, as a percent with one decimal. A course without assessments grades 100.
import type { Db } from '../../../kit/src/db';
import { percentOf } from './requirements';

export interface AssessmentScore {
  earned: number;
  possible: number;
}

export function finalGradePercent(scores: readonly AssessmentScore[]): number {
  const possible = scores.reduce((sum, score) => sum + score.possible, 0);
  if (possible <= 0) return 100;
  const earned = scores.reduce((sum, score) => sum + Math.max(0, Math.min(score.earned, score.possible)), 0);
  return percentOf(earned, possible);
}

const LIVE_IN_LIVE_MODULE = { archivedAt: null, module: { archivedAt: null } } as const;

/** One student's scores in one course, read in three statements. */
export async function loadAssessmentScores(db: Db, input: { userId: string; courseId: string }): Promise<AssessmentScore[]> {
  // Sequential on purpose: `db` is often a transaction, whose one connection runs one statement at a time.
  const quizzes = await db.quiz.findMany({
    where: { courseId: input.courseId, ...LIVE_IN_LIVE_MODULE },
    select: { id: true, questions: { select: { points: true } } },
  });
  const attempts = await db.quizAttempt.findMany({
    where: { courseId: input.courseId, userId: input.userId, status: 'graded', score: { not: null } },
    select: { quizId: true, score: true, maxScore: true, scorePercent: true },
    orderBy: [{ scorePercent: { sort: 'desc', nulls: 'last' } }, { score: { sort: 'desc', nulls: 'last' } }],
  });
  const submissions = await db.assignmentSubmission.findMany({
    where: { userId: input.userId, score: { not: null }, assignment: { courseId: input.courseId, ...LIVE_IN_LIVE_MODULE } },
    select: { score: true, assignment: { select: { points: true } } },
  });
  const bestAttempt = new Map<string, { score: number; maxScore: number }>();
  for (const attempt of attempts) {
    if (!bestAttempt.has(attempt.quizId)) bestAttempt.set(attempt.quizId, { score: attempt.score ?? 0, maxScore: attempt.maxScore });
  }
  return [
    ...quizzes.map((quiz) => {
      const best = bestAttempt.get(quiz.id);
      return best
        ? { earned: best.score, possible: best.maxScore }
        : { earned: 0, possible: quiz.questions.reduce((sum, question) => sum + question.points, 0) };
    }),
    ...submissions.map((submission) => ({ earned: submission.score ?? 0, possible: submission.assignment.points })),
  ];
}
