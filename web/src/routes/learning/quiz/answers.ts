// A student's answer to one attempt question, as the form holds it, as the graph takes it
// (QuizAnswerInput) and as the results page words it. Pure, so it is the same everywhere.
import type { QuestionType, QuizAnswerInput } from '../../../gql/graphql';

export interface DraftAnswer {
  optionIds?: string[];
  value?: boolean;
  text?: string;
}

export function answerFromResponse(response: { optionIds?: string[] | null; value?: boolean | null; text?: string | null } | null | undefined): DraftAnswer {
  if (!response) return {};
  const answer: DraftAnswer = {};
  if (response.optionIds) answer.optionIds = response.optionIds;
  if (response.value !== null && response.value !== undefined) answer.value = response.value;
  if (response.text !== null && response.text !== undefined) answer.text = response.text;
  return answer;
}

export function isAnswered(type: QuestionType, answer: DraftAnswer | undefined): boolean {
  if (!answer) return false;
  if (type === 'true_false') return answer.value !== undefined;
  if (type === 'multiple_choice_single' || type === 'multiple_choice_multi') return (answer.optionIds?.length ?? 0) > 0;
  return (answer.text?.trim().length ?? 0) > 0;
}

export function answerInput(questionId: string, type: QuestionType, answer: DraftAnswer): QuizAnswerInput {
  if (type === 'true_false') return { questionId, value: answer.value ?? null };
  if (type === 'multiple_choice_single' || type === 'multiple_choice_multi') return { questionId, optionIds: answer.optionIds ?? [] };
  return { questionId, text: answer.text ?? '' };
}

/** "True", "Option A, Option C", the typed text, or "No answer". */
export function describeAnswer(answer: DraftAnswer, options: { id: string; text: string }[]): string {
  if (answer.value !== undefined) return answer.value ? 'True' : 'False';
  if (answer.optionIds && answer.optionIds.length > 0) {
    return answer.optionIds.map((id) => options.find((option) => option.id === id)?.text ?? 'an option no longer offered').join(', ');
  }
  if (answer.text?.trim()) return answer.text;
  return 'No answer';
}

/** Words in an essay, counted as the graph counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}
