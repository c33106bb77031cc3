// A student's accuracy per topic, from their practice answers and their graded quiz answers. An answer
// counts as correct only with full marks (partial credit on a multi-select question is not correct).
// Exam-mode practice counts once submitted; quiz answers count once their attempt is submitted and the
// answer has a final score (an essay waiting for its grade does not count yet).
import type { Db } from '../../../kit/src/db';

export interface TopicStat {
  topic: string;
  answered: number;
  correct: number;
  /** correct / answered, 0..1. */
  accuracy: number;
}

interface TopicRow {
  topic: string;
  answered: number;
  correct: number;
}

export async function topicAccuracy(db: Db, userId: string, courseIds: readonly string[]): Promise<TopicStat[]> {
  if (courseIds.length === 0) return [];
  const rows = await db.$queryRawUnsafe<TopicRow[]>(
    `SELECT question.topic AS topic, count(*)::int AS answered, count(*) FILTER (WHERE answer.full_marks)::int AS correct
       FROM (
         SELECT practice.question_id, practice.score >= 1 AS full_marks
           FROM courses.practice_answer AS practice
           JOIN courses.practice_session AS sitting ON sitting.id = practice.session_id
          WHERE practice.user_id = $1::uuid
            AND practice.score IS NOT NULL
            AND (sitting.mode = 'practice' OR sitting.submitted_at IS NOT NULL)
         UNION ALL
         SELECT quiz_answer.question_id, coalesce(quiz_answer.manual_score, quiz_answer.auto_score) >= placed.points AS full_marks
           FROM courses.quiz_attempt AS attempt
           JOIN courses.attempt_answer AS quiz_answer ON quiz_answer.attempt_id = attempt.id
           JOIN LATERAL (
             SELECT (entry ->> 'points')::float8 AS points
               FROM jsonb_array_elements(attempt.layout) AS entry
              WHERE entry ->> 'questionId' = quiz_answer.question_id::text
              LIMIT 1
           ) AS placed ON placed.points > 0
          WHERE attempt.user_id = $1::uuid
            AND attempt.status <> 'in_progress'
            AND coalesce(quiz_answer.manual_score, quiz_answer.auto_score) IS NOT NULL
       ) AS answer
       JOIN courses.question AS question ON question.id = answer.question_id
      WHERE question.course_id = ANY($2::uuid[])
      GROUP BY question.topic`,
    userId,
    [...courseIds],
  );
  return rows.map((row) => ({ ...row, accuracy: row.answered === 0 ? 0 : row.correct / row.answered }));
}

/** Lowest accuracy first; among equals, the topic answered more often (the surer weakness), then by name. */
export function weakestFirst(stats: readonly TopicStat[]): TopicStat[] {
  return [...stats].sort(
    (left, right) => left.accuracy - right.accuracy || right.answered - left.answered || left.topic.localeCompare(right.topic),
  );
}
