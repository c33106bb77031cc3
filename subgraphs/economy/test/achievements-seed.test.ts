// The achievement definitions are seeded by slug: valid, idempotent, and brought in line when the
// catalogue changes.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { checkAchievementSpec, seedAchievements } from '../src/achievements/seed-achievements';
import { ACHIEVEMENT_CATALOG, type AchievementSpec } from '../src/achievements/catalog';

let services: TestServices;
let prisma: PrismaClient;
const testSlugs: string[] = [];

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await prisma?.achievementDefinition.deleteMany({ where: { slug: { in: testSlugs } } });
  await services?.close();
});

function testSpec(overrides: Partial<AchievementSpec> = {}): AchievementSpec {
  const slug = `test-${randomUUID()}`;
  testSlugs.push(slug);
  // A threshold nobody reaches, so the definition never unlocks for another test's people.
  return { slug, name: 'Test', description: 'Never met.', criteria: { metric: 'courses_completed', atLeast: 1_000_000 }, rarity: 'common', xp: 1, coinReward: 1, ...overrides };
}

describe('the achievement catalogue', () => {
  it('offers at least eight achievements with unique slugs, each valid and judged on metrics events feed', () => {
    expect(ACHIEVEMENT_CATALOG.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ACHIEVEMENT_CATALOG.map((spec) => spec.slug)).size).toBe(ACHIEVEMENT_CATALOG.length);
    for (const spec of ACHIEVEMENT_CATALOG) expect(() => checkAchievementSpec(spec)).not.toThrow();
  });

  it('is all in the database after seeding, and seeding again writes nothing', async () => {
    await seedAchievements(prisma);
    expect(await seedAchievements(prisma)).toBe(false);
    const slugs = (await prisma.achievementDefinition.findMany({ where: { slug: { in: ACHIEVEMENT_CATALOG.map((spec) => spec.slug) } } })).map((row) => row.slug);
    expect(slugs.sort()).toEqual(ACHIEVEMENT_CATALOG.map((spec) => spec.slug).sort());
  });
});

describe('seedAchievements', () => {
  it('corrects a definition whose catalogue entry changed, keeping its id', async () => {
    const spec = testSpec();
    expect(await seedAchievements(prisma, [spec])).toBe(true);
    const before = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: spec.slug } });
    const changed = { ...spec, xp: 5, criteria: { all: [{ metric: 'best_grade', atLeast: 101 }] } };
    expect(await seedAchievements(prisma, [changed])).toBe(true);
    const after = await prisma.achievementDefinition.findUniqueOrThrow({ where: { slug: spec.slug } });
    expect(after).toMatchObject({ id: before.id, xp: 5, criteria: changed.criteria });
    expect(await seedAchievements(prisma, [changed])).toBe(false);
  });

  it('refuses a definition judged on a metric no event feeds, writing nothing', async () => {
    const good = testSpec();
    const bad = testSpec({ criteria: { metric: 'hours_prayed', atLeast: 1 } });
    await expect(seedAchievements(prisma, [good, bad])).rejects.toThrow(/names metrics no event feeds: hours_prayed/);
    expect(await prisma.achievementDefinition.count({ where: { slug: { in: [good.slug, bad.slug] } } })).toBe(0);
  });

  it('refuses malformed criteria, writing nothing', async () => {
    const bad = testSpec({ criteria: { any: [] } });
    await expect(seedAchievements(prisma, [bad])).rejects.toThrow(/malformed criteria/);
    expect(await prisma.achievementDefinition.count({ where: { slug: bad.slug } })).toBe(0);
  });
});
