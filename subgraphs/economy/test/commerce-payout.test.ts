// The payout report: per course, gross sales, shares and refund reversals over a period, and totals.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { createOrderFromCart, markOrderPaid, refundOrder } from '../src/commerce/orders';
import { payoutReport } from '../src/commerce/payout-report';
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
});
