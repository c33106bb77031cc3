// Paying with ScrollCoin: the ledger purchase, the access grant and the revenue share commit together
// or not at all, and a retried checkout never pays twice.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import type { CourseAccessGranted } from '../src/commerce/access-events';
import { refundScrollCoinOrder } from '../src/commerce/coin-refunds';
import { createOrderFromCart } from '../src/commerce/orders';
import { cartWith, fundWallet, outboxPayloads, pricedCourse, viewerOf, walletBalance } from './support/commerce';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices({ poolMax: 12 });
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const purchasesOf = (orderId: string) => prisma.ledgerTransaction.findMany({ where: { type: 'purchase', metadata: { path: ['orderId'], equals: orderId } }, include: { entries: true } });

describe('paying with ScrollCoin', () => {
  it('writes nothing when the wallet is short', async () => {
    const buyer = randomUUID();
    const course = await pricedCourse(prisma, { scrollCoinCost: 500 });
    await fundWallet(prisma, buyer, 499);
    await cartWith(prisma, buyer, [{ kind: 'course', courseId: course.courseId }]);
    await expect(createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'scroll_coin', idempotencyKey: randomUUID() })).rejects.toMatchObject({
      extensions: { code: 'PAYMENT_REQUIRED' },
    });
    expect(await prisma.order.count({ where: { userId: buyer } })).toBe(0);
    expect(await walletBalance(prisma, buyer)).toBe(499);
    expect(await prisma.cartItem.count({ where: { cart: { userId: buyer } } })).toBe(1);
    expect(await outboxPayloads(prisma, 'CourseAccessGranted', { path: ['userId'], equals: buyer })).toEqual([]);
  });

  it('posts one purchase, grants access and records the revenue share in one go when the wallet holds enough', async () => {
    const buyer = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 2000, scrollCoinCost: 301, instructorShareBps: 7000 });
    await fundWallet(prisma, buyer, 1000);
    await cartWith(prisma, buyer, [{ kind: 'course', courseId: course.courseId }]);
    const order = await createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'scroll_coin', idempotencyKey: randomUUID() });
    expect(order).toMatchObject({ status: 'paid', paymentMethod: 'scroll_coin', scrollCoinTotal: 301, totalCents: 2000 });
    expect(await walletBalance(prisma, buyer)).toBe(699);
    expect(await walletBalance(prisma, course.payeeId!)).toBe(210);
    const [purchase, ...others] = await purchasesOf(order.id);
    expect(others).toEqual([]);
    expect(purchase!.entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);
    expect(purchase!.entries.map((entry) => entry.amount).sort((a, b) => a - b)).toEqual([-301, 91, 210]);
    expect(await outboxPayloads<CourseAccessGranted>(prisma, 'CourseAccessGranted', { path: ['orderId'], equals: order.id })).toEqual([
      { userId: buyer, courseId: course.courseId, orderId: order.id },
    ]);
    expect(await prisma.revenueShare.findMany({ where: { orderItem: { orderId: order.id } } })).toMatchObject([
      { courseId: course.courseId, payeeId: course.payeeId, grossCents: 2000, instructorCents: 1400, platformCents: 600 },
    ]);
  });

  it('pays once for 20 concurrent checkouts with the same idempotency key', async () => {
    const buyer = randomUUID();
    const course = await pricedCourse(prisma, { scrollCoinCost: 100 });
    await fundWallet(prisma, buyer, 1000);
    await cartWith(prisma, buyer, [{ kind: 'course', courseId: course.courseId }]);
    const key = randomUUID();
    const orders = await Promise.all(Array.from({ length: 20 }, () => createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'scroll_coin', idempotencyKey: key })));
    expect(new Set(orders.map((order) => order.id)).size).toBe(1);
    expect(await walletBalance(prisma, buyer)).toBe(900);
    expect(await purchasesOf(orders[0]!.id)).toHaveLength(1);
    expect(await outboxPayloads(prisma, 'CourseAccessGranted', { path: ['orderId'], equals: orders[0]!.id })).toHaveLength(1);
  });

  it('refuses ScrollCoin for a course with no coin price', async () => {
    const buyer = randomUUID();
    const course = await pricedCourse(prisma, { scrollCoinCost: null });
    await fundWallet(prisma, buyer, 1000);
    await cartWith(prisma, buyer, [{ kind: 'course', courseId: course.courseId }]);
    await expect(createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'scroll_coin', idempotencyKey: randomUUID() })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'paymentMethod' },
    });
    expect(await walletBalance(prisma, buyer)).toBe(1000);
  });

  it('refunds a coin order to the wallet once and revokes access', async () => {
    const buyer = randomUUID();
    const course = await pricedCourse(prisma, { scrollCoinCost: 250 });
    await fundWallet(prisma, buyer, 250);
    await cartWith(prisma, buyer, [{ kind: 'course', courseId: course.courseId }]);
    const order = await createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'scroll_coin', idempotencyKey: randomUUID() });
    expect(await walletBalance(prisma, buyer)).toBe(0);
    const admin = randomUUID();
    await refundScrollCoinOrder(prisma, admin, order.id);
    const again = await refundScrollCoinOrder(prisma, admin, order.id);
    expect(again.status).toBe('refunded');
    expect(await walletBalance(prisma, buyer)).toBe(250);
    expect(await prisma.ledgerTransaction.count({ where: { type: 'refund', metadata: { path: ['orderId'], equals: order.id } } })).toBe(1);
    expect(await outboxPayloads(prisma, 'CourseAccessRevoked', { path: ['userId'], equals: buyer })).toEqual([{ userId: buyer, courseId: course.courseId }]);
  });
});
