// The demo devotions and reading plans, seeded twice into a database of their own: 30 days from today
// with real passages, two plans, and a second run that writes nothing.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { DEMO_DEVOTION_DAYS, DEMO_READING_PLANS, seedDevotions } from '../../../scripts/seed/seed-devotions';
import { normalisedScriptureReferences } from '../../kit/src/scripture-references';
import { dateColumnOfDay, dayInZone } from '../../kit/src/zoned-time';

let database: ScratchDatabase;
let seededAgain: boolean;
let countsAfterFirst: Record<string, number>;

async function contentCounts(): Promise<Record<string, number>> {
  const prisma = database.prisma;
  return {
    devotions: await prisma.devotion.count(),
    passages: await prisma.passage.count(),
    plans: await prisma.readingPlan.count(),
    planDays: await prisma.readingPlanDay.count(),
  };
}

beforeAll(async () => {
  database = await createScratchDatabase('spiritual_devotions_seed');
  await seedDemoData(database.prisma);
  countsAfterFirst = await contentCounts();
  seededAgain = await seedDevotions(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

test('seeds a devotion for each of the 30 days from today (UTC)', async () => {
  const today = dayInZone(new Date(), 'UTC');
  const dates = Array.from({ length: DEMO_DEVOTION_DAYS }, (_, index) => dateColumnOfDay(today + index));
  expect(await database.prisma.devotion.count({ where: { date: { in: dates } } })).toBe(DEMO_DEVOTION_DAYS);
});

test('every devotion has a KJV passage under a normalised reference, and every part written', async () => {
  const devotions = await database.prisma.devotion.findMany({ include: { passage: true } });
  for (const devotion of devotions) {
    expect(devotion.passage.translation).toBe('KJV');
    expect(normalisedScriptureReferences(devotion.passage.reference)).toEqual([devotion.passage.reference]);
    expect(devotion.passage.text.length).toBeGreaterThan(20);
    for (const part of [devotion.title, devotion.reflection, devotion.prayerPrompt, devotion.actionStep]) expect(part.trim()).not.toBe('');
  }
});

test('seeds the two reading plans with their days numbered from 1 and normalised references', async () => {
  const plans = await database.prisma.readingPlan.findMany({
    where: { slug: { in: DEMO_READING_PLANS.map((plan) => plan.slug) } },
    include: { days: { orderBy: { dayNumber: 'asc' } } },
  });
  expect(plans.map((plan) => plan.days.length).sort((a, b) => a - b)).toEqual([7, 21]);
  for (const plan of plans) {
    expect(plan.days.map((day) => day.dayNumber)).toEqual(plan.days.map((_, index) => index + 1));
    for (const reference of plan.days.flatMap((day) => day.references)) expect(normalisedScriptureReferences(reference)).toEqual([reference]);
  }
});

test('seeding a second time writes nothing', async () => {
  expect(seededAgain).toBe(false);
  expect(await contentCounts()).toEqual(countsAfterFirst);
});
