// Milestones on a person's spiritual growth. Each kind is announced once per person: the
// SpiritualMilestone row (primary key person + kind) is the guard, and the SpiritualMilestoneReached
// event goes into the outbox in the same transaction, so a rolled-back change announces nothing.
import type { Db } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events/domain-outbox';

/** Each kind and the progress value (streak days, entries, answered prayers, verses) that reaches it. */
export const MILESTONE_THRESHOLDS = {
  devotion_streak_7: 7,
  devotion_streak_30: 30,
  prayers_logged_10: 10,
  prayers_logged_100: 100,
  first_answered_prayer: 1,
  verses_mastered_10: 10,
} as const;

export type MilestoneKind = keyof typeof MILESTONE_THRESHOLDS;

export const MILESTONE_EVENT = 'SpiritualMilestoneReached';

export interface SpiritualMilestoneReached {
  userId: string;
  kind: MilestoneKind;
  /** ISO-8601 instant. */
  reachedAt: string;
}

export interface MilestoneProgress {
  userId: string;
  kind: MilestoneKind;
  /** The person's current value for this kind (e.g. their current devotion streak in days). */
  progress: number;
  /** @default new Date() */
  now?: Date;
}

/**
 * Records and announces the milestone when `progress` reaches its threshold and it was never recorded
 * for this person. Call it inside the transaction that changed the progress. Returns the event payload
 * when this call announced it, null otherwise. Safe under concurrency: the insert skips an existing row.
 */
export async function recordMilestoneIfReached(tx: Db, events: DomainOutbox, milestone: MilestoneProgress): Promise<SpiritualMilestoneReached | null> {
  if (milestone.progress < MILESTONE_THRESHOLDS[milestone.kind]) return null;
  const reachedAt = milestone.now ?? new Date();
  const inserted = await tx.spiritualMilestone.createMany({
    data: [{ userId: milestone.userId, kind: milestone.kind, reachedAt }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return null;
  const payload: SpiritualMilestoneReached = { userId: milestone.userId, kind: milestone.kind, reachedAt: reachedAt.toISOString() };
  await events.emit(tx, MILESTONE_EVENT, payload);
  return payload;
}

/** The prayers-logged kinds a count of journal entries may reach, smallest first. */
export const PRAYERS_LOGGED_KINDS = ['prayers_logged_10', 'prayers_logged_100'] as const satisfies readonly MilestoneKind[];

/** The streak kinds a current devotion streak may reach, smallest first. */
export const DEVOTION_STREAK_KINDS = ['devotion_streak_7', 'devotion_streak_30'] as const satisfies readonly MilestoneKind[];
