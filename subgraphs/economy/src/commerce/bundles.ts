// Bundles: several courses sold together at one price, managed by admins.
import type { Bundle, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { MAX_PRICE_CENTS } from './course-prices';

export const BUNDLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Most courses in one bundle. */
export const MAX_BUNDLE_COURSES = 50;

export interface BundleInput {
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  usdCents?: number | null;
  /** Null: not for sale in ScrollCoin. Leave out to keep it. */
  scrollCoinCost?: number | null;
  active?: boolean | null;
  /** Replaces the bundle's courses when given. */
  courseIds?: string[] | null;
}

export type BundleWithCourses = Bundle & { courses: { courseId: string }[] };

function checkBundleInput(input: BundleInput): void {
  if (input.slug != null && !BUNDLE_SLUG_PATTERN.test(input.slug)) throw badInput('A slug is lower-case words joined by hyphens, like "theology-starter".', 'slug');
  if (input.name != null && (input.name.trim() === '' || input.name.length > 120)) throw badInput('A bundle name is 1–120 characters.', 'name');
  if (input.description != null && input.description.length > 2000) throw badInput('A description is at most 2,000 characters.', 'description');
  if (input.usdCents != null && (!Number.isSafeInteger(input.usdCents) || input.usdCents < 1 || input.usdCents > MAX_PRICE_CENTS)) {
    throw badInput(`A bundle costs 1 to ${MAX_PRICE_CENTS.toLocaleString('en')} cents.`, 'usdCents');
  }
  if (input.scrollCoinCost != null && (!Number.isSafeInteger(input.scrollCoinCost) || input.scrollCoinCost < 1)) {
    throw badInput('A ScrollCoin cost is a whole number of at least 1, or null to refuse coins.', 'scrollCoinCost');
  }
  if (input.courseIds != null) {
    if (input.courseIds.length < 2 || input.courseIds.length > MAX_BUNDLE_COURSES) throw badInput(`A bundle holds 2 to ${MAX_BUNDLE_COURSES} courses.`, 'courseIds');
    if (!input.courseIds.every(isUuid)) throw badInput('Every course id must be a course’s id.', 'courseIds');
    if (new Set(input.courseIds).size !== input.courseIds.length) throw badInput('A course appears twice in the bundle.', 'courseIds');
  }
}

export async function createBundle(prisma: PrismaClient, input: BundleInput): Promise<BundleWithCourses> {
  if (input.slug == null || input.name == null || input.usdCents == null || input.courseIds == null) {
    throw badInput('A new bundle needs a slug, a name, a price and its courses.');
  }
  checkBundleInput(input);
  const existing = await prisma.bundle.findUnique({ where: { slug: input.slug } });
  if (existing) throw conflict(`The slug "${input.slug}" is taken. Choose another.`);
  return prisma.bundle.create({
    data: {
      slug: input.slug,
      name: input.name.trim(),
      description: input.description ?? '',
      usdCents: input.usdCents,
      scrollCoinCost: input.scrollCoinCost ?? null,
      active: input.active ?? true,
      courses: { create: input.courseIds.map((courseId) => ({ courseId })) },
    },
    include: { courses: true },
  });
}

export async function updateBundle(prisma: PrismaClient, bundleId: string, input: BundleInput): Promise<BundleWithCourses> {
  if (!isUuid(bundleId)) throw notFound('The bundle');
  checkBundleInput(input);
  return prisma.$transaction(async (tx) => {
    const bundle = await tx.bundle.findUnique({ where: { id: bundleId } });
    if (!bundle) throw notFound('The bundle');
    if (input.slug != null && input.slug !== bundle.slug && (await tx.bundle.findUnique({ where: { slug: input.slug } }))) {
      throw conflict(`The slug "${input.slug}" is taken. Choose another.`);
    }
    if (input.courseIds != null) {
      await tx.bundleCourse.deleteMany({ where: { bundleId } });
      await tx.bundleCourse.createMany({ data: input.courseIds.map((courseId) => ({ bundleId, courseId })) });
    }
    return tx.bundle.update({
      where: { id: bundleId },
      data: {
        ...(input.slug != null ? { slug: input.slug } : {}),
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.usdCents != null ? { usdCents: input.usdCents } : {}),
        ...(input.scrollCoinCost !== undefined ? { scrollCoinCost: input.scrollCoinCost } : {}),
        ...(input.active != null ? { active: input.active } : {}),
      },
      include: { courses: true },
    });
  });
}
