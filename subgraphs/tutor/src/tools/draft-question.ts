// A question the tutor drafts for an instructor, in the shape courses' question bank accepts: the same
// type names, options with short ids, and the answer key courses grades by. `questionInput` of a draft
// is a complete CreateQuestionInput, so a client can send it to createQuestion unchanged.
import { z } from 'zod';

export const QUESTION_TYPES = ['multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Most options a drafted choice question offers (courses accepts up to 20). */
export const MAX_DRAFT_OPTIONS = 6;
/** Courses' limit for subject and topic. */
const SUBJECT_TOPIC_MAX = 100;

export const draftOptionSchema = z.object({ id: z.string(), text: z.string(), correct: z.boolean() });
export type DraftOption = z.infer<typeof draftOptionSchema>;

export const rubricCriterionSchema = z.object({ id: z.string(), title: z.string(), description: z.string(), points: z.number().int() });
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

/** Courses' answer key per type (question-spec.ts there): choice, true/false, short answer, essay. */
export const answerKeySchema = z.union([
  z.object({ correctOptionIds: z.array(z.string()) }),
  z.object({ value: z.boolean() }),
  z.object({ acceptedAnswers: z.array(z.string()), caseSensitive: z.boolean() }),
  z.object({ rubric: z.array(rubricCriterionSchema) }),
]);
export type AnswerKey = z.infer<typeof answerKeySchema>;

export const draftQuestionSchema = z.object({
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  /** Empty for true/false, short-answer and essay questions. */
  options: z.array(draftOptionSchema),
  /** The expected answer in words: the correct option(s), true/false, the accepted answer or, for an essay, what a good one covers. */
  answer: z.string(),
  explanation: z.string(),
  /** The lecture's words the question rests on. */
  sourceExcerpt: z.string(),
  /** Courses' answer key for this type. */
  answerKey: answerKeySchema,
  subject: z.string(),
  topic: z.string(),
});
export type DraftQuestion = z.infer<typeof draftQuestionSchema>;

export const storedDraftQuestionsSchema = z.array(draftQuestionSchema);

/** Option ids as courses' examples write them: a, b, c, … */
export const optionId = (index: number) => String.fromCharCode(97 + index);

/** Where the question sits in the bank: the course as subject, the lecture as topic. */
export interface QuestionPlace {
  subject: string;
  topic: string;
}

const fit = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function place(where: QuestionPlace): QuestionPlace {
  return { subject: fit(where.subject, SUBJECT_TOPIC_MAX), topic: fit(where.topic, SUBJECT_TOPIC_MAX) };
}

interface Common {
  prompt: string;
  explanation: string;
  sourceExcerpt: string;
}

export function choiceQuestion(
  type: 'multiple_choice_single' | 'multiple_choice_multi',
  common: Common,
  options: { text: string; correct: boolean }[],
  where: QuestionPlace,
): DraftQuestion {
  const withIds = options.map((option, index) => ({ id: optionId(index), text: option.text, correct: option.correct }));
  const correct = withIds.filter((option) => option.correct);
  return {
    type,
    ...common,
    options: withIds,
    answer: correct.map((option) => option.text).join('; '),
    answerKey: { correctOptionIds: correct.map((option) => option.id) },
    ...place(where),
  };
}

export function trueFalseQuestion(common: Common, value: boolean, where: QuestionPlace): DraftQuestion {
  return { type: 'true_false', ...common, options: [], answer: value ? 'true' : 'false', answerKey: { value }, ...place(where) };
}

export function shortAnswerQuestion(common: Common, acceptedAnswers: string[], where: QuestionPlace): DraftQuestion {
  const accepted = [...new Set(acceptedAnswers.map((answer) => answer.trim()).filter((answer) => answer.length > 0))];
  return {
    type: 'short_answer',
    ...common,
    options: [],
    answer: accepted[0] ?? '',
    answerKey: { acceptedAnswers: accepted, caseSensitive: false },
    ...place(where),
  };
}

export function essayQuestion(common: Common, expectation: string, rubric: RubricCriterion[], where: QuestionPlace): DraftQuestion {
  return { type: 'essay', ...common, options: [], answer: expectation, answerKey: { rubric }, ...place(where) };
}

/** The draft as courses' CreateQuestionInput: send it to createQuestion(courseId, input) as it is. */
export function questionInputOf(question: DraftQuestion): Record<string, unknown> {
  return {
    type: question.type,
    prompt: question.prompt,
    ...(question.options.length > 0 ? { options: question.options.map(({ id, text }) => ({ id, text })) } : {}),
    answerKey: question.answerKey,
    explanation: question.explanation,
    subject: question.subject,
    topic: question.topic,
    difficulty: 'beginner',
  };
}
