// What a student has done in a course: lecture positions and completions, readings viewed, the best
// graded score on each quiz and the graded assignments. Loaded for many (student, course) pairs at once in a fixed number of statements.
import type { Db } from '../../../kit/src/db';

export interface LectureProgressFact {
  positionSeconds: number;
  completedAt: Date | null;
  updatedAt: Date;
}

export interface LearnerFacts {
  lectures: Map<string, LectureProgressFact>;
  /** When each reading was first viewed. */
  readings: Map<string, Date>;
  /** The best `scorePercent` of a graded attempt, per quiz (a quiz is absent until an attempt is graded). */
  bestQuizPercent: Map<string, number>;
  /** Assignments whose submission has been graded. */
  gradedAssignments: Set<string>;
}

export interface LearnerCourse {
  userId: string;
  courseId: string;
}

export const learnerKey = (pair: LearnerCourse): string => `${pair.userId}|${pair.courseId}`;

export const emptyLearnerFacts = (): LearnerFacts => ({ lectures: new Map(), readings: new Map(), bestQuizPercent: new Map(), gradedAssignments: new Set() });

/** Facts of every pair, keyed by `learnerKey`; pairs with no activity get empty facts. */
export async function loadLearnerFacts(db: Db, pairs: readonly LearnerCourse[]): Promise<Map<string, LearnerFacts>> {
  const facts = new Map<string, LearnerFacts>(pairs.map((pair) => [learnerKey(pair), emptyLearnerFacts()]));
  if (pairs.length === 0) return facts;
  // The cross product of the users and courses asked for; rows outside the asked pairs are dropped below.
  const where = {
    userId: { in: [...new Set(pairs.map((pair) => pair.userId))] },
    courseId: { in: [...new Set(pairs.map((pair) => pair.courseId))] },
  };
  // Sequential on purpose: `db` is often a transaction, whose one connection runs one statement at a time.
  const lectures = await db.lectureProgress.findMany({
    where,
    select: { userId: true, courseId: true, lectureId: true, positionSeconds: true, completedAt: true, updatedAt: true },
  });
  const readings = await db.readingView.findMany({ where, select: { userId: true, courseId: true, readingId: true, viewedAt: true } });
  const quizzes = await db.quizAttempt.groupBy({
    by: ['userId', 'courseId', 'quizId'],
    where: { ...where, status: 'graded', scorePercent: { not: null } },
    _max: { scorePercent: true },
  });
  const submissions = await db.assignmentSubmission.findMany({
    where: { userId: where.userId, score: { not: null }, assignment: { courseId: where.courseId } },
    select: { userId: true, assignmentId: true, assignment: { select: { courseId: true } } },
  });
  for (const row of lectures) {
    facts.get(learnerKey(row))?.lectures.set(row.lectureId, { positionSeconds: row.positionSeconds, completedAt: row.completedAt, updatedAt: row.updatedAt });
  }
  for (const row of readings) facts.get(learnerKey(row))?.readings.set(row.readingId, row.viewedAt);
  for (const row of submissions) {
    facts.get(learnerKey({ userId: row.userId, courseId: row.assignment.courseId }))?.gradedAssignments.add(row.assignmentId);
  }
  for (const row of quizzes) {
    const best = row._max.scorePercent;
    if (best !== null) facts.get(learnerKey(row))?.bestQuizPercent.set(row.quizId, best);
  }
  return facts;
}

export async function loadLearnerFactsOf(db: Db, pair: LearnerCourse): Promise<LearnerFacts> {
  return (await loadLearnerFacts(db, [pair])).get(learnerKey(pair)) ?? emptyLearnerFacts();
}
