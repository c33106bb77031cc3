// An officer's scores as they send them: every criterion of the rubric exactly once, each a whole number
// from 0 to the criterion's points. Partial scoring is refused: a total is only meaningful when complete.
import { badInput } from '../../../kit/src/errors';
import type { CriterionPoints } from './evaluation-record';
import { SPIRITUAL_RUBRIC, criterionById } from './questionnaire';

/** The scores in rubric order, checked. BAD_USER_INPUT on `scores[i].criterionId`, `scores[i].points` or `scores`. */
export function checkRubricScores(input: readonly CriterionPoints[]): CriterionPoints[] {
  const byCriterion = new Map<string, number>();
  input.forEach((score, index) => {
    const field = `scores[${index}]`;
    const criterion = criterionById(score.criterionId);
    if (!criterion) {
      throw badInput(`There is no criterion "${score.criterionId}"; the rubric's criteria are ${SPIRITUAL_RUBRIC.map((entry) => entry.id).join(', ')}.`, `${field}.criterionId`);
    }
    if (byCriterion.has(criterion.id)) throw badInput(`"${criterion.title}" is scored twice; score it once.`, `${field}.criterionId`);
    if (!Number.isInteger(score.points) || score.points < 0 || score.points > criterion.maxPoints) {
      throw badInput(`"${criterion.title}" is scored with a whole number from 0 to ${criterion.maxPoints}.`, `${field}.points`);
    }
    byCriterion.set(criterion.id, score.points);
  });
  const missing = SPIRITUAL_RUBRIC.filter((criterion) => !byCriterion.has(criterion.id));
  if (missing.length > 0) throw badInput(`Score every criterion; still unscored: ${missing.map((criterion) => criterion.title).join(', ')}.`, 'scores');
  return SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, points: byCriterion.get(criterion.id)! }));
}
