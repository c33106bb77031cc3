// An attempt's score from its answers: which answers have a final score and what they add up to. Pure.
import type { QuestionKind } from '../question-spec';
import type { LayoutEntry } from './attempt-layout';
import { isBlankResponse, roundScore } from './grading';

export interface ScoredAnswer {
  questionId: string;
  response: unknown;
  /** Points from objective grading; null for essays and before submission. */
  autoScore: number | null;
  /** Points a person gave; wins over autoScore. */
  manualScore: number | null;
}

/**
 * The final points of one answer, or null while it waits for a person: an essay with text in it that
 * nobody has graded yet. An unanswered question, a blank essay and a question removed from the bank
 * since the attempt started are worth 0.
 */
export function finalAnswerScore(type: QuestionKind | undefined, answer: ScoredAnswer | undefined): number | null {
  if (type === undefined || answer === undefined) return 0;
  if (answer.manualScore !== null) return answer.manualScore;
  if (type === 'essay') return isBlankResponse(answer.response) ? 0 : null;
  return answer.autoScore ?? 0;
}

export interface AttemptTotals {
  /** Points of the answers with a final score. */
  score: number;
  /** Answers still waiting for a person. */
  pendingCount: number;
}

export function attemptTotals(
  layout: readonly LayoutEntry[],
  answers: ReadonlyMap<string, ScoredAnswer>,
  typeOf: ReadonlyMap<string, QuestionKind>,
): AttemptTotals {
  let score = 0;
  let pendingCount = 0;
  for (const entry of layout) {
    const points = finalAnswerScore(typeOf.get(entry.questionId), answers.get(entry.questionId));
    if (points === null) pendingCount += 1;
    else score += points;
  }
  return { score: roundScore(score), pendingCount };
}
