// Course prices: set by the course's payee (its owner, mirrored from CourseCreated) or an admin; read
// in batches. A course without a row is free.
import { z } from 'zod';
import type { CoursePrice, Db, PrismaClient } from '../../../kit/src/db';
import { badInput, forbidden } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { factHandler } from '../events/fact-handler';
import { BASIS_POINTS } from './revenue-split';

export const MAX_PRICE_CENTS = 1_000_000;

/** What Course.price shows. */
export interface CoursePriceView {
  courseId: string;
  usdCents: number;
  scrollCoinCost: number | null;
  scholarshipEligible: boolean;
  free: boolean;
}

export function coursePriceView(courseId: string, price: CoursePrice | undefined | null): CoursePriceView {
  if (!price) return { courseId, usdCents: 0, scrollCoinCost: null, scholarshipEligible: false, free: true };
  return { courseId, usdCents: price.usdCents, scrollCoinCost: price.scrollCoinCost, scholarshipEligible: price.scholarshipEligible, free: price.usdCents === 0 };
}

/** One statement for any number of courses (the DataLoader behind Course.price). */
export async function loadCoursePrices(db: Db, courseIds: readonly string[]): Promise<CoursePriceView[]> {
  const valid = courseIds.filter(isUuid);
  const rows = valid.length > 0 ? await db.coursePrice.findMany({ where: { courseId: { in: [...new Set(valid)] } } }) : [];
  const byCourse = new Map(rows.map((row) => [row.courseId, row]));
  return courseIds.map((courseId) => coursePriceView(courseId, byCourse.get(courseId)));
}

export interface SetCoursePriceInput {
  usdCents: number;
  /** Null: the course cannot be bought with ScrollCoin. */
  scrollCoinCost?: number | null;
  /** @default true */
  scholarshipEligible?: boolean | null;
  /** Admins only. @default the current share (7000 for a new row) */
  instructorShareBps?: number | null;
  /** Admins only: who receives the instructor share. @default the current payee */
  payeeId?: string | null;
}

export async function setCoursePrice(prisma: PrismaClient, viewer: Viewer, courseId: string, input: SetCoursePriceInput): Promise<CoursePriceView> {
  const viewerId = signedInViewerId(viewer);
  const admin = hasRole(viewer, 'admin');
  if (!isUuid(courseId)) throw badInput('That is not a course id.', 'courseId');
  if (!Number.isSafeInteger(input.usdCents) || input.usdCents < 0 || input.usdCents > MAX_PRICE_CENTS) {
    throw badInput(`A price is 0 to ${MAX_PRICE_CENTS.toLocaleString('en')} cents ($10,000); 0 makes the course free.`, 'usdCents');
  }
  if (input.scrollCoinCost != null && (!Number.isSafeInteger(input.scrollCoinCost) || input.scrollCoinCost < 1)) {
    throw badInput('A ScrollCoin cost is a whole number of at least 1, or null to refuse coins.', 'scrollCoinCost');
  }
  if (input.instructorShareBps != null) {
    if (!admin) throw forbidden('Only an admin can change the instructor share.');
    if (!Number.isSafeInteger(input.instructorShareBps) || input.instructorShareBps < 0 || input.instructorShareBps > BASIS_POINTS) {
      throw badInput('The instructor share is 0 to 10000 basis points (10000 = 100 %).', 'instructorShareBps');
    }
  }
  if (input.payeeId != null) {
    if (!admin) throw forbidden('Only an admin can change who is paid for a course.');
    if (!isUuid(input.payeeId)) throw badInput('That is not a person id.', 'payeeId');
  }
  return prisma.$transaction(async (tx) => {
    const current = await tx.coursePrice.findUnique({ where: { courseId } });
    if (!admin && current?.payeeId !== viewerId) throw forbidden('Only the course’s owner or an admin can set its price.');
    const data = {
      usdCents: input.usdCents,
      scrollCoinCost: input.scrollCoinCost ?? null,
      ...(input.scholarshipEligible != null ? { scholarshipEligible: input.scholarshipEligible } : {}),
      ...(input.instructorShareBps != null ? { instructorShareBps: input.instructorShareBps } : {}),
      ...(input.payeeId != null ? { payeeId: input.payeeId } : {}),
    };
    const saved = await tx.coursePrice.upsert({ where: { courseId }, create: { courseId, ...data }, update: data });
    return coursePriceView(courseId, saved);
  });
}

const courseCreatedSchema = z.object({ courseId: z.uuid(), ownerId: z.uuid() });

export const MIRROR_COURSE_OWNER_HANDLER = 'commerce.mirror-course-owner';

/** A new course gets a free price row whose payee is its owner, so the owner can price it. */
export const handleCourseCreated = factHandler(MIRROR_COURSE_OWNER_HANDLER, courseCreatedSchema, async (tx, payload) => {
  await tx.coursePrice.upsert({
    where: { courseId: payload.courseId },
    create: { courseId: payload.courseId, usdCents: 0, payeeId: payload.ownerId },
    // A price set before the event arrived keeps its amounts; a missing payee is filled in.
    update: {},
  });
  await tx.coursePrice.updateMany({ where: { courseId: payload.courseId, payeeId: null }, data: { payeeId: payload.ownerId } });
});
