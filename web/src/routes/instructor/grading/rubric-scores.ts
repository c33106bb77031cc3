// Scoring against a rubric: the draft (points per criterion as typed), its checks (a number from 0 to
// the criterion's points, halves allowed), the total, and the RubricScoreInput list the graph takes.
export interface Criterion {
  id: string;
  title: string;
  description: string;
  points: number;
}

export type ScoreDraft = Record<string, string>;

/** The draft from existing scores (a regrade starts from them) or empty. */
export function scoreDraftOf(rubric: readonly Criterion[], scores: readonly { criterionId: string; points: number }[]): ScoreDraft {
  return Object.fromEntries(rubric.map((criterion) => [criterion.id, String(scores.find((score) => score.criterionId === criterion.id)?.points ?? '')]));
}

/** Problems by criterion id; empty when every criterion has a valid score. */
export function scoreProblems(rubric: readonly Criterion[], draft: ScoreDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const criterion of rubric) {
    const text = (draft[criterion.id] ?? '').trim();
    const points = Number(text);
    if (text === '') problems[criterion.id] = `Score ${criterion.title}: 0 to ${criterion.points} points.`;
    else if (!Number.isFinite(points) || points < 0 || points > criterion.points) problems[criterion.id] = `${criterion.title} is scored from 0 to ${criterion.points} points.`;
    else if (Math.round(points * 2) !== points * 2) problems[criterion.id] = 'Use whole or half points, e.g. 7.5.';
  }
  return problems;
}

export function rubricScoresOf(rubric: readonly Criterion[], draft: ScoreDraft): { criterionId: string; points: number }[] {
  return rubric.map((criterion) => ({ criterionId: criterion.id, points: Number(draft[criterion.id]) }));
}

/** The total of the valid scores so far, out of the rubric's total. */
export function scoreTotal(rubric: readonly Criterion[], draft: ScoreDraft): { earned: number; possible: number } {
  const possible = rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  const earned = rubric.reduce((sum, criterion) => {
    const points = Number(draft[criterion.id]);
    return sum + (Number.isFinite(points) && points >= 0 && points <= criterion.points ? points : 0);
  }, 0);
  return { earned, possible };
}
