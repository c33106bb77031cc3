// Finds the course material a question is about: full-text ranking over the tutor's passages of one
// course, leaning towards the lecture the session is about.
import type { Db, TutorCourse } from '../../../kit/src/db';
import type { Citation, RetrievedPassage } from './passage';
import { significantWords } from './significant-words';

export interface RetrievePassagesOptions {
  courseId: string;
  /** The session's lecture: its passages rank higher, and stand in when nothing matches. @default null */
  lectureId?: string | null;
  /** The student's question, as typed. */
  query: string;
  /** Most passages returned. @default 4 */
  limit?: number;
}

/** How much more a passage of the session's lecture counts than an equally matching one elsewhere. */
export const SESSION_LECTURE_BOOST = 1.5;

interface PassageRow {
  id: string;
  course_id: string;
  lecture_id: string | null;
  reading_id: string | null;
  source_title: string;
  module_title: string;
  text: string;
  rank: number;
}

/**
 * The tsquery text of a question: its significant words, each as a prefix, joined with OR. A question
 * rarely contains every word of the passage that answers it, so any word may match and ts_rank_cd
 * rewards passages that match more of them. The words are letters and digits only, so nothing the
 * student types can become tsquery syntax; `to_tsquery('english', …)` stems them like the vectors.
 */
export function questionTsQuery(question: string): string {
  return significantWords(question)
    .map((word) => `${word}:*`)
    .join(' | ');
}

/**
 * The best passages of the course for `query`, best first, in one SQL statement. When nothing matches
 * but the session has a lecture, that lecture's first passages are returned with rank 0, so the tutor
 * still speaks from the lecture the student is on.
 */
export async function retrievePassages(db: Db, options: RetrievePassagesOptions): Promise<RetrievedPassage[]> {
  const lectureId = options.lectureId ?? null;
  const limit = Math.max(1, Math.floor(options.limit ?? 4));
  const tsQuery = questionTsQuery(options.query);
  const rows = await db.$queryRaw<PassageRow[]>`
    WITH search AS (
      SELECT CASE WHEN ${tsQuery}::text = '' THEN NULL ELSE to_tsquery('english', ${tsQuery}::text) END AS query
    ),
    matched AS (
      SELECT p.id, p.course_id, p.lecture_id, p.reading_id, p.source_title, p.module_title, p.text, p.position,
             (ts_rank_cd(p.search_vector, search.query)
               * CASE WHEN p.lecture_id = ${lectureId}::uuid THEN ${SESSION_LECTURE_BOOST}::float8 ELSE 1 END)::float8 AS rank,
             (p.lecture_id IS NOT DISTINCT FROM ${lectureId}::uuid) AS in_lecture
        FROM tutor.passage AS p, search
       WHERE p.course_id = ${options.courseId}::uuid AND p.search_vector @@ search.query
       ORDER BY rank DESC, in_lecture DESC, p.source_title, p.position, p.id
       LIMIT ${limit}
    ),
    lecture_opening AS (
      SELECT p.id, p.course_id, p.lecture_id, p.reading_id, p.source_title, p.module_title, p.text, p.position,
             0::float8 AS rank, true AS in_lecture
        FROM tutor.passage AS p
       WHERE p.course_id = ${options.courseId}::uuid AND p.lecture_id = ${lectureId}::uuid
         AND NOT EXISTS (SELECT 1 FROM matched)
       ORDER BY p.position
       LIMIT ${limit}
    )
    SELECT id, course_id, lecture_id, reading_id, source_title, module_title, text, rank
      FROM (SELECT * FROM matched UNION ALL SELECT * FROM lecture_opening) AS found
     ORDER BY rank DESC, in_lecture DESC, source_title, position, id`;
  return rows.map(toRetrievedPassage);
}

/** Every passage of a lecture, in order (the tools summarise or quiz a whole lecture). */
export async function lecturePassages(db: Db, lectureId: string): Promise<RetrievedPassage[]> {
  const passages = await db.tutorPassage.findMany({
    where: { lectureId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, courseId: true, lectureId: true, readingId: true, sourceTitle: true, moduleTitle: true, text: true },
  });
  return passages.map((passage) => ({ ...passage, rank: 0 }));
}

/** The course a lecture belongs to, as far as the tutor's copy of published material knows. */
export async function courseOfLecture(db: Db, lectureId: string): Promise<TutorCourse | null> {
  return db.tutorCourse.findFirst({ where: { passages: { some: { lectureId } } } });
}

/** The distinct sources of `passages`, in the order the passages come (best first). */
export function citationsFor(passages: readonly RetrievedPassage[]): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const passage of passages) {
    const key = passage.lectureId ? `lecture:${passage.lectureId}` : `reading:${passage.readingId ?? passage.sourceTitle}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ lectureId: passage.lectureId, readingId: passage.readingId, title: passage.sourceTitle });
  }
  return citations;
}

function toRetrievedPassage(row: PassageRow): RetrievedPassage {
  return {
    id: row.id,
    courseId: row.course_id,
    lectureId: row.lecture_id,
    readingId: row.reading_id,
    sourceTitle: row.source_title,
    moduleTitle: row.module_title,
    text: row.text,
    rank: Number(row.rank),
  };
}
