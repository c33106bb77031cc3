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

/**
 * SQL for the tsquery of a person's search text, given the SQL of the text parameter: web-search
 * syntax stemmed with the same configuration as the vectors, then every stem matched as a prefix.
 * The English stemmer keeps "prayer" whole but cuts "praying" to "pray"; as a prefix, "pray" finds
 * both. The rewritten query is read with the simple configuration so stems are not stemmed again.
 */
export function searchQuerySql(textParameter: string): string {
  return `to_tsquery('simple', regexp_replace(websearch_to_tsquery('${SEARCH_CONFIGURATION}', ${textParameter})::text, '''((?:[^'']|'''')+)''', '''\\1'':*', 'g'))`;
}
