// Scholarships (single use, 100 % makes the order free) and school licence codes (claimable once).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import type { CourseAccessGranted } from '../src/commerce/access-events';
import { applyCartCode } from '../src/commerce/cart';
import { claimLicenceCode, schoolLicences } from '../src/commerce/licences';
import { createOrderFromCart, markOrderPaid } from '../src/commerce/orders';
import { issueScholarship } from '../src/commerce/scholarships';
import { bundleOf, cartWith, outboxPayloads, pricedCourse, viewerOf } from './support/commerce';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const admin = viewerOf(randomUUID(), ['admin']);

describe('scholarships', () => {
  it('makes an order of eligible courses free with 100 %: paid at once with no payment, access granted', async () => {
    const student = randomUUID();
    const course = await pricedCourse(prisma, { usdCents: 4999 });
    const scholarship = await issueScholarship(prisma, admin, { userId: student, percentOff: 100, note: 'Bursary' });
    expect(scholarship.code).toMatch(/^SCH-/);
    await cartWith(prisma, student, [{ kind: 'course', courseId: course.courseId }]);
    await applyCartCode(prisma, viewerOf(student), scholarship.code.toLowerCase(), 'scholarship');
    const order = await createOrderFromCart(prisma, viewerOf(student), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    expect(order).toMatchObject({ status: 'paid', paymentMethod: 'none', totalCents: 0, discountCents: 4999, scholarshipId: scholarship.id });
    expect(await outboxPayloads<CourseAccessGranted>(prisma, 'CourseAccessGranted', { path: ['orderId'], equals: order.id })).toHaveLength(1);
    expect((await prisma.scholarship.findUniqueOrThrow({ where: { id: scholarship.id } })).redeemedAt).not.toBeNull();
  });

  it('discounts only scholarship-eligible courses', async () => {
    const student = randomUUID();
    const [eligible, excluded] = await Promise.all([pricedCourse(prisma, { usdCents: 1000 }), pricedCourse(prisma, { usdCents: 3000, scholarshipEligible: false })]);
    const scholarship = await issueScholarship(prisma, admin, { userId: student, percentOff: 50, note: '' });
    await cartWith(prisma, student, [{ kind: 'course', courseId: eligible.courseId }, { kind: 'course', courseId: excluded.courseId }], scholarship.code);
    const order = await createOrderFromCart(prisma, viewerOf(student), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    expect(order).toMatchObject({ discountCents: 500, totalCents: 3500, status: 'awaiting_payment' });
  });

  it('is used once: a second order with it is refused', async () => {
    const student = randomUUID();
    const [first, second] = await Promise.all([pricedCourse(prisma), pricedCourse(prisma)]);
    const scholarship = await issueScholarship(prisma, admin, { userId: student, percentOff: 100, note: '' });
    await cartWith(prisma, student, [{ kind: 'course', courseId: first.courseId }], scholarship.code);
    await createOrderFromCart(prisma, viewerOf(student), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    await prisma.cartItem.create({ data: { cartId: (await prisma.cart.findUniqueOrThrow({ where: { userId: student } })).id, kind: 'course', courseId: second.courseId } });
    await prisma.cart.update({ where: { userId: student }, data: { promoCode: scholarship.code } });
    await expect(createOrderFromCart(prisma, viewerOf(student), { paymentMethod: 'card', idempotencyKey: randomUUID() })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('cannot be applied by anyone but its recipient', async () => {
    const scholarship = await issueScholarship(prisma, admin, { userId: randomUUID(), percentOff: 100, note: '' });
    await expect(applyCartCode(prisma, viewerOf(randomUUID()), scholarship.code, 'scholarship')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('school licences', () => {
  async function paidLicence(seats: number, paidAt = new Date()) {
    const buyer = randomUUID();
    const schoolId = randomUUID();
    const [a, b] = await Promise.all([pricedCourse(prisma, { usdCents: 1000 }), pricedCourse(prisma, { usdCents: 2000 })]);
    const bundle = await bundleOf(prisma, [a.courseId, b.courseId], { usdCents: 2500 });
    await cartWith(prisma, buyer, [{ kind: 'school_licence', bundleId: bundle.id, schoolId, seats }]);
    const order = await createOrderFromCart(prisma, viewerOf(buyer, ['school_admin']), { paymentMethod: 'card', idempotencyKey: randomUUID() });
    await prisma.$transaction((tx) => markOrderPaid(tx, order.id, { paidAt }));
    const licence = await prisma.schoolLicence.findUniqueOrThrow({ where: { orderId: order.id }, include: { codes: true } });
    return { buyer, schoolId, licence, courseIds: [a.courseId, b.courseId].sort() };
  }

  it('lets a code be claimed once, granting the licence’s courses', async () => {
    const { licence, courseIds } = await paidLicence(2);
    const student = randomUUID();
    const code = licence.codes[0]!.code;
    const claim = await claimLicenceCode(prisma, viewerOf(student), code.toLowerCase());
    expect(claim.courseIds).toEqual(courseIds);
    expect((await outboxPayloads<CourseAccessGranted>(prisma, 'CourseAccessGranted', { path: ['userId'], equals: student })).map((grant) => grant.courseId).sort()).toEqual(courseIds);
    await expect(claimLicenceCode(prisma, viewerOf(randomUUID()), code)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(claimLicenceCode(prisma, viewerOf(student), licence.codes[1]!.code)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('lets only one of many concurrent claims of a code succeed', async () => {
    const { licence } = await paidLicence(1);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => claimLicenceCode(prisma, viewerOf(randomUUID()), licence.codes[0]!.code)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses an expired code', async () => {
    const { licence } = await paidLicence(1, new Date('2020-01-01T00:00:00.000Z'));
    await expect(claimLicenceCode(prisma, viewerOf(randomUUID()), licence.codes[0]!.code)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('shows a school’s licences to their buyer and admins, not to other people', async () => {
    const { buyer, schoolId, licence } = await paidLicence(3);
    expect((await schoolLicences(prisma, viewerOf(buyer, ['school_admin']), schoolId)).map((found) => found.id)).toEqual([licence.id]);
    expect(await schoolLicences(prisma, admin, schoolId)).toHaveLength(1);
    expect(await schoolLicences(prisma, viewerOf(randomUUID(), ['school_admin']), schoolId)).toEqual([]);
  });
});
