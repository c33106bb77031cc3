// Spiritual milestones feed the spiritual metrics. A milestone kind names its metric and value
// (`devotion_streak_30` → devotion streak of 30 days), so a new threshold of a known family counts
// without a change here; every kind also counts towards the milestones reached.
import type { Db } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { spiritualMilestoneReachedSchema, type SpiritualMilestoneReached } from '../events/consumed-events';
import { factHandler } from '../events/fact-handler';
import { incrementMetric, markSeen, METRICS, raiseMetric, type MetricName } from './metrics';
import { lockProgressOf, unlockMetAchievements } from './unlock-achievements';

export const MILESTONE_PROGRESS_HANDLER = 'track-spiritual-milestone';

/** Milestone kind families: the pattern and the metric its number raises. */
const MILESTONE_METRICS: readonly { pattern: RegExp; metric: MetricName }[] = [
  { pattern: /^devotion_streak_(\d+)$/, metric: METRICS.devotionStreak },
  { pattern: /^prayers_logged_(\d+)$/, metric: METRICS.prayersLogged },
  { pattern: /^verses_mastered_(\d+)$/, metric: METRICS.versesMastered },
];

/** Kinds that are not a family with a number in their name. */
const SINGLE_MILESTONES: Readonly<Record<string, { metric: MetricName; value: number }>> = {
  first_answered_prayer: { metric: METRICS.answeredPrayers, value: 1 },
};

/** The metric a milestone kind raises and to what, or null for a kind that only counts as a milestone. */
export function metricForMilestone(kind: string): { metric: MetricName; value: number } | null {
  if (Object.hasOwn(SINGLE_MILESTONES, kind)) return SINGLE_MILESTONES[kind]!;
  for (const { pattern, metric } of MILESTONE_METRICS) {
    const match = pattern.exec(kind);
    if (match) return { metric, value: Number(match[1]) };
  }
  return null;
}

async function trackMilestone(tx: Db, milestone: SpiritualMilestoneReached, event: DomainEvent): Promise<void> {
  await lockProgressOf(tx, milestone.userId);
  if (await markSeen(tx, milestone.userId, `milestone:${milestone.kind}`)) {
    await incrementMetric(tx, milestone.userId, METRICS.spiritualMilestones);
  }
  const raised = metricForMilestone(milestone.kind);
  if (raised) await raiseMetric(tx, milestone.userId, raised.metric, raised.value);
  await unlockMetAchievements(tx, { userId: milestone.userId, eventId: event.id });
}

export const handleMilestoneProgress = factHandler(MILESTONE_PROGRESS_HANDLER, spiritualMilestoneReachedSchema, trackMilestone);
