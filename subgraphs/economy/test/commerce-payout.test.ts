// The payout report: per course, gross sales, shares and refund reversals over a period, and totals.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { createOrderFromCart, markOrderPaid, refundOrder } from '../src/commerce/orders';
import { payoutReport } from '../src/commerce/payout-report';
import { salesOverTime } from '../src/commerce/sales-over-time';
import { cartWith, pricedCourse, viewerOf } from './support/commerce';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

async function paidOrder(courseId: string) {
  const buyer = randomUUID();
  await cartWith(prisma, buyer, [{ kind: 'course', courseId }]);
  const order = await createOrderFromCart(prisma, viewerOf(buyer), { paymentMethod: 'card', idempotencyKey: randomUUID() });
  return prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt: new Date() }));
}

const period = () => ({ from: new Date(Date.now() - 60_000), until: new Date(Date.now() + 60_000) });

describe('payoutReport', () => {
  it('sums each course’s sales, shares and refunds for the payee', async () => {
    const payeeId = randomUUID();
    const [first, second] = await Promise.all([
      pricedCourse(prisma, { payeeId, usdCents: 1001, instructorShareBps: 7000 }),
      pricedCourse(prisma, { payeeId, usdCents: 5000, instructorShareBps: 5000 }),
    ]);
    await paidOrder(first.courseId);
    await paidOrder(first.courseId);
    const refunded = await paidOrder(second.courseId);
    await prisma.$transaction((tx) => refundOrder(tx, refunded.id, { refundedCentsTotal: 5000, at: new Date() }));

    const report = await payoutReport(prisma, viewerOf(payeeId, ['instructor']), period());
    expect(report.payeeId).toBe(payeeId);
    const byCourse = new Map(report.courses.map((line) => [line.courseId, line]));
    expect(byCourse.get(first.courseId)).toMatchObject({ sales: 2, grossCents: 2002, instructorCents: 1400, platformCents: 602, refundedGrossCents: 0, netInstructorCents: 1400 });
    expect(byCourse.get(second.courseId)).toMatchObject({ sales: 1, grossCents: 5000, instructorCents: 2500, platformCents: 0, refundedGrossCents: 5000, refundedInstructorCents: 2500, netInstructorCents: 0 });
    expect(report.totals).toEqual({ grossCents: 7002, instructorCents: 3900, platformCents: 602, refundedGrossCents: 5000, refundedInstructorCents: 2500, netInstructorCents: 1400 });
  });

  it('leaves out sales outside the period', async () => {
    const payeeId = randomUUID();
    const course = await pricedCourse(prisma, { payeeId });
    await paidOrder(course.courseId);
    const report = await payoutReport(prisma, viewerOf(payeeId), { from: new Date('2020-01-01'), until: new Date('2021-01-01') });
    expect(report.courses).toEqual([]);
  });

  it('refuses someone else’s report to a non-admin and allows it to an admin', async () => {
    const payeeId = randomUUID();
    await expect(payoutReport(prisma, viewerOf(randomUUID(), ['instructor']), { payeeId, ...period() })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(payoutReport(prisma, viewerOf(randomUUID(), ['admin']), { payeeId, ...period() })).resolves.toMatchObject({ payeeId });
  });

  it('counts gross sales per week by when they were made, refunds left out, empty weeks included, for the payee only', async () => {
    const payeeId = randomUUID();
    const course = await pricedCourse(prisma, { payeeId, usdCents: 2500 });
    const [early, late, refunded] = [await paidOrder(course.courseId), await paidOrder(course.courseId), await paidOrder(course.courseId)];
    await prisma.$transaction((tx) => refundOrder(tx, refunded.id, { refundedCentsTotal: 2500, at: new Date() }));
    // Place the sales in two weeks of March 2026 (a Monday and the next Sunday, then a Tuesday two weeks on).
    const at = async (orderId: string, iso: string) => prisma.revenueShare.updateMany({ where: { orderItem: { orderId } }, data: { createdAt: new Date(iso) } });
    await at(early.id, '2026-03-02T08:00:00Z');
    await at(refunded.id, '2026-03-08T23:59:59Z');
    await at(late.id, '2026-03-17T12:00:00Z');
    const other = await pricedCourse(prisma, { payeeId: randomUUID(), usdCents: 9900 });
    const others = await paidOrder(other.courseId);
    await at(others.id, '2026-03-03T08:00:00Z');

    const weeks = await salesOverTime(prisma, { payeeId, from: new Date('2026-03-02T00:00:00Z'), until: new Date('2026-03-23T00:00:00Z') }, 'week');
    expect(weeks.map((week) => ({ ...week, periodStart: week.periodStart.toISOString() }))).toEqual([
      { periodStart: '2026-03-02T00:00:00.000Z', grossCents: 5000, sales: 2 },
      { periodStart: '2026-03-09T00:00:00.000Z', grossCents: 0, sales: 0 },
      { periodStart: '2026-03-16T00:00:00.000Z', grossCents: 2500, sales: 1 },
    ]);
    const everyone = await salesOverTime(prisma, { payeeId: null, from: new Date('2026-03-03T00:00:00Z'), until: new Date('2026-03-04T00:00:00Z') }, 'day');
    expect(everyone.map((day) => day.grossCents)).toEqual([expect.any(Number)]);
    expect(everyone[0]!.grossCents).toBeGreaterThanOrEqual(9900);
    await expect(salesOverTime(prisma, { payeeId, from: new Date('2020-01-01'), until: new Date('2026-01-01') }, 'day')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
