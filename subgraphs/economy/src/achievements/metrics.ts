// Per-person counters achievements are judged on (UserMetric rows). Updates are single upserts, so two
// events for one person never lose a change; "seen" markers make counting distinct things idempotent
// beyond one event (the same course completed twice counts once).
import type { Db } from '../../../kit/src/db';
import type { MetricValues } from './criteria';

/** The metrics events feed. Criteria may name only these (the seed checks). */
export const METRICS = {
  /** Distinct courses the person has completed. */
  coursesCompleted: 'courses_completed',
  /** Best final grade of any completed course, in whole percent (rounded down). */
  bestGrade: 'best_grade',
  /** Longest devotion streak reached, in days (from the streak milestones). */
  devotionStreak: 'devotion_streak',
  /** Most prayer journal entries reached (from the prayers-logged milestones). */
  prayersLogged: 'prayers_logged',
  /** Prayers marked answered (from the answered-prayer milestones). */
  answeredPrayers: 'answered_prayers',
  /** Memory verses mastered (from the verses-mastered milestones). */
  versesMastered: 'verses_mastered',
  /** Distinct spiritual milestones reached. */
  spiritualMilestones: 'spiritual_milestones',
} as const;

export type MetricName = (typeof METRICS)[keyof typeof METRICS];

export const METRIC_NAMES: ReadonlySet<string> = new Set<string>(Object.values(METRICS));

/** Marker rows live beside the counters under this prefix; no criteria names them. */
const SEEN_PREFIX = 'seen:';

/** Adds `by` to the metric. */
export async function incrementMetric(tx: Db, userId: string, metric: MetricName, by = 1): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO economy.user_metric (user_id, metric, value, updated_at) VALUES (${userId}::uuid, ${metric}, ${by}, now())
    ON CONFLICT (user_id, metric) DO UPDATE SET value = economy.user_metric.value + EXCLUDED.value, updated_at = now()`;
}

/** Raises the metric to `value` when it is higher (bests and longest streaks never go down). */
export async function raiseMetric(tx: Db, userId: string, metric: MetricName, value: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO economy.user_metric (user_id, metric, value, updated_at) VALUES (${userId}::uuid, ${metric}, ${value}, now())
    ON CONFLICT (user_id, metric) DO UPDATE SET value = GREATEST(economy.user_metric.value, EXCLUDED.value), updated_at = now()
    WHERE EXCLUDED.value > economy.user_metric.value`;
}

/** Records that the person has done `thing` (e.g. `course:<id>`); true the first time only. */
export async function markSeen(tx: Db, userId: string, thing: string): Promise<boolean> {
  const inserted = await tx.userMetric.createMany({ data: [{ userId, metric: `${SEEN_PREFIX}${thing}`, value: 1 }], skipDuplicates: true });
  return inserted.count === 1;
}

/** The person's counters (markers left out). */
export async function loadMetrics(tx: Db, userId: string): Promise<MetricValues> {
  const rows = await tx.userMetric.findMany({ where: { userId, NOT: { metric: { startsWith: SEEN_PREFIX } } }, select: { metric: true, value: true } });
  return new Map(rows.map((row) => [row.metric, row.value]));
}
