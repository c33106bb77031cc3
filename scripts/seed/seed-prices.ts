// Demo prices: every demo course gets a price row paid to its owner (free courses at 0), the paid
// ones a dollar and ScrollCoin price, a bundle of the paid courses, and a welcome promo code.
// Idempotent: rows already present are left as they are (an owner or admin may have changed them).
import type { PrismaClient } from '../../subgraphs/kit/src';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_COURSES } from './demo-courses';
import { BULK_TRANSACTION_OPTIONS } from '../../subgraphs/kit/src/db';

/** What the demo's paid courses cost, by slug. Courses not listed keep their demo `isFree` flag at 0. */
export const DEMO_COURSE_PRICES: Record<string, { usdCents: number; scrollCoinCost: number }> = {
  'psalms-israels-prayer-book': { usdCents: 2900, scrollCoinCost: 290 },
  'foundations-of-probability': { usdCents: 3900, scrollCoinCost: 390 },
};

export const DEMO_BUNDLE = {
  slug: 'demo-paid-courses',
  name: 'Psalms and Probability',
  description: 'Both paid demo courses together, for less.',
  usdCents: 5500,
  scrollCoinCost: 550,
};

export const DEMO_PROMO_CODE = 'WELCOME10';

/** Seeds whatever demo prices are missing; returns true when it wrote anything. */
export async function seedPrices(prisma: PrismaClient): Promise<boolean> {
  const courses = await prisma.course.findMany({ where: { slug: { in: DEMO_COURSES.map((course) => course.slug) } }, select: { id: true, slug: true, ownerId: true } });
  if (courses.length === 0) return false;
  const existing = new Set((await prisma.coursePrice.findMany({ where: { courseId: { in: courses.map((course) => course.id) } }, select: { courseId: true } })).map((row) => row.courseId));
  const missing = courses.filter((course) => !existing.has(course.id));
  const paid = courses.filter((course) => DEMO_COURSE_PRICES[course.slug] !== undefined);
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'));
  const adminUser = admin ? await prisma.user.findUnique({ where: { email: admin.email }, select: { id: true } }) : null;
  const bundlePresent = (await prisma.bundle.findUnique({ where: { slug: DEMO_BUNDLE.slug } })) !== null;
  const promoPresent = (await prisma.promoCode.findUnique({ where: { code: DEMO_PROMO_CODE } })) !== null;
  const wantsBundle = !bundlePresent && paid.length >= 2;
  const wantsPromo = !promoPresent && adminUser !== null;
  if (missing.length === 0 && !wantsBundle && !wantsPromo) return false;

  await prisma.$transaction(async (tx) => {
    await tx.coursePrice.createMany({
      data: missing.map((course) => ({
        courseId: course.id,
        payeeId: course.ownerId,
        usdCents: DEMO_COURSE_PRICES[course.slug]?.usdCents ?? 0,
        scrollCoinCost: DEMO_COURSE_PRICES[course.slug]?.scrollCoinCost ?? null,
      })),
      skipDuplicates: true,
    });
    if (wantsBundle) {
      await tx.bundle.create({ data: { ...DEMO_BUNDLE, courses: { create: paid.map((course) => ({ courseId: course.id })) } } });
    }
    if (wantsPromo) {
      await tx.promoCode.create({ data: { code: DEMO_PROMO_CODE, kind: 'percent', percentOff: 10, validFrom: new Date(0), createdById: adminUser!.id } });
    }
  }, BULK_TRANSACTION_OPTIONS);
  return true;
}
