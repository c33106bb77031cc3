// Instructor analytics of one course over a period. Every figure describes the cohort of students who
// enrolled in [from, to): how many enrolled per day or week, how many completed, how they scored on
// quizzes and questions, and where they stopped watching. Each figure is one SQL statement, however
// many lectures, quizzes or students the course has.
import { Prisma, type Db } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { MAX_BUCKETS, bucketStart, bucketStarts, checkBucketCount, type TimeBucket } from '../../../kit/src/time-buckets';

export type AnalyticsBucket = TimeBucket;
export { MAX_BUCKETS, bucketStart, bucketStarts };

export interface AnalyticsWindow {
  courseId: string;
  /** Inclusive start of the enrollment period. */
  from: Date;
  /** Exclusive end of the enrollment period. */
  to: Date;
  bucket: AnalyticsBucket;
}

/** Throws BAD_USER_INPUT unless the period is ordered and yields at most MAX_BUCKETS buckets. */
export function checkWindow(window: AnalyticsWindow): AnalyticsWindow {
  if (window.from.getTime() >= window.to.getTime()) throw badInput('The period must end after it starts: make `to` later than `from`.', 'to');
  checkBucketCount(window.from, window.to, window.bucket, 'to');
  return window;
}

// Timestamps are stored as UTC without a zone; ISO text cast to `timestamp` keeps them comparable
// whatever the session's TimeZone setting is.
const fromOf = (window: AnalyticsWindow) => Prisma.sql`${window.from.toISOString()}::timestamp`;
const toOf = (window: AnalyticsWindow) => Prisma.sql`${window.to.toISOString()}::timestamp`;

/** The students who enrolled in the course during the window. */
const cohort = (window: AnalyticsWindow) => Prisma.sql`
  SELECT e.user_id FROM courses.enrollment e
   WHERE e.course_id = ${window.courseId}::uuid AND e.enrolled_at >= ${fromOf(window)} AND e.enrolled_at < ${toOf(window)}`;

export interface EnrollmentPeriod {
  periodStart: Date;
  enrollments: number;
}

export interface CompletionPeriod {
  periodStart: Date;
  completions: number;
}

/** The course's enrollments whose `instant` (enrolled_at or completed_at) falls in each bucket, empty ones included. */
async function enrollmentsPerBucket(db: Db, window: AnalyticsWindow, instant: 'enrolled_at' | 'completed_at'): Promise<{ periodStart: Date; count: number }[]> {
  // The column is one of two fixed names, never input.
  const column = Prisma.raw(`e.${instant}`);
  const rows = await db.$queryRaw<{ period: number; count: number }[]>`
    SELECT extract(epoch FROM date_trunc(${window.bucket}, ${column}))::float8 AS period, count(*)::int AS count
      FROM courses.enrollment e
     WHERE e.course_id = ${window.courseId}::uuid AND ${column} >= ${fromOf(window)} AND ${column} < ${toOf(window)}
     GROUP BY 1`;
  const counts = new Map(rows.map((row) => [Math.round(row.period * 1000), row.count]));
  return bucketStarts(window.from, window.to, window.bucket).map((periodStart) => ({ periodStart, count: counts.get(periodStart.getTime()) ?? 0 }));
}

export async function enrollmentsOverTime(db: Db, window: AnalyticsWindow): Promise<EnrollmentPeriod[]> {
  return (await enrollmentsPerBucket(db, window, 'enrolled_at')).map(({ periodStart, count }) => ({ periodStart, enrollments: count }));
}

/** Completions of the course per bucket, by when they happened (whenever the student enrolled). */
export async function completionsOverTime(db: Db, window: AnalyticsWindow): Promise<CompletionPeriod[]> {
  return (await enrollmentsPerBucket(db, window, 'completed_at')).map(({ periodStart, count }) => ({ periodStart, completions: count }));
}

/** completed / (active + completed + dropped) of the cohort; 0 when nobody enrolled. */
export async function completionRate(db: Db, window: AnalyticsWindow): Promise<number> {
  const [row] = await db.$queryRaw<{ completed: number; total: number }[]>`
    SELECT count(*) FILTER (WHERE e.status = 'completed')::int AS completed, count(*)::int AS total
      FROM courses.enrollment e
     WHERE e.course_id = ${window.courseId}::uuid AND e.enrolled_at >= ${fromOf(window)} AND e.enrolled_at < ${toOf(window)}`;
  return row === undefined || row.total === 0 ? 0 : row.completed / row.total;
}

export interface QuizScore {
  quizId: string;
  /** Graded attempts by the cohort. */
  attempts: number;
  /** Mean score percent of those attempts; null without any. */
  averagePercent: number | null;
}

/** Every live quiz in course order, with the cohort's graded attempts on it. */
export async function quizScores(db: Db, window: AnalyticsWindow): Promise<QuizScore[]> {
  return db.$queryRaw<QuizScore[]>`
    SELECT q.id::text AS "quizId",
           count(a.id)::int AS attempts,
           avg(COALESCE(a.score_percent, a.score * 100 / NULLIF(a.max_score, 0)))::float8 AS "averagePercent"
      FROM courses.quiz q
      JOIN courses.module m ON m.id = q.module_id
      LEFT JOIN courses.quiz_attempt a
        ON a.quiz_id = q.id AND a.status = 'graded' AND a.user_id IN (${cohort(window)})
     WHERE q.course_id = ${window.courseId}::uuid AND q.archived_at IS NULL AND m.archived_at IS NULL
     GROUP BY q.id, m.position, q.position
     ORDER BY m.position, q.position, q.id`;
}

export interface QuestionScore {
  questionId: string;
  prompt: string;
  /** Scored answers in the cohort's graded attempts. */
  answers: number;
  /** Mean share of the question's points earned, 0 to 1. */
  averageFraction: number;
}

/**
 * Every question answered in the cohort's graded attempts, hardest first. Each answer's final score
 * (an instructor's over the automatic one) is divided by the points the attempt showed the question
 * with (its layout), or the quiz's current points when the layout does not say.
 */
export async function questionScores(db: Db, window: AnalyticsWindow): Promise<QuestionScore[]> {
  return db.$queryRaw<QuestionScore[]>`
    SELECT aa.question_id::text AS "questionId",
           qu.prompt AS prompt,
           count(*)::int AS answers,
           avg(LEAST(1, GREATEST(0, COALESCE(aa.manual_score, aa.auto_score) / item.points)))::float8 AS "averageFraction"
      FROM courses.attempt_answer aa
      JOIN courses.quiz_attempt a ON a.id = aa.attempt_id
      JOIN courses.question qu ON qu.id = aa.question_id
      CROSS JOIN LATERAL (
        SELECT COALESCE(
          (SELECT (entry->>'points')::float8
             FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.layout) = 'array' THEN a.layout ELSE '[]'::jsonb END) entry
            WHERE entry->>'questionId' = aa.question_id::text AND jsonb_typeof(entry->'points') = 'number'
            LIMIT 1),
          (SELECT qq.points::float8 FROM courses.quiz_question qq WHERE qq.quiz_id = a.quiz_id AND qq.question_id = aa.question_id)
        ) AS points
      ) item
     WHERE a.course_id = ${window.courseId}::uuid AND a.status = 'graded' AND a.user_id IN (${cohort(window)})
       AND COALESCE(aa.manual_score, aa.auto_score) IS NOT NULL AND item.points > 0
     GROUP BY aa.question_id, qu.prompt
     ORDER BY "averageFraction" ASC, qu.prompt ASC, aa.question_id`;
}

export interface LectureDropOff {
  lectureId: string;
  /** Cohort students with any progress on the lecture. */
  started: number;
  /** Those of them who completed it. */
  completed: number;
  /** (started − completed) / started; 0 when nobody started. */
  dropOffRate: number;
}

/** Every live lecture in course order, with how many of the cohort started and finished it. */
export async function lectureDropOff(db: Db, window: AnalyticsWindow): Promise<LectureDropOff[]> {
  const rows = await db.$queryRaw<Omit<LectureDropOff, 'dropOffRate'>[]>`
    SELECT l.id::text AS "lectureId", count(p.user_id)::int AS started, count(p.completed_at)::int AS completed
      FROM courses.lecture l
      JOIN courses.module m ON m.id = l.module_id
      LEFT JOIN courses.lecture_progress p ON p.lecture_id = l.id AND p.user_id IN (${cohort(window)})
     WHERE l.course_id = ${window.courseId}::uuid AND l.archived_at IS NULL AND m.archived_at IS NULL
     GROUP BY l.id, m.position, l.position
     ORDER BY m.position, l.position, l.id`;
  return rows.map((row) => ({ ...row, dropOffRate: row.started === 0 ? 0 : (row.started - row.completed) / row.started }));
}
