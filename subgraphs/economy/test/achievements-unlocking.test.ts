// Achievement progress from events: metrics move, newly met achievements unlock once with their XP,
// coins and an AchievementUnlocked event, and a deleted person's progress goes with them.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { seedAchievements } from '../src/achievements/seed-achievements';
import { handleCourseProgress } from '../src/achievements/course-progress';
import { handleDeletedUserProgress } from '../src/achievements/deleted-users';
import { handleMilestoneProgress } from '../src/achievements/milestone-progress';
import { achievementRewardKey, type AchievementUnlocked } from '../src/achievements/unlock-achievements';
import type { CourseCompleted, SpiritualMilestoneReached } from '../src/events/consumed-events';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(async () => {
  services = createTestServices();
  prisma = services.services.prisma;
  await seedAchievements(prisma);
});

afterAll(async () => {
  await services?.close();
});

const event = <P>(type: string, domain: string, payload: P): DomainEvent<P> => ({ id: randomUUID(), type, domain, payload, occurredAt: new Date().toISOString() });

const courseCompleted = (userId: string, overrides: Partial<CourseCompleted> = {}) =>
  event<CourseCompleted>('CourseCompleted', 'courses', {
    enrollmentId: randomUUID(),
    userId,
    courseId: randomUUID(),
    finalGrade: 75,
    completedAt: new Date().toISOString(),
    certificateCode: null,
    ...overrides,
  });

const milestoneReached = (userId: string, kind: string) =>
  event<SpiritualMilestoneReached>('SpiritualMilestoneReached', 'spiritual', { userId, kind, reachedAt: new Date().toISOString() });

const unlockedSlugs = async (userId: string) =>
  (await prisma.userAchievement.findMany({ where: { userId }, include: { achievement: true } })).map((row) => row.achievement.slug).sort();

const metricOf = async (userId: string, metric: string) =>
  (await prisma.userMetric.findUnique({ where: { userId_metric: { userId, metric } } }))?.value ?? 0;

const xpOf = async (userId: string) => (await prisma.userXp.findUnique({ where: { userId } }))?.xp ?? 0;
const balanceOf = async (userId: string) => (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance ?? 0;

async function unlockEventsOf(userId: string): Promise<AchievementUnlocked[]> {
  const rows = await prisma.economyOutboxEvent.findMany({ where: { type: 'AchievementUnlocked', payload: { path: ['userId'], equals: userId } } });
  return rows.map((row) => row.payload as unknown as AchievementUnlocked);
}

describe('course completions', () => {
  it('unlocks five courses completed once, with its XP, its coins and one AchievementUnlocked event', async () => {
    const userId = randomUUID();
    const completions = Array.from({ length: 5 }, () => courseCompleted(userId));
    for (const completion of completions) await handleCourseProgress(prisma, completion);
    // Redelivery of the deciding event and a sixth course change nothing about the unlock.
    await handleCourseProgress(prisma, completions[4]!);
    await handleCourseProgress(prisma, completions[4]!);
    await handleCourseProgress(prisma, courseCompleted(userId));

    const five = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: 'five-courses-completed' } });
    const first = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: 'first-course-completed' } });
    const unlock = await prisma.userAchievement.findUniqueOrThrow({ where: { userId_achievementId: { userId, achievementId: five.id } } });
    expect(unlock.eventId).toBe(completions[4]!.id);
    expect(await unlockedSlugs(userId)).toEqual(['first-course-completed', 'five-courses-completed']);
    expect(await metricOf(userId, 'courses_completed')).toBe(6);
    expect(await xpOf(userId)).toBe(first.xp + five.xp);
    expect(await balanceOf(userId)).toBe(first.coinReward + five.coinReward);
    expect(await prisma.ledgerTransaction.count({ where: { idempotencyKey: achievementRewardKey(five.id, userId) } })).toBe(1);

    const events = (await unlockEventsOf(userId)).filter((unlocked) => unlocked.slug === 'five-courses-completed');
    expect(events).toEqual([
      { userId, achievementId: five.id, slug: 'five-courses-completed', name: five.name, rarity: five.rarity, xp: five.xp, unlockedAt: unlock.unlockedAt.toISOString() },
    ]);
  });

  it('counts a course completed twice as one course', async () => {
    const userId = randomUUID();
    const courseId = randomUUID();
    await handleCourseProgress(prisma, courseCompleted(userId, { courseId }));
    await handleCourseProgress(prisma, courseCompleted(userId, { courseId }));
    expect(await metricOf(userId, 'courses_completed')).toBe(1);
  });

  it('keeps the best grade and unlocks the honour roll at 90, not at 89.9', async () => {
    const userId = randomUUID();
    await handleCourseProgress(prisma, courseCompleted(userId, { finalGrade: 89.9 }));
    expect(await metricOf(userId, 'best_grade')).toBe(89);
    expect(await unlockedSlugs(userId)).not.toContain('honour-roll');
    await handleCourseProgress(prisma, courseCompleted(userId, { finalGrade: 90 }));
    await handleCourseProgress(prisma, courseCompleted(userId, { finalGrade: 60 }));
    expect(await metricOf(userId, 'best_grade')).toBe(90);
    expect(await unlockedSlugs(userId)).toContain('honour-roll');
  });
});

describe('spiritual milestones', () => {
  it('raise the devotion streak to the milestone’s days and unlock the streak achievements', async () => {
    const userId = randomUUID();
    await handleMilestoneProgress(prisma, milestoneReached(userId, 'devotion_streak_7'));
    expect(await metricOf(userId, 'devotion_streak')).toBe(7);
    expect(await unlockedSlugs(userId)).toEqual(['devotion-streak-7', 'first-steps-in-faith']);
    await handleMilestoneProgress(prisma, milestoneReached(userId, 'devotion_streak_30'));
    expect(await metricOf(userId, 'devotion_streak')).toBe(30);
    expect(await metricOf(userId, 'spiritual_milestones')).toBe(2);
    expect(await unlockedSlugs(userId)).toContain('devotion-streak-30');
  });

  it('unlock the answered prayer achievement from the first answered prayer', async () => {
    const userId = randomUUID();
    await handleMilestoneProgress(prisma, milestoneReached(userId, 'first_answered_prayer'));
    expect(await unlockedSlugs(userId)).toEqual(['first-answered-prayer']);
  });

  it('count a kind they do not know as a milestone without failing', async () => {
    const userId = randomUUID();
    await handleMilestoneProgress(prisma, milestoneReached(userId, 'fasting_days_40'));
    expect(await metricOf(userId, 'spiritual_milestones')).toBe(1);
    expect(await unlockedSlugs(userId)).toEqual([]);
  });
});

describe('an achievement needing several metrics', () => {
  it('unlocks exactly once when its last two parts arrive at the same time', async () => {
    const userId = randomUUID();
    for (let index = 0; index < 4; index += 1) await handleCourseProgress(prisma, courseCompleted(userId));
    await handleMilestoneProgress(prisma, milestoneReached(userId, 'verses_mastered_10'));

    await Promise.all([handleCourseProgress(prisma, courseCompleted(userId)), handleMilestoneProgress(prisma, milestoneReached(userId, 'devotion_streak_30'))]);

    const wholePerson = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: 'whole-person' } });
    expect(await prisma.userAchievement.count({ where: { userId, achievementId: wholePerson.id } })).toBe(1);
    expect((await unlockEventsOf(userId)).filter((unlocked) => unlocked.slug === 'whole-person')).toHaveLength(1);
  });
});

describe('UserDeleted', () => {
  it('forgets the person’s metrics, XP and achievements and keeps the ledger', async () => {
    const userId = randomUUID();
    await handleCourseProgress(prisma, courseCompleted(userId));
    expect(await xpOf(userId)).toBeGreaterThan(0);
    const balance = await balanceOf(userId);

    await handleDeletedUserProgress(prisma, event('UserDeleted', 'users', { userId }));

    expect(await prisma.userMetric.count({ where: { userId } })).toBe(0);
    expect(await prisma.userXp.count({ where: { userId } })).toBe(0);
    expect(await prisma.userAchievement.count({ where: { userId } })).toBe(0);
    expect(await balanceOf(userId)).toBe(balance);
  });
});
