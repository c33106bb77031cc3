// The rewards consumers on the platform's bus: a CourseCompleted written to the courses outbox reaches
// the wallet, the metrics and the achievements. Runs in its own database so no other test process's
// relay takes the event first.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { seedAchievements } from '../src/achievements/seed-achievements';
import type { PrismaClient } from '../../kit/src/db';
import { createEventBus, emitEvent, type EventBus } from '../../kit/src/events';
import { serviceLogger } from '../../kit/src/logger';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { waitFor } from '../../kit/src/wait-for';
import type { CourseCompleted } from '../src/events/consumed-events';
import { DEFAULT_COMPLETION_REWARD } from '../src/rewards/course-completion-reward';
import { REWARD_EVENT_HANDLERS, registerRewardEventHandlers } from '../src/rewards/event-handlers';

let database: ScratchDatabase;
let platform: TestPlatform;
let consumers: EventBus;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase('economy_rewards_bus', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  prisma = platform.handle.services.prisma;
  await seedAchievements(prisma);
  // The platform's own bus relays the outboxes; this consumer-only bus carries the rewards handlers
  // whether or not the economy subgraph has registered them yet (the same groups either way).
  consumers = createEventBus({ prisma, domains: [], logger: serviceLogger('rewards-test') });
  registerRewardEventHandlers(consumers, platform.handle.services);
  await consumers.start();
}, 120_000);

afterAll(async () => {
  await consumers?.stop();
  await platform?.stop();
  await database?.drop();
});

describe('registerRewardEventHandlers', () => {
  it('consumes course completions, spiritual milestones and deleted users', () => {
    expect(Object.entries(REWARD_EVENT_HANDLERS).map(([name, { type }]) => `${type}:${name}`).sort()).toEqual([
      'CourseCompleted:reward-course-completion',
      'CourseCompleted:track-course-completion',
      'SpiritualMilestoneReached:reward-spiritual-milestone',
      'SpiritualMilestoneReached:track-spiritual-milestone',
      'UserDeleted:forget-deleted-user-progress',
    ]);
  });

  it('pays coins and unlocks the first course achievement for a CourseCompleted relayed from the courses outbox', async () => {
    const userId = randomUUID();
    await emitEvent<CourseCompleted>(prisma, 'courses', 'CourseCompleted', {
      enrollmentId: randomUUID(),
      userId,
      courseId: randomUUID(),
      finalGrade: 71.5,
      completedAt: new Date().toISOString(),
      certificateCode: 'SF-BUS',
    });
    const first = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: 'first-course-completed' } });
    await waitFor(async () => (await prisma.userAchievement.count({ where: { userId, achievementId: first.id } })) === 1, { what: 'the unlocked achievement' });
    await waitFor(
      async () => (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance === DEFAULT_COMPLETION_REWARD + first.coinReward,
      { what: 'the completion reward and the achievement’s coins' },
    );
    expect((await prisma.userXp.findUniqueOrThrow({ where: { userId } })).xp).toBe(first.xp);
  });
});
