// What a student may send as the answer to one question, per type, checked before it is stored. Shared
// by quiz attempts and practice sessions; problems are worded for the person who sent the answer.
import { readOptions, type QuestionKind, type QuestionResponse } from '../question-spec';

/** Short answers are a word or a phrase; anything longer is not an answer to grade. */
export const SHORT_ANSWER_MAX_CHARACTERS = 1000;
/** About 3,000 words: the longest essay a quiz takes. */
export const ESSAY_MAX_CHARACTERS = 20_000;

/** An answer as it arrives from GraphQL: absent fields are null or undefined. */
export interface AnswerInput {
  optionIds?: readonly string[] | null;
  value?: boolean | null;
  text?: string | null;
}

export interface ResponseRules {
  type: QuestionKind;
  /** Option ids the question offers (choice questions). */
  optionIds: readonly string[];
  /** Longest essay in words, from the essay's answer key. */
  maxWords?: number;
}

export type ResponseCheck = { ok: true; response: QuestionResponse } | { ok: false; problem: string; field: 'optionIds' | 'value' | 'text' };

/** The option ids a question offers, in the author's order; none when its options do not read. */
export function offeredOptionIds(storedOptions: unknown): string[] {
  try {
    return readOptions(storedOptions).map((option) => option.id);
  } catch {
    return [];
  }
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * Checks that `input` fits the question (the right field for its type, options it offers, one option for
 * single choice, lengths) and returns the response to store: `{ optionIds }`, `{ value }` or `{ text }`.
 * An empty list or empty text is allowed and clears the answer.
 */
export function checkResponse(rules: ResponseRules, input: AnswerInput): ResponseCheck {
  const hasOptions = input.optionIds !== undefined && input.optionIds !== null;
  const hasValue = input.value !== undefined && input.value !== null;
  const hasText = input.text !== undefined && input.text !== null;
  switch (rules.type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi': {
      if (!hasOptions || hasValue || hasText) {
        return { ok: false, field: 'optionIds', problem: 'Answer a multiple-choice question with optionIds only.' };
      }
      const chosen = [...new Set(input.optionIds)];
      const offered = new Set(rules.optionIds);
      const unknown = chosen.find((id) => !offered.has(id));
      if (unknown !== undefined) return { ok: false, field: 'optionIds', problem: `"${unknown.slice(0, 40)}" is not one of this question’s options.` };
      if (rules.type === 'multiple_choice_single' && chosen.length > 1) {
        return { ok: false, field: 'optionIds', problem: 'This question takes one option; choose only one.' };
      }
      return { ok: true, response: { optionIds: chosen } };
    }
    case 'true_false':
      if (!hasValue || hasOptions || hasText) return { ok: false, field: 'value', problem: 'Answer a true/false question with value (true or false) only.' };
      return { ok: true, response: { value: input.value === true } };
    case 'short_answer':
    case 'essay': {
      if (!hasText || hasOptions || hasValue) return { ok: false, field: 'text', problem: 'Answer a written question with text only.' };
      const text = input.text ?? '';
      const limit = rules.type === 'essay' ? ESSAY_MAX_CHARACTERS : SHORT_ANSWER_MAX_CHARACTERS;
      if (text.length > limit) return { ok: false, field: 'text', problem: `Keep the answer within ${limit.toLocaleString('en')} characters.` };
      if (rules.type === 'essay' && rules.maxWords !== undefined) {
        const words = countWords(text);
        if (words > rules.maxWords) return { ok: false, field: 'text', problem: `The essay has ${words} words; the limit is ${rules.maxWords}.` };
      }
      return { ok: true, response: { text } };
    }
  }
}
