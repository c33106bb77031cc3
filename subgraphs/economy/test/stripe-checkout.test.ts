// checkoutOrder in live mode, against a local server speaking Stripe's API: one customer per person,
// a payment-mode session built from the order with an idempotency key per order, the same open
// session on a second call, owners only; and the webhook for that session paying the order.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { createOrderFromCart } from '../src/commerce/orders';
import {
  FAKE_STRIPE_SECRET_KEY,
  FAKE_WEBHOOK_SECRET,
  completedSession,
  signStripeEvent,
  startFakeStripeServer,
  stripeEvent,
  type FakeStripeServer,
} from './support/fake-stripe-server';

let stripe: FakeStripeServer;
let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  stripe = await startFakeStripeServer();
  platform = await startTestPlatform({
    STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.url,
    PUBLIC_URL: 'https://scrollforge.test',
  });
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await stripe?.stop();
});

const CHECKOUT = 'mutation Checkout($orderId: ID!) { checkoutOrder(orderId: $orderId) { url sessionId testMode } }';

/** A card order of two priced courses, awaiting payment. */
async function placeCardOrder(buyer: Person, cents: number[] = [2500, 1000]): Promise<string> {
  const courseIds = cents.map(() => randomUUID());
  await prisma.coursePrice.createMany({ data: courseIds.map((courseId, index) => ({ courseId, usdCents: cents[index]!, payeeId: randomUUID() })) });
  await prisma.cart.upsert({
    where: { userId: buyer.id },
    create: { userId: buyer.id, items: { create: courseIds.map((courseId) => ({ kind: 'course' as const, courseId })) } },
    update: { items: { create: courseIds.map((courseId) => ({ kind: 'course' as const, courseId })) } },
  });
  const order = await createOrderFromCart(prisma, { kind: 'user', id: buyer.id, roles: buyer.roles, ip: '127.0.0.1' }, { paymentMethod: 'card', idempotencyKey: randomUUID() });
  return order.id;
}

const sessionCreations = (orderId: string) =>
  stripe.requests.filter((request) => request.method === 'POST' && request.path === '/v1/checkout/sessions' && request.body.client_reference_id === orderId);

async function checkout(buyer: Person, orderId: string) {
  const response = await platform.graphql<{ checkoutOrder: { url: string; sessionId: string; testMode: boolean } }>(CHECKOUT, { orderId }, { token: buyer.token });
  expect(response.errors).toBeUndefined();
  return response.data!.checkoutOrder;
}

it('creates a payment-mode Checkout Session from the order, keyed by the order', async () => {
  const buyer = await createPerson(prisma);
  const orderId = await placeCardOrder(buyer);
  const result = await checkout(buyer, orderId);

  expect(result.testMode).toBe(false);
  expect(result.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
  const [request] = sessionCreations(orderId);
  expect(request?.idempotencyKey).toBe(`scrollforge-checkout-order-${orderId}`);
  expect(request?.body).toMatchObject({
    mode: 'payment',
    client_reference_id: orderId,
    metadata: { orderId },
    payment_intent_data: { metadata: { orderId } },
    success_url: `https://scrollforge.test/orders/${orderId}?checkout=success`,
  });
  const lines = request?.body.line_items as { quantity: string; price_data: { currency: string; unit_amount: string } }[];
  expect(lines.map((line) => Number(line.price_data.unit_amount) * Number(line.quantity)).reduce((a, b) => a + b, 0)).toBe(3500);
  expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).stripeCheckoutSessionId).toBe(result.sessionId);
});

it('returns the same open session when asked again, without creating another', async () => {
  const buyer = await createPerson(prisma);
  const orderId = await placeCardOrder(buyer);
  const first = await checkout(buyer, orderId);
  const second = await checkout(buyer, orderId);
  expect(second).toEqual(first);
  expect(sessionCreations(orderId)).toHaveLength(1);
});

it('creates the Stripe customer once per person and reuses it for later orders', async () => {
  const buyer = await createPerson(prisma);
  await checkout(buyer, await placeCardOrder(buyer));
  await checkout(buyer, await placeCardOrder(buyer, [1200]));
  const customerCreations = stripe.requests.filter((request) => request.path === '/v1/customers' && (request.body.metadata as { userId?: string }).userId === buyer.id);
  const customerIds = new Set(customerCreations.map((request) => request.idempotencyKey));
  expect(customerIds).toEqual(new Set([`scrollforge-customer-${buyer.id}`]));
  const stored = await prisma.stripeCustomer.findUniqueOrThrow({ where: { userId: buyer.id } });
  const sessions = [...stripe.checkoutSessions.values()].filter((session) => session.customer === stored.customerId);
  expect(sessions).toHaveLength(2);
});

it('refuses to check out someone else’s order', async () => {
  const buyer = await createPerson(prisma);
  const stranger = await createPerson(prisma);
  const orderId = await placeCardOrder(buyer);
  const response = await platform.graphql(CHECKOUT, { orderId }, { token: stranger.token });
  expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(sessionCreations(orderId)).toHaveLength(0);
});

it('refuses anonymous checkout', async () => {
  const buyer = await createPerson(prisma);
  const response = await platform.graphql(CHECKOUT, { orderId: await placeCardOrder(buyer) });
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('refuses to check out an order that is already paid', async () => {
  const buyer = await createPerson(prisma);
  const orderId = await placeCardOrder(buyer);
  const { sessionId } = await checkout(buyer, orderId);
  const session = stripe.checkoutSessions.get(sessionId)!;
  const { payload, signature } = signStripeEvent(stripeEvent('checkout.session.completed', completedSession(session)), FAKE_WEBHOOK_SECRET);
  const webhook = await fetch(new URL('/webhooks/stripe', platform.url), { method: 'POST', headers: { 'stripe-signature': signature }, body: payload });
  expect(webhook.status).toBe(200);
  expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');

  const again = await platform.graphql(CHECKOUT, { orderId }, { token: buyer.token });
  expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
});

it('hides the test-mode checkout when Stripe is configured', async () => {
  const buyer = await createPerson(prisma);
  const { sessionId } = await checkout(buyer, await placeCardOrder(buyer));
  const response = await platform.graphql('query Q($id: String!) { testCheckoutSession(sessionId: $id) { orderId } }', { id: sessionId });
  expect(response.data).toEqual({ testCheckoutSession: null });
  const signed = await platform.graphql('mutation M($id: String!) { signTestCheckoutEvent(sessionId: $id, outcome: pay) { payload } }', { id: sessionId });
  expect(signed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
