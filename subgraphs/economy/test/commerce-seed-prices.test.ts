// The demo price seed, run twice into a database of its own after the demo data.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { DEMO_BUNDLE, DEMO_COURSE_PRICES, DEMO_PROMO_CODE, seedPrices } from '../../../scripts/seed/seed-prices';

let database: ScratchDatabase;

beforeAll(async () => {
  database = await createScratchDatabase('economy_seed_prices');
  await seedDemoData(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

it('prices every demo course for its owner, bundles the paid ones and adds the welcome code, once', async () => {
  const prisma = database.prisma;
  // The demo seed already priced everything, so pricing again writes nothing.
  expect(await seedPrices(prisma)).toBe(false);
  const courses = await prisma.course.findMany({ select: { id: true, slug: true, ownerId: true } });
  const prices = new Map((await prisma.coursePrice.findMany()).map((price) => [price.courseId, price]));
  for (const course of courses) {
    expect(prices.get(course.id)).toMatchObject({ payeeId: course.ownerId, usdCents: DEMO_COURSE_PRICES[course.slug]?.usdCents ?? 0 });
  }
  const bundle = await prisma.bundle.findUniqueOrThrow({ where: { slug: DEMO_BUNDLE.slug }, include: { courses: true } });
  expect(bundle.courses).toHaveLength(Object.keys(DEMO_COURSE_PRICES).length);
  expect(await prisma.promoCode.findUnique({ where: { code: DEMO_PROMO_CODE } })).toMatchObject({ kind: 'percent', percentOff: 10 });
  expect(await seedPrices(prisma)).toBe(false);
});
