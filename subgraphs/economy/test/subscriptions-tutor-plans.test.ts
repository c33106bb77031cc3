// Tutor plan subscriptions against a local server speaking Stripe's API: subscribing opens a
// subscription-mode checkout for the plan's price; customer.subscription.* webhooks delivered out of
// order leave the newest state and emit TutorPlanChanged only for changes (which the tutor mirrors);
// cancelling asks Stripe to cancel at period end. Runs in its own database: the plan offers are global.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { waitFor } from '../../kit/src/wait-for';
import { seedTutorPlanOffers } from '../src/subscriptions/tutor-plan-offers';
import {
  FAKE_STRIPE_SECRET_KEY,
  FAKE_WEBHOOK_SECRET,
  signStripeEvent,
  startFakeStripeServer,
  stripeEvent,
  stripeId,
  subscriptionObject,
  type FakeStripeServer,
  type StripeEventShape,
} from './support/fake-stripe-server';

const STANDARD_PRICE = 'price_tutor_standard_test';
const UNLIMITED_PRICE = 'price_tutor_unlimited_test';
const PERIOD_END = Math.floor(new Date('2031-03-01T00:00:00.000Z').getTime() / 1000);

let database: ScratchDatabase;
let stripe: FakeStripeServer;
let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase('economy_tutor_subscriptions', { empty: true });
  stripe = await startFakeStripeServer();
  platform = await startTestPlatform({
    DATABASE_URL: database.url,
    STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.url,
  });
  prisma = platform.handle.services.prisma;
  await seedTutorPlanOffers(prisma, { stripePriceIds: { standard: STANDARD_PRICE, unlimited: UNLIMITED_PRICE } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await stripe?.stop();
  await database?.drop();
});

const SUBSCRIBE = 'mutation S($plan: PaidTutorPlan!) { subscribeTutorPlan(plan: $plan) { url sessionId testMode } }';
const CANCEL = 'mutation { cancelTutorPlan { id plan status cancelAtPeriodEnd currentPeriodEnd } }';
const MINE = 'query { myTutorSubscription { id plan status cancelAtPeriodEnd currentPeriodEnd } }';

async function deliver(event: StripeEventShape): Promise<number> {
  const { payload, signature } = signStripeEvent(event, FAKE_WEBHOOK_SECRET);
  const response = await fetch(new URL('/webhooks/stripe', platform.url), { method: 'POST', headers: { 'stripe-signature': signature }, body: payload });
  return response.status;
}

/** A person with a Stripe customer, made the way subscribing makes it. */
async function subscriber(): Promise<{ person: Person; customerId: string }> {
  const person = await createPerson(prisma);
  const response = await platform.graphql(SUBSCRIBE, { plan: 'standard' }, { token: person.token });
  expect(response.errors).toBeUndefined();
  return { person, customerId: (await prisma.stripeCustomer.findUniqueOrThrow({ where: { userId: person.id } })).customerId };
}

const planChanges = async (userId: string) =>
  (await prisma.economyOutboxEvent.findMany({ where: { type: 'TutorPlanChanged', payload: { path: ['userId'], equals: userId } }, orderBy: { createdAt: 'asc' } })).map(
    (row) => row.payload as { plan: string; status: string; currentPeriodEnd: string | null },
  );

it('opens a subscription-mode checkout for the plan’s Stripe price, carrying who and what', async () => {
  const person = await createPerson(prisma);
  const response = await platform.graphql<{ subscribeTutorPlan: { url: string; testMode: boolean } }>(SUBSCRIBE, { plan: 'unlimited' }, { token: person.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.subscribeTutorPlan.testMode).toBe(false);
  const request = stripe.requests.find((entry) => entry.path === '/v1/checkout/sessions' && entry.body.client_reference_id === person.id);
  expect(request?.idempotencyKey).toMatch(new RegExp(`^scrollforge-tutor-plan-${person.id}-unlimited-`));
  expect(request?.body).toMatchObject({
    mode: 'subscription',
    line_items: [{ price: UNLIMITED_PRICE, quantity: '1' }],
    subscription_data: { metadata: { userId: person.id, plan: 'unlimited' } },
  });
});

it('keeps the newest state when subscription events arrive out of order, announcing each change once', async () => {
  const { person, customerId } = await subscriber();
  const id = stripeId('sub');
  const base = Math.floor(Date.now() / 1000);
  const state = (priceId: string, status: string, cancelAtPeriodEnd = false) => subscriptionObject({ id, customer: customerId, priceId, status, currentPeriodEnd: PERIOD_END, cancelAtPeriodEnd });
  const created = stripeEvent('customer.subscription.created', state(STANDARD_PRICE, 'active'), { created: base });
  const upgraded = stripeEvent('customer.subscription.updated', state(UNLIMITED_PRICE, 'active'), { created: base + 10 });
  const cancelling = stripeEvent('customer.subscription.updated', state(UNLIMITED_PRICE, 'active', true), { created: base + 20 });
  const deleted = stripeEvent('customer.subscription.deleted', state(UNLIMITED_PRICE, 'canceled'), { created: base + 30 });

  for (const event of [upgraded, deleted, created, cancelling, upgraded]) expect(await deliver(event)).toBe(200);

  expect(await prisma.tutorSubscription.findUniqueOrThrow({ where: { stripeSubscriptionId: id } })).toMatchObject({
    userId: person.id,
    plan: 'unlimited',
    status: 'canceled',
    lastEventAt: new Date((base + 30) * 1000),
  });
  expect(await planChanges(person.id)).toEqual([
    { userId: person.id, plan: 'unlimited', status: 'active', currentPeriodEnd: '2031-03-01T00:00:00.000Z' },
    { userId: person.id, plan: 'unlimited', status: 'canceled', currentPeriodEnd: '2031-03-01T00:00:00.000Z' },
  ]);
});

it('gives the tutor the plan a subscription starts', async () => {
  const { person, customerId } = await subscriber();
  const event = stripeEvent('customer.subscription.created', subscriptionObject({ customer: customerId, priceId: UNLIMITED_PRICE, status: 'active', currentPeriodEnd: PERIOD_END }));
  expect(await deliver(event)).toBe(200);
  const assignment = await waitFor(() => prisma.tutorPlanAssignment.findUnique({ where: { userId: person.id } }), { what: 'the tutor plan assignment' });
  expect(assignment).toMatchObject({ plan: 'unlimited', validUntil: new Date(PERIOD_END * 1000) });
});

it('finds the person by subscription metadata when the customer is unknown', async () => {
  const person = await createPerson(prisma);
  const event = stripeEvent(
    'customer.subscription.created',
    subscriptionObject({ customer: stripeId('cus'), priceId: 'price_not_ours', status: 'trialing', currentPeriodEnd: PERIOD_END, metadata: { userId: person.id, plan: 'standard' } }),
  );
  expect(await deliver(event)).toBe(200);
  expect(await prisma.tutorSubscription.findFirst({ where: { userId: person.id } })).toMatchObject({ plan: 'standard', status: 'trialing' });
});

it('cancels at the end of the period through Stripe and keeps the plan until then', async () => {
  const { person, customerId } = await subscriber();
  const subscription = subscriptionObject({ customer: customerId, priceId: STANDARD_PRICE, status: 'active', currentPeriodEnd: PERIOD_END });
  stripe.subscriptions.set(subscription.id, subscription);
  expect(await deliver(stripeEvent('customer.subscription.created', subscription))).toBe(200);

  const response = await platform.graphql<{ cancelTutorPlan: { status: string; cancelAtPeriodEnd: boolean; plan: string } }>(CANCEL, {}, { token: person.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.cancelTutorPlan).toMatchObject({ plan: 'standard', status: 'active', cancelAtPeriodEnd: true });
  const request = stripe.requests.find((entry) => entry.method === 'POST' && entry.path === `/v1/subscriptions/${subscription.id}`);
  expect(request?.body).toEqual({ cancel_at_period_end: 'true' });
  expect(request?.idempotencyKey).toBe(`scrollforge-cancel-tutor-plan-${subscription.id}`);
  expect(stripe.subscriptions.get(subscription.id)?.cancel_at_period_end).toBe(true);
});

it('refuses to cancel when there is no active plan', async () => {
  const person = await createPerson(prisma);
  const response = await platform.graphql(CANCEL, {}, { token: person.token });
  expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

it('shows your own subscription, nobody else’s, and refuses anonymous callers', async () => {
  const { person, customerId } = await subscriber();
  await deliver(stripeEvent('customer.subscription.created', subscriptionObject({ customer: customerId, priceId: STANDARD_PRICE, status: 'active', currentPeriodEnd: PERIOD_END })));
  const mine = await platform.graphql<{ myTutorSubscription: { plan: string; status: string; currentPeriodEnd: string } }>(MINE, {}, { token: person.token });
  expect(mine.data?.myTutorSubscription).toMatchObject({ plan: 'standard', status: 'active', currentPeriodEnd: '2031-03-01T00:00:00.000Z' });

  const stranger = await createPerson(prisma);
  expect((await platform.graphql(MINE, {}, { token: stranger.token })).data).toEqual({ myTutorSubscription: null });
  expect((await platform.graphql(MINE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('refuses a second subscription while one is active', async () => {
  const { person, customerId } = await subscriber();
  await deliver(stripeEvent('customer.subscription.created', subscriptionObject({ customer: customerId, priceId: STANDARD_PRICE, status: 'active', currentPeriodEnd: PERIOD_END })));
  const response = await platform.graphql(SUBSCRIBE, { plan: 'unlimited' }, { token: person.token });
  expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
});
