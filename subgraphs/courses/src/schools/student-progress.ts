// The course progress of a school's sharing students: their active and completed enrollments, oldest
// enrollment first, with percent complete computed as Enrollment.progress computes it. A page costs a
// fixed number of statements however many students and courses it holds: one for the page, one for
// its enrollments, and the batched outline and learner-fact loads.
import type { Db, Enrollment } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { loadCourseOutlines } from '../learning/course-outline';
import { emptyLearnerFacts, learnerKey, loadLearnerFacts } from '../learning/learner-facts';
import { summarizeProgress } from '../learning/requirements';

/** Page size when the caller does not say. */
export const DEFAULT_PROGRESS_PAGE_SIZE = 20;
/** Largest page a caller may ask for. */
export const MAX_PROGRESS_PAGE_SIZE = 100;

export interface SchoolStudentProgress {
  enrollment: Enrollment;
  /** Whole percent of the course's live items finished, 0 to 100. */
  percentComplete: number;
}

export interface SchoolProgressPage {
  rows: { cursor: string; progress: SchoolStudentProgress }[];
  hasNextPage: boolean;
}

export interface SchoolProgressOptions {
  /** Only this course. @default every course */
  courseId?: string | null;
  /** 1 to MAX_PROGRESS_PAGE_SIZE. @default DEFAULT_PROGRESS_PAGE_SIZE */
  first?: number | null;
  /** The `endCursor` of the previous page. @default the first enrollment */
  after?: string | null;
}

// The cursor is the last enrollment's id: the position (enrolled at, id) is read back from it in SQL.
export const encodeProgressCursor = (enrollmentId: string): string => Buffer.from(enrollmentId).toString('base64url');

export function decodeProgressCursor(cursor: string): string {
  const enrollmentId = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(enrollmentId)) throw badInput('That cursor is not one this list gave out; load the first page again.', 'after');
  return enrollmentId;
}

function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PROGRESS_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PROGRESS_PAGE_SIZE) {
    throw badInput(`Ask for 1 to ${MAX_PROGRESS_PAGE_SIZE} rows per page.`, 'first');
  }
  return first;
}

export async function schoolProgressPage(db: Db, schoolId: string, options: SchoolProgressOptions, now: Date = new Date()): Promise<SchoolProgressPage> {
  const size = pageSize(options.first);
  const after = options.after == null ? null : decodeProgressCursor(options.after);
  const courseId = options.courseId ?? null;
  if (courseId !== null && !isUuid(courseId)) throw badInput('That is not a valid course id.', 'courseId');
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id::text AS id
      FROM courses.enrollment e
      JOIN courses.school_student s ON s.user_id = e.user_id AND s.school_id = ${schoolId}::uuid
     WHERE e.status <> 'dropped'
       AND (${courseId}::uuid IS NULL OR e.course_id = ${courseId}::uuid)
       AND (${after}::uuid IS NULL OR (e.enrolled_at, e.id) > (SELECT c.enrolled_at, c.id FROM courses.enrollment c WHERE c.id = ${after}::uuid))
     ORDER BY e.enrolled_at, e.id
     LIMIT ${size + 1}`;
  const ids = page.slice(0, size).map((row) => row.id);
  const enrollments = ids.length === 0 ? [] : await db.enrollment.findMany({ where: { id: { in: ids } } });
  const byId = new Map(enrollments.map((enrollment) => [enrollment.id, enrollment]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);

  const outlines = await loadCourseOutlines(db, ordered.map((enrollment) => enrollment.courseId));
  const facts = await loadLearnerFacts(db, ordered.map((enrollment) => ({ userId: enrollment.userId, courseId: enrollment.courseId })));
  return {
    rows: ordered.map((enrollment) => {
      const outline = outlines.get(enrollment.courseId) ?? { courseId: enrollment.courseId, modules: [], quizPassingScores: new Map<string, number>() };
      const summary = summarizeProgress(outline, facts.get(learnerKey(enrollment)) ?? emptyLearnerFacts(), now);
      // As Enrollment.progress: a completed course with nothing left to count still reads as done.
      const percent = enrollment.status === 'completed' && summary.totalItems === 0 ? 100 : summary.percent;
      // Rounded down, so only a finished course reads 100.
      return { cursor: encodeProgressCursor(enrollment.id), progress: { enrollment, percentComplete: Math.floor(percent) } };
    }),
    hasNextPage: page.length > size,
  };
}
