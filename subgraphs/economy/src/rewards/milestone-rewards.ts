// Coins for spiritual milestones. Amounts grow with the perseverance a milestone takes; a kind this
// table does not know yet (spiritual may add kinds before economy prices them) still earns a little.
import type { Db } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { spiritualMilestoneReachedSchema, type SpiritualMilestoneReached } from '../events/consumed-events';
import { factHandler } from '../events/fact-handler';
import { payReward, rewardKeyForEvent } from './pay-reward';

export const MILESTONE_REWARD_HANDLER = 'reward-spiritual-milestone';

/** Coins per milestone kind (the kinds spiritual's growth/milestones.ts announces). */
export const MILESTONE_COIN_REWARDS: Readonly<Record<string, number>> = {
  /** A week of daily devotions. */
  devotion_streak_7: 20,
  /** A month of daily devotions. */
  devotion_streak_30: 100,
  /** Ten prayer journal entries. */
  prayers_logged_10: 10,
  /** A hundred prayer journal entries. */
  prayers_logged_100: 50,
  /** The first prayer marked answered. */
  first_answered_prayer: 25,
  /** Ten memory verses mastered. */
  verses_mastered_10: 40,
};

/** Coins for a milestone kind the table above does not list. */
export const UNKNOWN_MILESTONE_REWARD = 5;

export function milestoneCoinReward(kind: string): number {
  return Object.hasOwn(MILESTONE_COIN_REWARDS, kind) ? MILESTONE_COIN_REWARDS[kind]! : UNKNOWN_MILESTONE_REWARD;
}

async function rewardMilestone(tx: Db, milestone: SpiritualMilestoneReached, event: DomainEvent): Promise<void> {
  await payReward(tx, {
    userId: milestone.userId,
    amount: milestoneCoinReward(milestone.kind),
    reason: 'Spiritual milestone reached',
    idempotencyKey: rewardKeyForEvent(MILESTONE_REWARD_HANDLER, event.id),
    metadata: { eventId: event.id, kind: milestone.kind },
  });
}

export const handleMilestoneReward = factHandler(MILESTONE_REWARD_HANDLER, spiritualMilestoneReachedSchema, rewardMilestone);
