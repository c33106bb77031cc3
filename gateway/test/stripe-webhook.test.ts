// POST /webhooks/stripe and the test-mode checkout page, through the whole platform: the raw body and
// Stripe-Signature header reach the economy's verification (signed here with the real stripe library),
// duplicates and out-of-order deliveries converge on one paid order fulfilled once, refused webhooks
// answer 400 and change nothing, and the test-mode page pays a real order end to end.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { createOrderFromCart } from '../../subgraphs/economy/src/commerce/orders';
import {
  completedSession,
  signStripeEvent,
  stripeEvent,
  stripeId,
  type StripeEventShape,
  type StripeObject,
} from '../../subgraphs/economy/test/support/fake-stripe-server';
import { send } from './support/http-client';

const WEBHOOK_SECRET = 'whsec_gateway_test_secret_0123456789abcdef';
const COURSE_CENTS = 2500;

let platform: TestPlatform;
let prisma: PrismaClient;
let origin: string;

beforeAll(async () => {
  // Test mode (no STRIPE_SECRET_KEY) with a known webhook secret, so this file can sign like Stripe.
  platform = await startTestPlatform({ STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
  prisma = platform.handle.services.prisma;
  origin = new URL(platform.url).origin;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

interface PlacedOrder {
  orderId: string;
  courseId: string;
  buyer: Person;
}

/** A buyer with one priced course in the cart, checked out for card payment (awaiting payment). */
async function placeCardOrder(): Promise<PlacedOrder> {
  const buyer = await createPerson(prisma);
  const instructor = await createPerson(prisma, { roles: ['student', 'instructor'] });
  const { course } = await createCourse(prisma, { ownerId: instructor.id });
  await prisma.coursePrice.create({ data: { courseId: course.id, usdCents: COURSE_CENTS, payeeId: instructor.id } });
  await prisma.cart.create({ data: { userId: buyer.id, items: { create: [{ kind: 'course', courseId: course.id }] } } });
  const order = await createOrderFromCart(prisma, { kind: 'user', id: buyer.id, roles: ['student'], ip: '127.0.0.1' }, { paymentMethod: 'card', idempotencyKey: randomUUID() });
  return { orderId: order.id, courseId: course.id, buyer };
}

function sessionFor(orderId: string, sessionId = stripeId('cs_test')): StripeObject {
  return {
    id: sessionId,
    object: 'checkout.session',
    mode: 'payment',
    status: 'open',
    payment_status: 'unpaid',
    client_reference_id: orderId,
    metadata: { orderId },
    amount_total: COURSE_CENTS,
    currency: 'usd',
    payment_intent: null,
  };
}

function postWebhook(event: StripeEventShape, options: { secret?: string; timestamp?: number; tamper?: (payload: string) => string } = {}) {
  const { payload, signature } = signStripeEvent(event, options.secret ?? WEBHOOK_SECRET, { timestamp: options.timestamp });
  return send(`${origin}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: options.tamper ? options.tamper(payload) : payload,
  });
}

const outboxCount = (type: string, orderId: string) =>
  prisma.economyOutboxEvent.count({ where: { type, payload: { path: ['orderId'], equals: orderId } } });

const revocations = (userId: string, courseId: string) =>
  prisma.economyOutboxEvent.count({ where: { type: 'CourseAccessRevoked', AND: [{ payload: { path: ['userId'], equals: userId } }, { payload: { path: ['courseId'], equals: courseId } }] } });

const revenueShares = (orderId: string) => prisma.revenueShare.count({ where: { orderItem: { orderId }, reversal: false } });

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** completed ×3 (one event id), an older payment failure and the payment intent's success. */
function paymentDeliveries(orderId: string): StripeEventShape[] {
  const now = Math.floor(Date.now() / 1000);
  const paymentIntentId = stripeId('pi');
  const completed = stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId), paymentIntentId), { created: now });
  const olderFailure = stripeEvent('payment_intent.payment_failed', { id: paymentIntentId, object: 'payment_intent', status: 'requires_payment_method', metadata: { orderId } }, { created: now - 60 });
  const succeeded = stripeEvent('payment_intent.succeeded', { id: paymentIntentId, object: 'payment_intent', status: 'succeeded', metadata: { orderId } }, { created: now + 1 });
  return [completed, completed, completed, olderFailure, succeeded];
}

describe('POST /webhooks/stripe', () => {
  it('turns five shuffled deliveries (three duplicates, one older failure) into one paid order fulfilled once', async () => {
    const { orderId } = await placeCardOrder();
    const deliveries = shuffled(paymentDeliveries(orderId));
    for (const event of deliveries) expect((await postWebhook(event)).status).toBe(200);

    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');
    expect(await outboxCount('CourseAccessGranted', orderId)).toBe(1);
    expect(await revenueShares(orderId)).toBe(1);
    expect(await prisma.stripeEvent.count({ where: { id: { in: deliveries.map((event) => event.id) } } })).toBe(3);
  });

  it('fulfils once when the same five deliveries arrive all at once', async () => {
    const { orderId } = await placeCardOrder();
    const responses = await Promise.all(shuffled(paymentDeliveries(orderId)).map((event) => postWebhook(event)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');
    expect(await outboxCount('CourseAccessGranted', orderId)).toBe(1);
    expect(await revenueShares(orderId)).toBe(1);
  });

  it('acknowledges a duplicate delivery as a duplicate', async () => {
    const { orderId } = await placeCardOrder();
    const event = stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId)));
    expect(JSON.parse((await postWebhook(event)).text)).toMatchObject({ received: true, outcome: 'applied' });
    expect(JSON.parse((await postWebhook(event)).text)).toMatchObject({ received: true, outcome: 'duplicate' });
  });

  it('answers 400 to a signature made with another secret and changes nothing', async () => {
    const { orderId } = await placeCardOrder();
    const event = stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId)));
    const response = await postWebhook(event, { secret: 'whsec_someone_else_0123456789abcdef0123' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatch(/signature/i);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('awaiting_payment');
    expect(await prisma.stripeEvent.findUnique({ where: { id: event.id } })).toBeNull();
  });

  it('answers 400 to a correctly signed event older than five minutes and changes nothing', async () => {
    const { orderId } = await placeCardOrder();
    const event = stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId)));
    const response = await postWebhook(event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatch(/tolerance|timestamp/i);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('awaiting_payment');
    expect(await prisma.stripeEvent.findUnique({ where: { id: event.id } })).toBeNull();
  });

  it('answers 400 when the body was changed after signing', async () => {
    const { orderId } = await placeCardOrder();
    const event = stripeEvent('checkout.session.expired', sessionFor(orderId));
    const response = await postWebhook(event, { tamper: (payload) => payload.replace('checkout.session.expired', 'checkout.session.completed') });
    expect(response.status).toBe(400);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('awaiting_payment');
  });

  it('answers 400 to a request without a Stripe-Signature header', async () => {
    const response = await send(`${origin}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(400);
  });

  it('answers 400 to a signed body that is not an event', async () => {
    const { payload, signature } = signStripeEvent({ hello: 'world' } as unknown as StripeEventShape, WEBHOOK_SECRET);
    const response = await send(`${origin}/webhooks/stripe`, { method: 'POST', headers: { 'stripe-signature': signature }, body: payload });
    expect(response.status).toBe(400);
  });

  it('refuses GET with 405', async () => {
    expect((await send(`${origin}/webhooks/stripe`)).status).toBe(405);
  });

  it('holds a refund that arrives before the payment and applies it once the payment arrives', async () => {
    const { orderId, courseId, buyer } = await placeCardOrder();
    const paymentIntentId = stripeId('pi');
    const now = Math.floor(Date.now() / 1000);
    const refund = stripeEvent(
      'charge.refunded',
      { id: stripeId('ch'), object: 'charge', payment_intent: paymentIntentId, amount_refunded: COURSE_CENTS, metadata: {} },
      { created: now + 5 },
    );
    const refundResponse = await postWebhook(refund);
    expect(refundResponse.status).toBe(200);
    expect(JSON.parse(refundResponse.text).outcome).toBe('pending');
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('awaiting_payment');

    expect((await postWebhook(stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId), paymentIntentId), { created: now }))).status).toBe(200);

    const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: 'refunded', refundedCents: COURSE_CENTS, stripePaymentIntentId: paymentIntentId });
    expect(await outboxCount('CourseAccessGranted', orderId)).toBe(1);
    expect(await revocations(buyer.id, courseId)).toBe(1);
    expect((await prisma.stripeEvent.findUniqueOrThrow({ where: { id: refund.id } })).processedAt).not.toBeNull();
  });

  it('applies two partial refunds delivered newest first as the larger total', async () => {
    const { orderId } = await placeCardOrder();
    const paymentIntentId = stripeId('pi');
    const now = Math.floor(Date.now() / 1000);
    await postWebhook(stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId), paymentIntentId), { created: now }));
    const charge = { id: stripeId('ch'), object: 'charge', payment_intent: paymentIntentId, metadata: {} };
    await postWebhook(stripeEvent('charge.refunded', { ...charge, amount_refunded: 1000 }, { created: now + 20 }));
    await postWebhook(stripeEvent('charge.refunded', { ...charge, amount_refunded: 400 }, { created: now + 10 }));
    expect(await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: 'partially_refunded', refundedCents: 1000 });
  });

  it('does not let a failure delivered after the payment undo it', async () => {
    const { orderId } = await placeCardOrder();
    const session = sessionFor(orderId);
    await postWebhook(stripeEvent('checkout.session.completed', completedSession(session)));
    await postWebhook(stripeEvent('checkout.session.expired', { ...session, status: 'expired' }));
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');
  });
});

describe('the test-mode checkout page', () => {
  const CHECKOUT = 'mutation Checkout($orderId: ID!) { checkoutOrder(orderId: $orderId) { url sessionId testMode } }';

  async function startTestCheckout(): Promise<PlacedOrder & { path: string; sessionId: string }> {
    const placed = await placeCardOrder();
    const response = await platform.graphql<{ checkoutOrder: { url: string; sessionId: string; testMode: boolean } }>(CHECKOUT, { orderId: placed.orderId }, { token: placed.buyer.token });
    expect(response.errors).toBeUndefined();
    const checkout = response.data!.checkoutOrder;
    expect(checkout.testMode).toBe(true);
    return { ...placed, path: new URL(checkout.url).pathname, sessionId: checkout.sessionId };
  }

  const postOutcome = (path: string, outcome: string) =>
    send(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `outcome=${outcome}` });

  it('shows a clearly labelled order summary with Pay and Fail buttons', async () => {
    const { path } = await startTestCheckout();
    const response = await send(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("form-action 'self'");
    expect(response.text).toContain('Test-mode checkout — no real payment');
    expect(response.text).toContain('$25.00');
    expect(response.text).toMatch(/<button[^>]*value="pay"/);
    expect(response.text).toMatch(/<button[^>]*value="fail"/);
    expect(response.text).toContain('<legend>');
  });

  it('pays a real order end to end through the signed webhook path', async () => {
    const { orderId, path, sessionId } = await startTestCheckout();
    const response = await postOutcome(path, 'pay');
    expect(response.status).toBe(303);
    expect(response.headers.location).toContain(`/orders/${orderId}?checkout=success`);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');
    expect(await outboxCount('CourseAccessGranted', orderId)).toBe(1);
    const recorded = await prisma.stripeEvent.findFirstOrThrow({ where: { objectId: sessionId } });
    expect(recorded).toMatchObject({ type: 'checkout.session.completed' });
    expect(recorded.processedAt).not.toBeNull();
  });

  it('fails an order with the Fail button and then has nothing left to pay', async () => {
    const { orderId, path } = await startTestCheckout();
    expect((await postOutcome(path, 'fail')).status).toBe(303);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('failed');
    expect((await postOutcome(path, 'pay')).status).toBe(409);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('failed');
  });

  it('returns the same session when checkout is asked for twice', async () => {
    const placed = await placeCardOrder();
    const first = await platform.graphql<{ checkoutOrder: { sessionId: string } }>(CHECKOUT, { orderId: placed.orderId }, { token: placed.buyer.token });
    const second = await platform.graphql<{ checkoutOrder: { sessionId: string } }>(CHECKOUT, { orderId: placed.orderId }, { token: placed.buyer.token });
    expect(second.data?.checkoutOrder.sessionId).toBe(first.data?.checkoutOrder.sessionId);
  });

  it('answers 404 for a session no order holds', async () => {
    const response = await send(`${origin}/checkout/test/cs_test_local_${'x'.repeat(32)}`);
    expect(response.status).toBe(404);
    expect((await postOutcome(`/checkout/test/cs_test_local_${'x'.repeat(32)}`, 'pay')).status).toBe(404);
  });

  it('refuses another person’s order at checkout', async () => {
    const placed = await placeCardOrder();
    const stranger = await createPerson(prisma);
    const response = await platform.graphql(CHECKOUT, { orderId: placed.orderId }, { token: stranger.token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })).stripeCheckoutSessionId).toBeNull();
  });
});

// Last in the file: it stops the economy subgraph.
describe('when the economy cannot take the webhook', () => {
  it('answers 500 so that Stripe retries, and the event stays unrecorded', async () => {
    const { orderId } = await placeCardOrder();
    await platform.subgraphs.find((subgraph) => subgraph.name === 'economy')!.stop();
    const event = stripeEvent('checkout.session.completed', completedSession(sessionFor(orderId)));
    const response = await postWebhook(event);
    expect(response.status).toBe(500);
    expect(await prisma.stripeEvent.findUnique({ where: { id: event.id } })).toBeNull();
  });
});
