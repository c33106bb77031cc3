// Checkout and the order lifecycle against PostgreSQL: promo limits under concurrency, exact
// discount allocation, idempotency, fulfilment once, failure and refunds.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import type { CourseAccessGranted, CourseAccessRevoked } from '../src/commerce/access-events';
import { addToCart } from '../src/commerce/cart';
import { createOrderFromCart, markOrderFailed, markOrderPaid, refundOrder } from '../src/commerce/orders';
import { bundleOf, cartWith, outboxPayloads, pricedCourse, promoCode, viewerOf } from './support/commerce';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices({ poolMax: 12 });
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const grantsOf = (orderId: string) => outboxPayloads<CourseAccessGranted>(prisma, 'CourseAccessGranted', { path: ['orderId'], equals: orderId });
const payAt = new Date('2030-01-01T00:00:00.000Z');

async function cardOrder(userId: string, courseIds: string[], code: string | null = null) {
  await cartWith(prisma, userId, courseIds.map((courseId) => ({ kind: 'course' as const, courseId })), code);
  return createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: randomUUID() });
}

describe('createOrderFromCart', () => {
  it('lets exactly maxUses of 50 concurrent checkouts use a promo code', async () => {
    const course = await pricedCourse(prisma, { usdCents: 2000 });
    const promo = await promoCode(prisma, { percentOff: 25, maxUses: 7 });
    const buyers = Array.from({ length: 50 }, () => randomUUID());
    await Promise.all(buyers.map((userId) => cartWith(prisma, userId, [{ kind: 'course', courseId: course.courseId }], promo.code)));
    const results = await Promise.allSettled(
      buyers.map((userId) => createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: randomUUID() })),
    );
    const succeeded = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(succeeded).toHaveLength(7);
    expect(refused.map((result) => (result.reason as { extensions?: { code?: string } }).extensions?.code)).toEqual(Array(43).fill('CONFLICT'));
    expect((await prisma.promoCode.findUniqueOrThrow({ where: { id: promo.id } })).uses).toBe(7);
    expect(await prisma.order.count({ where: { promoCodeId: promo.id } })).toBe(7);
    // A refused checkout leaves its cart as it was.
    const refusedBuyers = buyers.filter((_, index) => results[index]!.status === 'rejected');
    expect(await prisma.cartItem.count({ where: { cart: { userId: { in: refusedBuyers } } } })).toBe(43);
  });

  it('allocates the order discount over its items so the items’ discounts sum exactly', async () => {
    const courses = await Promise.all([3333, 3333, 3334].map((usdCents) => pricedCourse(prisma, { usdCents })));
    const promo = await promoCode(prisma, { percentOff: 33 });
    const order = await cardOrder(randomUUID(), courses.map((course) => course.courseId), promo.code);
    expect(order).toMatchObject({ subtotalCents: 10_000, discountCents: 3300, totalCents: 6700, status: 'awaiting_payment', paymentMethod: 'card' });
    expect(order.items.reduce((sum, item) => sum + item.discountCents, 0)).toBe(3300);
    expect(order.items.reduce((sum, item) => sum + item.totalCents, 0)).toBe(6700);
  });

  it('empties the cart and returns the same order for the same idempotency key', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma);
    await cartWith(prisma, userId, [{ kind: 'course', courseId: course.courseId }]);
    const key = randomUUID();
    const [first, second] = await Promise.all([
      createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: key }),
      createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: key }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await prisma.order.count({ where: { userId } })).toBe(1);
    expect(await prisma.cartItem.count({ where: { cart: { userId } } })).toBe(0);
  });

  it('refuses an empty cart', async () => {
    await expect(createOrderFromCart(prisma, viewerOf(randomUUID()), { paymentMethod: 'card', idempotencyKey: randomUUID() })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses an expired promo code at checkout and writes nothing', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma);
    const promo = await promoCode(prisma, { validFrom: new Date('2020-01-01'), validUntil: new Date('2020-02-01') });
    await cartWith(prisma, userId, [{ kind: 'course', courseId: course.courseId }], promo.code);
    await expect(createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: randomUUID() })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await prisma.order.count({ where: { userId } })).toBe(0);
  });
});

describe('markOrderPaid', () => {
  it('grants access once however many times the payment is reported', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma);
    const order = await cardOrder(userId, [course.courseId]);
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt, paymentIntentId: `pi_${randomUUID()}` }));
    const again = await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: new Date() }));
    expect(again).toMatchObject({ status: 'paid', paidAt: payAt });
    expect(await grantsOf(order.id)).toEqual([{ userId, courseId: course.courseId, orderId: order.id }]);
    expect(await prisma.revenueShare.count({ where: { orderItem: { orderId: order.id } } })).toBe(1);
  });

  it('expands a bundle into a grant and a revenue share per course whose amounts add up to the item', async () => {
    const userId = randomUUID();
    const [a, b] = await Promise.all([pricedCourse(prisma, { usdCents: 3000 }), pricedCourse(prisma, { usdCents: 6001, instructorShareBps: 5000 })]);
    const bundle = await bundleOf(prisma, [a.courseId, b.courseId], { usdCents: 7999 });
    await cartWith(prisma, userId, [{ kind: 'bundle', bundleId: bundle.id }]);
    const order = await createOrderFromCart(prisma, viewerOf(userId), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    expect((await grantsOf(order.id)).map((grant) => grant.courseId).sort()).toEqual([a.courseId, b.courseId].sort());
    const shares = await prisma.revenueShare.findMany({ where: { orderItem: { orderId: order.id } } });
    expect(shares.reduce((sum, share) => sum + share.grossCents, 0)).toBe(7999);
    for (const share of shares) {
      expect(share.instructorCents + share.platformCents).toBe(share.grossCents);
      const price = share.courseId === a.courseId ? a : b;
      expect(share.payeeId).toBe(price.payeeId);
      expect(share.instructorCents).toBe(Math.floor((share.grossCents * price.instructorShareBps) / 10_000));
    }
  });

  it('issues a school licence’s seats as distinct codes expiring in a year', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 1000 });
    await cartWith(prisma, userId, [{ kind: 'school_licence', courseId: course.courseId, schoolId: randomUUID(), seats: 5 }]);
    const order = await createOrderFromCart(prisma, viewerOf(userId, ['school_admin']), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    expect(order.totalCents).toBe(5000);
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    const licence = await prisma.schoolLicence.findUniqueOrThrow({ where: { orderId: order.id }, include: { codes: true } });
    expect(licence.expiresAt).toEqual(new Date('2031-01-01T00:00:00.000Z'));
    expect(new Set(licence.codes.map((code) => code.code)).size).toBe(5);
    for (const { code } of licence.codes) expect(code).toMatch(/^LIC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The buyer bought seats for others, not access for themselves.
    expect(await grantsOf(order.id)).toEqual([]);
  });
});

describe('markOrderFailed', () => {
  it('gives the promo use back and leaves a paid order alone', async () => {
    const course = await pricedCourse(prisma);
    const promo = await promoCode(prisma, { maxUses: 2 });
    const failing = await cardOrder(randomUUID(), [course.courseId], promo.code);
    const paid = await cardOrder(randomUUID(), [course.courseId], promo.code);
    await prisma.$transaction((tx) => markOrderPaid(tx, paid.id, { paidAt: payAt }));
    expect((await prisma.$transaction((tx) => markOrderFailed(tx, failing.id, payAt))).status).toBe('failed');
    expect((await prisma.$transaction((tx) => markOrderFailed(tx, paid.id, payAt))).status).toBe('paid');
    expect((await prisma.promoCode.findUniqueOrThrow({ where: { id: promo.id } })).uses).toBe(1);
    // Failing twice gives nothing more back.
    await prisma.$transaction((tx) => markOrderFailed(tx, failing.id, payAt));
    expect((await prisma.promoCode.findUniqueOrThrow({ where: { id: promo.id } })).uses).toBe(1);
  });
});

describe('refundOrder', () => {
  it('reverses shares in proportion to a partial refund and keeps access', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 10_000 });
    const order = await cardOrder(userId, [course.courseId]);
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    const refunded = await prisma.$transaction((tx) => refundOrder(tx, order.id, { refundedCentsTotal: 2500, at: payAt }));
    expect(refunded).toMatchObject({ status: 'partially_refunded', refundedCents: 2500 });
    const reversal = await prisma.revenueShare.findFirstOrThrow({ where: { orderItem: { orderId: order.id }, reversal: true } });
    expect(reversal).toMatchObject({ grossCents: -2500, instructorCents: -1750, platformCents: -750 });
    expect(await outboxPayloads<CourseAccessRevoked>(prisma, 'CourseAccessRevoked', { path: ['userId'], equals: userId })).toEqual([]);
  });

  it('revokes access and reverses the whole share on a full refund, once, whatever order the totals arrive in', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 4999 });
    const order = await cardOrder(userId, [course.courseId]);
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    await prisma.$transaction((tx) => refundOrder(tx, order.id, { refundedCentsTotal: 4999, at: payAt }));
    await prisma.$transaction((tx) => refundOrder(tx, order.id, { refundedCentsTotal: 1000, at: payAt }));
    await prisma.$transaction((tx) => refundOrder(tx, order.id, { refundedCentsTotal: 4999, at: payAt }));
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: 'refunded', refundedCents: 4999 });
    expect(await outboxPayloads<CourseAccessRevoked>(prisma, 'CourseAccessRevoked', { path: ['userId'], equals: userId })).toEqual([{ userId, courseId: course.courseId }]);
    const shares = await prisma.revenueShare.findMany({ where: { orderItem: { orderId: order.id } } });
    expect(shares.reduce((sum, share) => sum + share.grossCents, 0)).toBe(0);
    expect(shares.reduce((sum, share) => sum + share.instructorCents, 0)).toBe(0);
  });

  it('applies a refund reported before the payment once the payment arrives', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 2000 });
    const order = await cardOrder(userId, [course.courseId]);
    await prisma.$transaction((tx) => refundOrder(tx, order.id, { refundedCentsTotal: 2000, at: payAt }));
    const paid = await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    expect(paid).toMatchObject({ status: 'refunded', refundedCents: 2000 });
    expect(await outboxPayloads<CourseAccessRevoked>(prisma, 'CourseAccessRevoked', { path: ['userId'], equals: userId })).toHaveLength(1);
  });
});

describe('addToCart', () => {
  it('refuses a course the person already bought', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma);
    const order = await cardOrder(userId, [course.courseId]);
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: payAt }));
    await expect(addToCart(prisma, viewerOf(userId), { kind: 'course', courseId: course.courseId })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('refuses a free course', async () => {
    await expect(addToCart(prisma, viewerOf(randomUUID()), { kind: 'course', courseId: randomUUID() })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a school licence to someone who is not a school administrator', async () => {
    const course = await pricedCourse(prisma);
    await expect(addToCart(prisma, viewerOf(randomUUID()), { kind: 'school_licence', courseId: course.courseId, schoolId: randomUUID(), seats: 3 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('prices the cart with its promo code applied', async () => {
    const userId = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 1000, scrollCoinCost: 100 });
    const cart = await addToCart(prisma, viewerOf(userId), { kind: 'course', courseId: course.courseId });
    expect(cart.totals).toMatchObject({ subtotalCents: 1000, totalCents: 1000 });
    expect(cart.scrollCoinTotal).toBe(100);
  });
});
