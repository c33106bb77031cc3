// Unlocking: after a person's metrics change, every active achievement they have not unlocked is
// judged against the new values; each newly met one is unlocked once, with its XP, its coins and an
// AchievementUnlocked event, all in the caller's transaction.
import type { AchievementRarity, Db } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';
import { payReward } from '../rewards/pay-reward';
import { criteriaMet, parseCriteria } from './criteria';
import { addExperience } from './experience';
import { loadMetrics } from './metrics';

export const ACHIEVEMENT_UNLOCKED_EVENT = 'AchievementUnlocked';

export interface AchievementUnlocked {
  userId: string;
  achievementId: string;
  slug: string;
  name: string;
  rarity: AchievementRarity;
  xp: number;
  /** ISO-8601 instant. */
  unlockedAt: string;
}

/** The ledger key of an achievement's coins: one payment per person and achievement, whatever the event. */
export function achievementRewardKey(achievementId: string, userId: string): string {
  return `reward:achievement:${achievementId}:${userId}`;
}

/**
 * Serialises progress updates per person for the rest of `tx`. Without it, two events changing different
 * metrics at once could each miss the other's change and leave an `all` achievement locked.
 */
export async function lockProgressOf(tx: Db, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`economy:progress:${userId}`}, 0))`;
}

export interface UnlockInput {
  userId: string;
  /** The event whose handling changed the metrics; recorded on each unlock. */
  eventId: string;
  /** @default new Date() */
  now?: Date;
}

/** Unlocks every achievement the person now meets; returns what was unlocked by this call. */
export async function unlockMetAchievements(tx: Db, input: UnlockInput): Promise<AchievementUnlocked[]> {
  const metrics = await loadMetrics(tx, input.userId);
  const locked = await tx.achievementDefinition.findMany({
    where: { active: true, unlocks: { none: { userId: input.userId } } },
    orderBy: [{ xp: 'asc' }, { slug: 'asc' }],
  });
  const met = locked.filter((definition) => criteriaMet(parseCriteria(definition.slug, definition.criteria), metrics));
  const unlockedAt = input.now ?? new Date();
  const unlocked: AchievementUnlocked[] = [];
  for (const definition of met) {
    // The primary key is the guard: a concurrent unlock of the same achievement inserts nothing here.
    const inserted = await tx.userAchievement.createMany({
      data: [{ userId: input.userId, achievementId: definition.id, unlockedAt, eventId: input.eventId }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) continue;
    await addExperience(tx, input.userId, definition.xp);
    await payReward(tx, {
      userId: input.userId,
      amount: definition.coinReward,
      reason: `Achievement unlocked: ${definition.name}`,
      idempotencyKey: achievementRewardKey(definition.id, input.userId),
      metadata: { achievementId: definition.id, slug: definition.slug, eventId: input.eventId },
    });
    const event: AchievementUnlocked = {
      userId: input.userId,
      achievementId: definition.id,
      slug: definition.slug,
      name: definition.name,
      rarity: definition.rarity,
      xp: definition.xp,
      unlockedAt: unlockedAt.toISOString(),
    };
    await emitEvent<AchievementUnlocked>(tx, 'economy', ACHIEVEMENT_UNLOCKED_EVENT, event);
    unlocked.push(event);
  }
  return unlocked;
}
