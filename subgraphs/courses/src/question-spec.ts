// The shape of a bank question's options, answer key and a student's response, per question type.
// Authoring validates against these schemas before writing; grading reads them back through them.
import { z } from 'zod';

export const QUESTION_TYPES = ['multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer', 'essay'] as const;
export type QuestionKind = (typeof QUESTION_TYPES)[number];

export const rubricCriterionSchema = z.object({
  id: z.string().min(1).max(40),
  title: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  points: z.number().int().min(0).max(1000),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export const rubricSchema = z.array(rubricCriterionSchema).max(30);

export const questionOptionSchema = z.object({
  id: z.string().min(1).max(40),
  text: z.string().min(1).max(2000),
});
export type QuestionOption = z.infer<typeof questionOptionSchema>;

export const choiceKeySchema = z.object({ correctOptionIds: z.array(z.string().min(1)).min(1) });
export const trueFalseKeySchema = z.object({ value: z.boolean() });
export const shortAnswerKeySchema = z.object({
  /** Exact answers, compared after trimming and collapsing spaces. */
  acceptedAnswers: z.array(z.string().min(1).max(500)).max(50).default([]),
  /** @default false */
  caseSensitive: z.boolean().default(false),
  /** A regular expression the whole trimmed answer must match. */
  pattern: z.string().min(1).max(500).optional(),
  /** A number within `tolerance` of `value` is correct. */
  numeric: z.object({ value: z.number(), tolerance: z.number().min(0) }).optional(),
});
export const essayKeySchema = z.object({
  rubric: rubricSchema.default([]),
  /** @default no limit */
  maxWords: z.number().int().positive().optional(),
});

export type ChoiceKey = z.infer<typeof choiceKeySchema>;
export type TrueFalseKey = z.infer<typeof trueFalseKeySchema>;
export type ShortAnswerKey = z.infer<typeof shortAnswerKeySchema>;
export type EssayKey = z.infer<typeof essayKeySchema>;

export type AnswerKey =
  | { type: 'multiple_choice_single' | 'multiple_choice_multi'; key: ChoiceKey }
  | { type: 'true_false'; key: TrueFalseKey }
  | { type: 'short_answer'; key: ShortAnswerKey }
  | { type: 'essay'; key: EssayKey };

/** What a student answered: chosen option ids, a true/false value, or text. */
export const responseSchema = z.object({
  optionIds: z.array(z.string()).max(50).optional(),
  value: z.boolean().optional(),
  text: z.string().max(20_000).optional(),
});
export type QuestionResponse = z.infer<typeof responseSchema>;

/** Reads a stored answer key back into its typed form; throws when the row does not match its type. */
export function readAnswerKey(type: QuestionKind, stored: unknown): AnswerKey {
  switch (type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return { type, key: choiceKeySchema.parse(stored) };
    case 'true_false':
      return { type, key: trueFalseKeySchema.parse(stored) };
    case 'short_answer':
      return { type, key: shortAnswerKeySchema.parse(stored) };
    case 'essay':
      return { type, key: essayKeySchema.parse(stored) };
  }
}

export function readOptions(stored: unknown): QuestionOption[] {
  return z.array(questionOptionSchema).parse(stored);
}

/** True for types graded without a person. */
export function isObjective(type: QuestionKind): boolean {
  return type !== 'essay';
}
