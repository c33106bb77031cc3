// A grader's score for one rubric criterion, as sent and as shown back.
import { builder } from '../../builder';

export interface RubricScoreView {
  criterionId: string;
  points: number;
}

export const RubricScoreType = builder.objectRef<RubricScoreView>('RubricScore').implement({
  description: 'Points given for one rubric criterion.',
  fields: (t) => ({
    criterionId: t.exposeID('criterionId'),
    points: t.exposeFloat('points'),
  }),
});

export const RubricScoreInput = builder.inputType('RubricScoreInput', {
  description: 'Points for one rubric criterion, between 0 and the criterion’s points.',
  fields: (t) => ({
    criterionId: t.id({ required: true }),
    points: t.float({ required: true }),
  }),
});

/** Stored `{ criterionId: points }` as a list, in the rubric's order when one is given. */
export function rubricScoresOf(stored: unknown, order: readonly { id: string }[] = []): RubricScoreView[] {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return [];
  const entries = Object.entries(stored).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  const rank = new Map(order.map((criterion, index) => [criterion.id, index]));
  return entries
    .sort(([left], [right]) => (rank.get(left) ?? Number.MAX_SAFE_INTEGER) - (rank.get(right) ?? Number.MAX_SAFE_INTEGER))
    .map(([criterionId, points]) => ({ criterionId, points }));
}
