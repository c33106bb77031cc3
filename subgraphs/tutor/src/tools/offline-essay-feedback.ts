// Rubric scores without a model: each criterion scored by how much of its own vocabulary (title and
// description) the answer uses. A blunt measure, so the feedback says plainly that a person must confirm.
import { contentWords } from './lecture-text';
import type { RubricCriterion } from './draft-question';

export interface CriterionScore {
  criterionId: string;
  points: number;
  comment: string;
}

export interface EssayFeedbackContent {
  rubricScores: CriterionScore[];
  feedback: string;
}

/** Recorded as the model of an offline draft, so graders see how it was made. */
export const OFFLINE_ESSAY_MODEL = 'offline (rubric vocabulary coverage)';

/** Plural and common suffixes aside, "recursion" and "recursive" count as the same idea. */
function stem(word: string): string {
  return word.replace(/(ations?|ingly|ings?|ions?|ively|ive|ness|ments?|ed|es|s|ly)$/u, '').slice(0, 8);
}

export function offlineEssayFeedback(rubric: readonly RubricCriterion[], answerText: string): EssayFeedbackContent {
  const answerStems = new Set(contentWords(answerText).map(stem));
  const rubricScores = rubric.map((criterion) => {
    const vocabulary = [...new Map(contentWords(`${criterion.title} ${criterion.description}`).map((word) => [stem(word), word])).entries()];
    if (vocabulary.length === 0) {
      return { criterionId: criterion.id, points: 0, comment: 'This criterion names no words to look for; score it yourself.' };
    }
    const covered = vocabulary.filter(([wordStem]) => answerStems.has(wordStem)).map(([, word]) => word);
    const missing = vocabulary.filter(([wordStem]) => !answerStems.has(wordStem)).map(([, word]) => word);
    const points = Math.min(criterion.points, Math.max(0, Math.round((covered.length / vocabulary.length) * criterion.points)));
    const comment =
      `Uses ${covered.length} of the ${vocabulary.length} ideas this criterion names` +
      (covered.length > 0 ? ` (${covered.slice(0, 6).join(', ')})` : '') +
      (missing.length > 0 ? `; not yet: ${missing.slice(0, 6).join(', ')}.` : '.');
    return { criterionId: criterion.id, points, comment };
  });
  const earned = rubricScores.reduce((sum, score) => sum + score.points, 0);
  const possible = rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  const feedback = [
    `Offline draft: ${earned} of ${possible} points, estimated only from which of each criterion’s words the answer uses.`,
    'It cannot judge accuracy, reasoning or originality, so a person must read the essay and confirm or change every score before it counts.',
  ].join(' ');
  return { rubricScores, feedback };
}
