// Keeps a course's full-text search vector current. Called in the same transaction as any change to
// the course's title, summary, description, or its lectures' titles and transcripts.
import type { Db } from '../../../kit/src/db';

/** Text search configuration: English stemming ("praying" finds "prayer"). */
export const SEARCH_CONFIGURATION = 'english';

/**
 * Weights: title A, summary B, description C, lecture titles and transcripts D — so a title match
 * ranks above a match buried in a transcript.
 */
export async function refreshCourseSearch(db: Db, courseId: string): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE courses.course AS c SET search_vector =
        setweight(to_tsvector('${SEARCH_CONFIGURATION}', c.title), 'A') ||
        setweight(to_tsvector('${SEARCH_CONFIGURATION}', c.summary), 'B') ||
        setweight(to_tsvector('${SEARCH_CONFIGURATION}', c.description), 'C') ||
        setweight(to_tsvector('${SEARCH_CONFIGURATION}', coalesce((
          SELECT string_agg(l.title || ' ' || l.transcript, ' ')
            FROM courses.lecture AS l
           WHERE l.course_id = c.id AND l.archived_at IS NULL), '')), 'D')
      WHERE c.id = $1::uuid`,
    courseId,
  );
}
