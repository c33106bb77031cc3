// An officer scores the submitted questionnaire against the rubric. This, and only this, makes the
// evaluation scored: the tutor's draft is a suggestion the officer may copy, change or ignore. Scoring
// again before the interview replaces the score; every scoring is kept as an internal note on the
// application, so the earlier totals and who gave them stay on record.
import type { Db, SpiritualEvaluation } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { emitEvent } from '../../../kit/src/events';
import { storedScoresOf, type CriterionPoints } from './evaluation-record';
import { assertScoringOpen, lockEvaluation } from './evaluation-stage';
import { RUBRIC_TOTAL } from './questionnaire';
import { checkRubricScores } from './rubric-scores';

export const MAX_OFFICER_NOTE_LENGTH = 4_000;
export const SPIRITUAL_EVALUATION_SCORED = 'SpiritualEvaluationScored';

export interface ScoreEvaluationInput {
  applicationId: string;
  /** The officer (or administrator) confirming the scores; authorizing them is the caller's step. */
  officerId: string;
  scores: readonly CriterionPoints[];
  /** Why these scores, for the committee. */
  note: string;
  now: Date;
}

/** The SpiritualEvaluationScored payload: who scored what, and whether it replaced an earlier score. */
export interface SpiritualEvaluationScored {
  applicationId: string;
  officerId: string;
  totalScore: number;
  maxScore: number;
  previousTotalScore: number | null;
  scoredAt: string;
}

/**
 * Stores the scores, total, note and who confirmed them, inside the caller's transaction. BAD_USER_INPUT
 * on `scores…` or `note`; NOT_FOUND for an unknown application; CONFLICT before the questionnaire is
 * submitted or once the interview has taken place.
 */
export async function scoreEvaluation(tx: Db, input: ScoreEvaluationInput): Promise<SpiritualEvaluation> {
  const scores = checkRubricScores(input.scores);
  const note = input.note.trim();
  if (note === '') throw badInput('Add a note on why you gave these scores; the committee reads it.', 'note');
  if (note.length > MAX_OFFICER_NOTE_LENGTH) throw badInput(`A note is at most ${MAX_OFFICER_NOTE_LENGTH.toLocaleString('en')} characters.`, 'note');
  const evaluation = assertScoringOpen(await lockEvaluation(tx, input.applicationId));
  const totalScore = scores.reduce((sum, score) => sum + score.points, 0);
  const previousTotalScore = evaluation.confirmedAt ? evaluation.totalScore : null;
  const scored = await tx.spiritualEvaluation.update({
    where: { applicationId: input.applicationId },
    data: { rubricScores: scores, totalScore, officerNote: note, confirmedById: input.officerId, confirmedAt: input.now },
  });
  const history = previousTotalScore === null ? '' : ` (replacing ${previousTotalScore}/${RUBRIC_TOTAL}: ${describe(storedScoresOf(evaluation))})`;
  await tx.applicationNote.create({
    data: {
      applicationId: input.applicationId,
      authorId: input.officerId,
      body: `Spiritual evaluation scored ${totalScore}/${RUBRIC_TOTAL}: ${describe(scores)}${history}. ${note}`,
      createdAt: input.now,
    },
  });
  const payload: SpiritualEvaluationScored = {
    applicationId: input.applicationId,
    officerId: input.officerId,
    totalScore,
    maxScore: RUBRIC_TOTAL,
    previousTotalScore,
    scoredAt: input.now.toISOString(),
  };
  await emitEvent(tx, 'admissions', SPIRITUAL_EVALUATION_SCORED, payload);
  return scored;
}

const describe = (scores: readonly CriterionPoints[]) => scores.map((score) => `${score.criterionId} ${score.points}`).join(', ');
