// The rules assessment input follows, as zod schemas for the GraphQL arguments. Messages are shown to
// people as they are, so each says what to send instead.
import { z } from 'zod';
import { ASSIGNMENT_BODY_MAX_CHARACTERS } from './assignments';
import { MAX_ANSWERS_PER_SAVE } from './attempts';
import { PRACTICE_MAX_QUESTIONS } from './practice';

/** Any id a client sends: the 8-4-4-4-12 hex shape Postgres accepts for a uuid column. */
export const idRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

export const FEEDBACK_MAX_CHARACTERS = 10_000;
export const MAX_RUBRIC_SCORES = 30;
export const MAX_PRACTICE_COURSES = 20;
export const MAX_PRACTICE_TOPICS = 20;
/** Ten hours: longer than any sitting. */
export const MAX_EXAM_MINUTES = 600;

export const feedbackRule = z
  .string()
  .max(FEEDBACK_MAX_CHARACTERS, `Keep feedback within ${FEEDBACK_MAX_CHARACTERS.toLocaleString('en')} characters.`)
  .transform((text) => text.trim());

export const assignmentBodyRule = z
  .string()
  .max(ASSIGNMENT_BODY_MAX_CHARACTERS, `Keep the submission within ${ASSIGNMENT_BODY_MAX_CHARACTERS.toLocaleString('en')} characters; attach longer work as a file.`)
  .transform((text) => text.trim())
  .pipe(z.string().min(1, 'Write your submission before sending it.'));

export const rubricScoresRule = z
  .array(
    z.object({
      criterionId: z.string().min(1, 'Name the criterion each score is for.').max(40, 'That is not a criterion of this rubric.'),
      points: z.number().finite('Points must be a number.').min(0, 'Points cannot be negative.'),
    }),
  )
  .max(MAX_RUBRIC_SCORES, `A rubric has at most ${MAX_RUBRIC_SCORES} criteria.`);

export const answersRule = z
  .array(z.unknown())
  .min(1, 'Send at least one answer.')
  .max(MAX_ANSWERS_PER_SAVE, `Save at most ${MAX_ANSWERS_PER_SAVE} answers at a time.`);

export const optionIdsRule = z.array(z.string().max(40, 'That is not an option of this question.')).max(50, 'Choose at most 50 options.');

export const practiceCourseIdsRule = z
  .array(idRule('course'))
  .min(1, 'Choose at least one course to practise.')
  .max(MAX_PRACTICE_COURSES, `Practise with at most ${MAX_PRACTICE_COURSES} courses at a time.`);

export const topicsRule = z
  .array(z.string().trim().min(1, 'A topic cannot be blank.').max(100, 'A topic has at most 100 characters.'))
  .max(MAX_PRACTICE_TOPICS, `Choose at most ${MAX_PRACTICE_TOPICS} topics.`);

export const questionCountRule = z
  .number()
  .int('Ask for a whole number of questions.')
  .min(1, 'Ask for at least 1 question.')
  .max(PRACTICE_MAX_QUESTIONS, `Ask for at most ${PRACTICE_MAX_QUESTIONS} questions.`);

export const examMinutesRule = z
  .number()
  .int('Give the time limit in whole minutes.')
  .min(1, 'Give the exam at least 1 minute.')
  .max(MAX_EXAM_MINUTES, `An exam lasts at most ${MAX_EXAM_MINUTES} minutes.`);
