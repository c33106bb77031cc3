// Achievement criteria: a small JSON language over a person's metrics, validated with zod wherever it
// is read (seeding and evaluation), so a malformed definition fails loudly instead of never unlocking.
//
//   { "metric": "courses_completed", "atLeast": 5 }
//   { "all": [ <criteria>, … ] }   every part met
//   { "any": [ <criteria>, … ] }   at least one part met
import { z } from 'zod';

export type AchievementCriteria =
  | { metric: string; atLeast: number }
  | { all: AchievementCriteria[] }
  | { any: AchievementCriteria[] };

/** Deepest nesting of all/any accepted; deeper definitions are a mistake, not a need. */
export const MAX_CRITERIA_DEPTH = 4;

const metricThreshold = z
  .object({
    metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'A metric name is lower_snake_case.'),
    atLeast: z.number().int().nonnegative(),
  })
  .strict();

export const achievementCriteriaSchema: z.ZodType<AchievementCriteria> = z.lazy(() =>
  z.union([
    metricThreshold,
    z.object({ all: z.array(achievementCriteriaSchema).min(1) }).strict(),
    z.object({ any: z.array(achievementCriteriaSchema).min(1) }).strict(),
  ]),
);

function depthOf(criteria: AchievementCriteria): number {
  if ('metric' in criteria) return 1;
  const parts = 'all' in criteria ? criteria.all : criteria.any;
  return 1 + Math.max(...parts.map(depthOf));
}

/** Parses stored criteria JSON; throws with the definition's slug and the problem when it is malformed. */
export function parseCriteria(slug: string, json: unknown): AchievementCriteria {
  const parsed = achievementCriteriaSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Achievement "${slug}" has malformed criteria: ${parsed.error.message}`);
  if (depthOf(parsed.data) > MAX_CRITERIA_DEPTH) {
    throw new Error(`Achievement "${slug}" nests its criteria deeper than ${MAX_CRITERIA_DEPTH} levels.`);
  }
  return parsed.data;
}

/** A person's metric values by name; a metric never recorded counts as 0. */
export type MetricValues = ReadonlyMap<string, number>;

/** Whether `metrics` meet `criteria`. Pure. */
export function criteriaMet(criteria: AchievementCriteria, metrics: MetricValues): boolean {
  if ('metric' in criteria) return (metrics.get(criteria.metric) ?? 0) >= criteria.atLeast;
  if ('all' in criteria) return criteria.all.every((part) => criteriaMet(part, metrics));
  return criteria.any.some((part) => criteriaMet(part, metrics));
}

/** Every metric name the criteria mention. */
export function metricsNamedIn(criteria: AchievementCriteria): string[] {
  if ('metric' in criteria) return [criteria.metric];
  const parts = 'all' in criteria ? criteria.all : criteria.any;
  return [...new Set(parts.flatMap(metricsNamedIn))];
}
