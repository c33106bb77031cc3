// Reading achievements and XP through the gateway: who may see them, the list of definitions marked
// for the viewer, and statement counts that do not grow with the lists. Runs in its own database so
// the definitions added for counting reach no other test.
import { isBackgroundStatement } from '../../kit/src/testing/background-statements';
import { waitFor } from '../../kit/src/wait-for';
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, type Person } from '../../../scripts/platform/test-people';
import { seedAchievements } from '../src/achievements/seed-achievements';
import type { PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { handleCourseProgress } from '../src/achievements/course-progress';
import { handleMilestoneProgress } from '../src/achievements/milestone-progress';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let recording: string[] | null = null;
let learner: Person;
let admin: Person;
let stranger: Person;

beforeAll(async () => {
  database = await createScratchDatabase('economy_achievements_graphql', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    { onQuery: (sql) => { if (recording && !sql.includes('outbox_event')) recording.push(sql); } },
  );
  prisma = platform.handle.services.prisma;
  await seedAchievements(prisma);
  learner = await createPerson(prisma);
  admin = await createAdmin(prisma);
  stranger = await createPerson(prisma);
  await completeCourses(learner.id, 1);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const occurred = () => new Date().toISOString();

async function completeCourses(userId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const payload = { enrollmentId: randomUUID(), userId, courseId: randomUUID(), finalGrade: 95, completedAt: occurred(), certificateCode: null };
    await handleCourseProgress(prisma, { id: randomUUID(), type: 'CourseCompleted', domain: 'courses', payload, occurredAt: occurred() });
  }
}

async function reachMilestone(userId: string, kind: string): Promise<void> {
  await handleMilestoneProgress(prisma, { id: randomUUID(), type: 'SpiritualMilestoneReached', domain: 'spiritual', payload: { userId, kind, reachedAt: occurred() }, occurredAt: occurred() });
}

const PROGRESS = /* GraphQL */ `
  query Progress($id: ID!) {
    user(id: $id) {
      achievements { achievement { slug name description rarity xp coinReward } unlockedAt }
      xp { xp level levelProgress xpForNextLevel }
    }
  }
`;

interface ProgressData {
  user: {
    achievements: { achievement: { slug: string; name: string; rarity: string; xp: number; coinReward: number }; unlockedAt: string }[] | null;
    xp: { xp: number; level: number; levelProgress: number; xpForNextLevel: number } | null;
  } | null;
}

const ACHIEVEMENTS = /* GraphQL */ `query { achievements { slug rarity xp coinReward unlocked } }`;

describe('User.achievements and User.xp', () => {
  it('shows a person their unlocked achievements and level', async () => {
    const response = await platform.graphql<ProgressData>(PROGRESS, { id: learner.id }, { token: learner.token });
    expect(response.errors).toBeUndefined();
    const slugs = response.data!.user!.achievements!.map((unlock) => unlock.achievement.slug).sort();
    // One course at 95 %: the first course and the honour roll.
    expect(slugs).toEqual(['first-course-completed', 'honour-roll']);
    expect(response.data!.user!.xp).toEqual({ xp: 200, level: 2, levelProgress: 0.5, xpForNextLevel: 300 });
  });

  it('shows an admin anyone’s', async () => {
    const response = await platform.graphql<ProgressData>(PROGRESS, { id: learner.id }, { token: admin.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.user!.achievements).toHaveLength(2);
    expect(response.data!.user!.xp!.xp).toBe(200);
  });

  it.each([
    ['achievements', 'achievements { unlockedAt }'],
    ['xp', 'xp { xp }'],
  ])('refuses a stranger %s with FORBIDDEN', async (field, selection) => {
    const response = await platform.graphql<{ user: Record<string, unknown> | null }>(`query ($id: ID!) { user(id: $id) { ${selection} } }`, { id: learner.id }, { token: stranger.token });
    expect(response.errors?.map((error) => [error.extensions?.code, error.path?.at(-1)])).toEqual([['FORBIDDEN', field]]);
    expect(response.data?.user?.[field] ?? null).toBeNull();
  });

  it('refuses an anonymous caller', async () => {
    const response = await platform.graphql<ProgressData>(PROGRESS, { id: learner.id });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.data?.user?.achievements ?? null).toBeNull();
  });
});

describe('Query.achievements', () => {
  it('marks what the viewer has unlocked', async () => {
    const response = await platform.graphql<{ achievements: { slug: string; unlocked: boolean | null }[] }>(ACHIEVEMENTS, {}, { token: learner.token });
    expect(response.errors).toBeUndefined();
    const unlocked = response.data!.achievements.filter((achievement) => achievement.unlocked).map((achievement) => achievement.slug).sort();
    expect(unlocked).toEqual(['first-course-completed', 'honour-roll']);
    expect(response.data!.achievements.length).toBeGreaterThanOrEqual(8);
  });

  it('lists the definitions with unlocked null when signed out', async () => {
    const response = await platform.graphql<{ achievements: { unlocked: boolean | null }[] }>(ACHIEVEMENTS);
    expect(response.errors).toBeUndefined();
    expect(response.data!.achievements.length).toBeGreaterThanOrEqual(8);
    expect(response.data!.achievements.every((achievement) => achievement.unlocked === null)).toBe(true);
  });

  it('leaves out retired definitions', async () => {
    const slug = `retired-${randomUUID()}`;
    await prisma.achievementDefinition.create({ data: { slug, name: 'Retired', description: 'Gone.', criteria: { metric: 'best_grade', atLeast: 1 }, rarity: 'common', xp: 1, active: false } });
    const response = await platform.graphql<{ achievements: { slug: string }[] }>(ACHIEVEMENTS, {}, { token: learner.token });
    expect(response.data!.achievements.map((achievement) => achievement.slug)).not.toContain(slug);
  });
});

describe('statement counts', () => {
  /** Waits until the platform has handled the events earlier setup caused (a 200 ms window with no statements of its own). */
  async function settle(): Promise<void> {
    await waitFor(
      async () => {
        recording = [];
        await new Promise((resolve) => setTimeout(resolve, 200));
        const busy = recording.some((sql) => !isBackgroundStatement(sql));
        recording = null;
        return !busy;
      },
      { what: 'the platform to finish handling earlier events', intervalMs: 0 },
    );
  }

  async function countStatements(query: string, variables: Record<string, unknown>, token: string): Promise<number> {
    await settle();
    recording = [];
    try {
      const response = await platform.graphql(query, variables, { token });
      expect(response.errors).toBeUndefined();
      return recording.filter((sql) => !isBackgroundStatement(sql)).length;
    } finally {
      recording = null;
    }
  }

  it('lists ten more definitions in the same number of statements', async () => {
    const before = await countStatements(ACHIEVEMENTS, {}, learner.token);
    await prisma.achievementDefinition.createMany({
      data: Array.from({ length: 10 }, (_, index) => ({
        slug: `counted-${index}-${randomUUID()}`,
        name: `Counted ${index}`,
        description: 'Never met.',
        criteria: { metric: 'courses_completed', atLeast: 1_000_000 },
        rarity: 'common' as const,
        xp: 1,
      })),
    });
    expect(await countStatements(ACHIEVEMENTS, {}, learner.token)).toBe(before);
  });

  it('reads a person with many achievements in as many statements as one with two', async () => {
    const busy = await createPerson(prisma);
    await completeCourses(busy.id, 5);
    await reachMilestone(busy.id, 'devotion_streak_7');
    await reachMilestone(busy.id, 'first_answered_prayer');
    expect((await prisma.userAchievement.count({ where: { userId: busy.id } })) >= 6).toBe(true);
    const few = await countStatements(PROGRESS, { id: learner.id }, admin.token);
    const many = await countStatements(PROGRESS, { id: busy.id }, admin.token);
    expect(many).toBe(few);
  });
});
