// An answer being written to a practice question, and the AnswerInput the graph takes for it by the
// question's type; plus how to read a correct answer back as words.
import type { AnswerInput, QuestionType } from '../../../gql/graphql';

export interface AnswerDraft {
  optionIds: string[];
  value: boolean | null;
  text: string;
}

export const EMPTY_DRAFT: AnswerDraft = { optionIds: [], value: null, text: '' };

export function isDraftComplete(type: QuestionType, draft: AnswerDraft): boolean {
  switch (type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return draft.optionIds.length > 0;
    case 'true_false':
      return draft.value !== null;
    default:
      return draft.text.trim().length > 0;
  }
}

export function toAnswerInput(type: QuestionType, draft: AnswerDraft): AnswerInput {
  switch (type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return { optionIds: draft.optionIds };
    case 'true_false':
      return { value: draft.value };
    default:
      return { text: draft.text.trim() };
  }
}

export function toggleOption(draft: AnswerDraft, optionId: string, single: boolean): AnswerDraft {
  if (single) return { ...draft, optionIds: [optionId] };
  const chosen = draft.optionIds.includes(optionId) ? draft.optionIds.filter((id) => id !== optionId) : [...draft.optionIds, optionId];
  return { ...draft, optionIds: chosen };
}

export interface CorrectAnswerLike {
  optionIds?: readonly string[] | null;
  value?: boolean | null;
  acceptedAnswers?: readonly string[] | null;
}

/** The correct answer in words: the options' texts, True/False, or the accepted answers. */
export function describeCorrectAnswer(answer: CorrectAnswerLike, options: readonly { id: string; text: string }[]): string {
  if (answer.optionIds?.length) return answer.optionIds.map((id) => options.find((option) => option.id === id)?.text ?? id).join(', ');
  if (answer.value !== null && answer.value !== undefined) return answer.value ? 'True' : 'False';
  if (answer.acceptedAnswers?.length) return answer.acceptedAnswers.join(' or ');
  return '';
}

/** The first question still without an answer, or null when every one has one. */
export function nextUnanswered<Q extends { response?: unknown }>(questions: readonly Q[]): Q | null {
  return questions.find((question) => question.response === null || question.response === undefined) ?? null;
}
