// Commerce through the gateway: prices joined onto courses in one statement, the cart and checkout,
// and who may read orders, set prices and issue scholarships. Runs in its own database so no other
// test's events reach this platform while statements are counted.
import { isBackgroundStatement } from '../../kit/src/testing/background-statements';
import { randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createCourse } from '../../courses/test/support/courses';
import { handleCourseCreated } from '../src/commerce/course-prices';
import { fundWallet, promoCode } from './support/commerce';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let recording: string[] | null = null;
let owner: Person;
let student: Person;
let stranger: Person;
let admin: Person;
const courseIds: string[] = [];

beforeAll(async () => {
  database = await createScratchDatabase('economy_commerce_graphql', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url }, { onQuery: (sql) => recording?.push(sql) });
  prisma = platform.handle.services.prisma;
  [owner, student, stranger, admin] = await Promise.all([
    createPerson(prisma, { roles: ['student', 'instructor'] }),
    createPerson(prisma, { roles: ['student'] }),
    createPerson(prisma, { roles: ['student'] }),
    createPerson(prisma, { roles: ['student', 'admin'] }),
  ]);
  for (let index = 0; index < 12; index += 1) {
    const { course } = await createCourse(prisma, { ownerId: owner.id, title: `Priced ${index}`, isFree: false });
    courseIds.push(course.id);
    await prisma.coursePrice.create({ data: { courseId: course.id, usdCents: 1000 + index, scrollCoinCost: 100, payeeId: owner.id } });
  }
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const PRICES = `query Prices($first: Int!) { courses(first: $first) { edges { node { id price { usdCents scrollCoinCost scholarshipEligible free } } } } }`;

async function priceStatements(first: number): Promise<number> {
  recording = [];
  try {
    const response = await platform.graphql<{ courses: { edges: { node: { price: { usdCents: number } } }[] } }>(PRICES, { first }, { token: student.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.courses.edges).toHaveLength(first);
    return recording.filter((sql) => sql.includes('course_price')).length;
  } finally {
    recording = null;
  }
}

const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

describe('Course.price', () => {
  it('reads the prices of a page of courses in one statement, however long the page', async () => {
    expect(await priceStatements(2)).toBe(1);
    expect(await priceStatements(12)).toBe(1);
  });

  it('shows a course without a price row as free', async () => {
    const { course } = await createCourse(prisma, { ownerId: owner.id });
    const response = await platform.graphql<{ course: { price: { free: boolean; usdCents: number } } }>(`query($id: ID) { course(id: $id) { price { free usdCents } } }`, { id: course.id });
    expect(response.data?.course.price).toEqual({ free: true, usdCents: 0 });
  });
});

describe('setCoursePrice', () => {
  const SET = `mutation($courseId: ID!, $input: SetCoursePriceInput!) { setCoursePrice(courseId: $courseId, input: $input) { usdCents scrollCoinCost } }`;

  it('lets the course’s owner price it', async () => {
    const response = await platform.graphql(SET, { courseId: courseIds[0], input: { usdCents: 2500, scrollCoinCost: 250 } }, { token: owner.token });
    expect(response.data).toEqual({ setCoursePrice: { usdCents: 2500, scrollCoinCost: 250 } });
  });

  it('refuses a student who does not own the course', async () => {
    const response = await platform.graphql(SET, { courseId: courseIds[1], input: { usdCents: 1 } }, { token: student.token });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect((await prisma.coursePrice.findUniqueOrThrow({ where: { courseId: courseIds[1]! } })).usdCents).toBe(1001);
  });

  it('refuses an owner changing their own revenue share', async () => {
    const response = await platform.graphql(SET, { courseId: courseIds[1], input: { usdCents: 1000, instructorShareBps: 10_000 } }, { token: owner.token });
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it('refuses a price above $10,000', async () => {
    const response = await platform.graphql(SET, { courseId: courseIds[1], input: { usdCents: 1_000_001 } }, { token: admin.token });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('cart and orders', () => {
  const ORDER_FIELDS = 'id status paymentMethod totalCents scrollCoinTotal items { course { id } discountCents totalCents }';

  it('takes a cart with a promo code to a paid ScrollCoin order that only its buyer and admins can read', async () => {
    const promo = await promoCode(prisma, { percentOff: 50 });
    await fundWallet(prisma, student.id, 1000);
    const added = await platform.graphql<{ addToCart: { totalCents: number } }>(
      `mutation($item: CartItemInput!) { addToCart(item: $item) { totalCents } }`,
      { item: { kind: 'course', courseId: courseIds[2] } },
      { token: student.token },
    );
    expect(added.data?.addToCart.totalCents).toBe(1002);
    const applied = await platform.graphql<{ applyPromoCode: { code: string; discountCents: number; totalCents: number; scrollCoinTotal: number } }>(
      `mutation($code: String!) { applyPromoCode(code: $code) { code discountCents totalCents scrollCoinTotal } }`,
      { code: promo.code.toLowerCase() },
      { token: student.token },
    );
    expect(applied.data?.applyPromoCode).toEqual({ code: promo.code, discountCents: 501, totalCents: 501, scrollCoinTotal: 50 });

    const placed = await platform.graphql<{ placeOrder: { id: string; status: string; scrollCoinTotal: number } }>(
      `mutation($key: String!) { placeOrder(paymentMethod: scroll_coin, idempotencyKey: $key) { ${ORDER_FIELDS} } }`,
      { key: randomUUID() },
      { token: student.token },
    );
    expect(placed.errors).toBeUndefined();
    expect(placed.data?.placeOrder).toMatchObject({ status: 'paid', scrollCoinTotal: 50 });
    const orderId = placed.data!.placeOrder.id;

    const READ = `query($id: ID!) { order(id: $id) { id status } }`;
    expect((await platform.graphql(READ, { id: orderId }, { token: student.token })).data).toEqual({ order: { id: orderId, status: 'paid' } });
    expect((await platform.graphql(READ, { id: orderId }, { token: admin.token })).data).toEqual({ order: { id: orderId, status: 'paid' } });
    expect(codeOf(await platform.graphql(READ, { id: orderId }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await platform.graphql(READ, { id: orderId }))).toBe('UNAUTHENTICATED');

    const mine = await platform.graphql<{ myOrders: { edges: { node: { id: string } }[] } }>(`{ myOrders(first: 10) { edges { node { id items { totalCents } } } } }`, {}, { token: student.token });
    expect(mine.data?.myOrders.edges.map((edge) => edge.node.id)).toEqual([orderId]);
    const theirs = await platform.graphql<{ myOrders: { edges: unknown[] } }>(`{ myOrders(first: 10) { edges { node { id } } } }`, {}, { token: stranger.token });
    expect(theirs.data?.myOrders.edges).toEqual([]);
  });

  it('refuses a stranger’s admin refund and lets an admin refund a coin order', async () => {
    const buyer = await createPerson(prisma);
    await fundWallet(prisma, buyer.id, 500);
    await platform.graphql(`mutation($item: CartItemInput!) { addToCart(item: $item) { totalCents } }`, { item: { kind: 'course', courseId: courseIds[3] } }, { token: buyer.token });
    const placed = await platform.graphql<{ placeOrder: { id: string } }>(`mutation { placeOrder(paymentMethod: scroll_coin, idempotencyKey: "k1") { id } }`, {}, { token: buyer.token });
    const REFUND = `mutation($id: ID!) { refundOrder(orderId: $id) { status } }`;
    expect(codeOf(await platform.graphql(REFUND, { id: placed.data!.placeOrder.id }, { token: buyer.token }))).toBe('FORBIDDEN');
    expect((await platform.graphql(REFUND, { id: placed.data!.placeOrder.id }, { token: admin.token })).data).toEqual({ refundOrder: { status: 'refunded' } });
    expect((await prisma.ledgerAccount.findUniqueOrThrow({ where: { userId: buyer.id } })).balance).toBe(500);
  });
});

describe('admin-only commerce', () => {
  const ISSUE = `mutation($userId: ID!) { issueScholarship(userId: $userId, percentOff: 100, note: "Bursary") { code percentOff } }`;

  it('refuses scholarships from a non-admin', async () => {
    expect(codeOf(await platform.graphql(ISSUE, { userId: student.id }, { token: owner.token }))).toBe('FORBIDDEN');
    expect(await prisma.scholarship.count({ where: { userId: student.id } })).toBe(0);
  });

  it('lets an admin issue a scholarship', async () => {
    const response = await platform.graphql<{ issueScholarship: { code: string } }>(ISSUE, { userId: stranger.id }, { token: admin.token });
    expect(response.data?.issueScholarship.code).toMatch(/^SCH-/);
  });

  it('refuses bundle creation from a non-admin and lists an admin’s bundle with its courses', async () => {
    const CREATE = `mutation($input: BundleInput!) { createBundle(input: $input) { id slug courses { id } } }`;
    const input = { slug: `starter-${randomUUID().slice(0, 8)}`, name: 'Starter', usdCents: 1500, courseIds: [courseIds[4], courseIds[5]] };
    expect(codeOf(await platform.graphql(CREATE, { input }, { token: owner.token }))).toBe('FORBIDDEN');
    const created = await platform.graphql<{ createBundle: { id: string } }>(CREATE, { input }, { token: admin.token });
    expect(created.errors).toBeUndefined();
    const listed = await platform.graphql<{ bundles: { id: string; courses: { id: string }[] }[] }>(`{ bundles { id courses { id } } }`);
    expect(listed.data?.bundles.find((bundle) => bundle.id === created.data!.createBundle.id)?.courses.map((course) => course.id).sort()).toEqual([courseIds[4], courseIds[5]].sort());
  });

  it('shows a payee only their own payout report', async () => {
    const REPORT = `query($payeeId: ID, $from: DateTime!, $until: DateTime!) { payoutReport(payeeId: $payeeId, from: $from, until: $until) { totals { grossCents netInstructorCents } } }`;
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), until: new Date(Date.now() + 3_600_000).toISOString() };
    expect(codeOf(await platform.graphql(REPORT, { payeeId: owner.id, ...range }, { token: stranger.token }))).toBe('FORBIDDEN');
    const own = await platform.graphql<{ payoutReport: { totals: { grossCents: number } } }>(REPORT, range, { token: owner.token });
    expect(own.errors).toBeUndefined();
    expect(own.data!.payoutReport.totals.grossCents).toBeGreaterThan(0);
  });
});

describe('CourseCreated', () => {
  const created = (courseId: string, ownerId: string): DomainEvent => ({
    id: randomUUID(),
    type: 'CourseCreated',
    domain: 'courses',
    payload: { courseId, ownerId, title: 'New' },
    occurredAt: new Date().toISOString(),
  });

  it('gives a new course a free price row paid to its owner, once', async () => {
    const courseId = randomUUID();
    const ownerId = randomUUID();
    const event = created(courseId, ownerId);
    await handleCourseCreated(prisma, event);
    await handleCourseCreated(prisma, event);
    expect(await prisma.coursePrice.findUniqueOrThrow({ where: { courseId } })).toMatchObject({ usdCents: 0, payeeId: ownerId });
  });

  it('keeps a price set before the event arrived', async () => {
    const courseId = randomUUID();
    await prisma.coursePrice.create({ data: { courseId, usdCents: 900 } });
    await handleCourseCreated(prisma, created(courseId, owner.id));
    expect(await prisma.coursePrice.findUniqueOrThrow({ where: { courseId } })).toMatchObject({ usdCents: 900, payeeId: owner.id });
  });
});

describe('lists', () => {
  async function economyStatements(query: string, person: Person | null): Promise<number> {
    recording = [];
    try {
      const response = await platform.graphql(query, {}, person ? { token: person.token } : {});
      expect(response.errors).toBeUndefined();
      return recording.filter((sql) => (sql.includes('"economy"') || sql.includes('economy.')) && !isBackgroundStatement(sql)).length;
    } finally {
      recording = null;
    }
  }

  async function ordersFor(userId: string, count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await prisma.order.create({
        data: {
          userId,
          paymentMethod: 'card',
          subtotalCents: 1000,
          totalCents: 1000,
          items: { create: [0, 1].map((position) => ({ kind: 'course' as const, courseId: courseIds[position]!, description: 'Course', unitCents: 500, totalCents: 500 })) },
        },
      });
    }
  }

  it('reads myOrders with their items in the same number of statements for 1 order as for 8', async () => {
    const [few, many] = await Promise.all([createPerson(prisma), createPerson(prisma)]);
    await ordersFor(few.id, 1);
    await ordersFor(many.id, 8);
    const query = `{ myOrders(first: 20) { edges { node { id totalCents items { kind totalCents course { id } } } } } }`;
    const forOne = await economyStatements(query, few);
    expect(forOne).toBeGreaterThan(0);
    expect(await economyStatements(query, many)).toBe(forOne);
  });

  it('reads bundles with their courses in the same number of statements for 1 bundle as for 6', async () => {
    const query = `{ bundles(includeInactive: true) { id courses { id price { usdCents } } } }`;
    await prisma.bundle.deleteMany({});
    await prisma.bundle.create({ data: { slug: `one-${randomUUID()}`, name: 'One', usdCents: 100, courses: { create: [{ courseId: courseIds[0]! }, { courseId: courseIds[1]! }] } } });
    const one = await economyStatements(query, admin);
    expect(one).toBeGreaterThan(0);
    for (let index = 0; index < 5; index += 1) {
      await prisma.bundle.create({ data: { slug: `more-${randomUUID()}`, name: 'More', usdCents: 100, courses: { create: [{ courseId: courseIds[index + 2]! }, { courseId: courseIds[index + 3]! }] } } });
    }
    expect(await economyStatements(query, admin)).toBe(one);
  });
});
