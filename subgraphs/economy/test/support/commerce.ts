// Factories for commerce tests: priced courses, bundles, promo codes, funded wallets, carts, and the
// outbox rows an order writes.
import { randomUUID } from 'node:crypto';
import type { CoursePrice, PrismaClient, PromoCode } from '../../../kit/src/db';
import type { Role, Viewer } from '../../../kit/src/viewer';
import { postTransaction } from '../../src/ledger/post-transaction';

export function viewerOf(userId: string, roles: Role[] = ['student']): Viewer {
  return { kind: 'user', id: userId, roles, ip: '127.0.0.1' };
}

export interface PricedCourseSpec {
  /** @default a fresh id */
  courseId?: string;
  /** @default a fresh payee */
  payeeId?: string | null;
  /** @default 4999 */
  usdCents?: number;
  /** @default null */
  scrollCoinCost?: number | null;
  /** @default true */
  scholarshipEligible?: boolean;
  /** @default 7000 */
  instructorShareBps?: number;
}

/** A price row for a course id (the courses domain is not needed to sell it). */
export function pricedCourse(prisma: PrismaClient, spec: PricedCourseSpec = {}): Promise<CoursePrice> {
  return prisma.coursePrice.create({
    data: {
      courseId: spec.courseId ?? randomUUID(),
      payeeId: spec.payeeId === undefined ? randomUUID() : spec.payeeId,
      usdCents: spec.usdCents ?? 4999,
      scrollCoinCost: spec.scrollCoinCost ?? null,
      scholarshipEligible: spec.scholarshipEligible ?? true,
      instructorShareBps: spec.instructorShareBps ?? 7000,
    },
  });
}

export async function bundleOf(prisma: PrismaClient, courseIds: string[], spec: { usdCents?: number; scrollCoinCost?: number | null } = {}) {
  return prisma.bundle.create({
    data: {
      slug: `bundle-${randomUUID()}`,
      name: 'Test Bundle',
      usdCents: spec.usdCents ?? 7999,
      scrollCoinCost: spec.scrollCoinCost ?? null,
      courses: { create: courseIds.map((courseId) => ({ courseId })) },
    },
    include: { courses: true },
  });
}

export function promoCode(prisma: PrismaClient, spec: Partial<Pick<PromoCode, 'kind' | 'percentOff' | 'amountOffCents' | 'maxUses' | 'validFrom' | 'validUntil'>> = {}) {
  return prisma.promoCode.create({
    data: {
      code: `TEST-${randomUUID().slice(0, 8).toUpperCase()}`,
      kind: spec.kind ?? 'percent',
      percentOff: spec.kind === 'fixed' ? null : (spec.percentOff ?? 10),
      amountOffCents: spec.kind === 'fixed' ? (spec.amountOffCents ?? 500) : null,
      validFrom: spec.validFrom ?? new Date(Date.now() - 60_000),
      validUntil: spec.validUntil ?? null,
      maxUses: spec.maxUses ?? null,
      createdById: randomUUID(),
    },
  });
}

/** Puts coins in a wallet (minted from the treasury). */
export async function fundWallet(prisma: PrismaClient, userId: string, coins: number): Promise<void> {
  await prisma.$transaction((tx) =>
    postTransaction(tx, {
      type: 'mint',
      reason: 'Test funds',
      idempotencyKey: `test-funds:${randomUUID()}`,
      legs: [
        { account: { system: 'treasury' }, amount: -coins },
        { account: { userId }, amount: coins },
      ],
    }),
  );
}

export async function walletBalance(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance ?? 0;
}

/** A cart with these items straight in the table (adding through addToCart is tested on its own). */
export async function cartWith(
  prisma: PrismaClient,
  userId: string,
  items: { kind: 'course' | 'bundle' | 'school_licence'; courseId?: string; bundleId?: string; schoolId?: string; seats?: number }[],
  code: string | null = null,
) {
  return prisma.cart.create({
    data: {
      userId,
      promoCode: code,
      items: { create: items.map((item, index) => ({ ...item, addedAt: new Date(Date.now() + index) })) },
    },
  });
}

export async function outboxPayloads<T>(prisma: PrismaClient, type: string, filter: { path: string[]; equals: string }): Promise<T[]> {
  const rows = await prisma.economyOutboxEvent.findMany({ where: { type, payload: { path: filter.path, equals: filter.equals } }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as T);
}
