// Reconciliation against a local server speaking Stripe's API: an event Stripe sent but we never
// received is reported with the order it leaves out of step, --apply applies it through the webhook's
// own handlers, and afterwards everything agrees.
import { randomUUID } from 'node:crypto';
import { createPerson } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { createOrderFromCart } from '../src/commerce/orders';
import { processStripeEvent } from '../src/stripe/process-stripe-event';
import { reconcileStripe } from '../src/stripe/reconcile';
import { stripeClientOf } from '../src/stripe/stripe-client';
import { stripeSettingsOf } from '../src/stripe/stripe-env';
import {
  FAKE_STRIPE_SECRET_KEY,
  FAKE_WEBHOOK_SECRET,
  completedSession,
  startFakeStripeServer,
  stripeEvent,
  stripeId,
  type FakeStripeServer,
  type StripeObject,
} from './support/fake-stripe-server';

let services: TestServices;
let prisma: PrismaClient;
let server: FakeStripeServer;
let stripe: NonNullable<ReturnType<typeof stripeClientOf>>;

beforeAll(async () => {
  services = createTestServices();
  prisma = services.services.prisma;
  server = await startFakeStripeServer();
  const client = stripeClientOf(stripeSettingsOf({ STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET, STRIPE_API_BASE: server.url }));
  if (client === null) throw new Error('expected a live Stripe client');
  stripe = client;
});

afterAll(async () => {
  await server?.stop();
  await services?.close();
});

async function placeCardOrder(): Promise<string> {
  const buyer = await createPerson(prisma);
  const courseId = randomUUID();
  await prisma.coursePrice.create({ data: { courseId, usdCents: 4200, payeeId: randomUUID() } });
  await prisma.cart.create({ data: { userId: buyer.id, items: { create: [{ kind: 'course', courseId }] } } });
  const order = await createOrderFromCart(prisma, { kind: 'user', id: buyer.id, roles: buyer.roles, ip: '127.0.0.1' }, { paymentMethod: 'card', idempotencyKey: randomUUID() });
  return order.id;
}

const session = (orderId: string): StripeObject => ({
  id: stripeId('cs_test'),
  object: 'checkout.session',
  mode: 'payment',
  status: 'open',
  payment_status: 'unpaid',
  client_reference_id: orderId,
  metadata: { orderId },
  payment_intent: null,
});

it('reports an event Stripe sent that never arrived, and the order it leaves unpaid', async () => {
  const since = new Date(Date.now() - 1000);
  const orderId = await placeCardOrder();
  const missed = server.publish(stripeEvent('checkout.session.completed', completedSession(session(orderId))));

  const report = await reconcileStripe(prisma, stripe, { since });

  expect(report.missingEvents.map((event) => event.id)).toContain(missed.id);
  expect(report.disagreements).toContainEqual({ kind: 'order', id: orderId, stripe: 'paid', ours: 'awaiting_payment' });
  expect(report.applied).toEqual([]);
  expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('awaiting_payment');
});

it('applies the missed event with --apply through the webhook handlers, after which all agrees', async () => {
  const since = new Date(Date.now() - 1000);
  const orderId = await placeCardOrder();
  const missed = server.publish(stripeEvent('checkout.session.completed', completedSession(session(orderId))));

  const applied = await reconcileStripe(prisma, stripe, { since, apply: true });
  expect(applied.applied).toContainEqual({ id: missed.id, type: 'checkout.session.completed', outcome: 'applied' });
  expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('paid');
  expect(await prisma.economyOutboxEvent.count({ where: { type: 'CourseAccessGranted', payload: { path: ['orderId'], equals: orderId } } })).toBe(1);

  const after = await reconcileStripe(prisma, stripe, { since });
  expect(after.missingEvents.map((event) => event.id)).not.toContain(missed.id);
  expect(after.disagreements.filter((found) => found.id === orderId)).toEqual([]);
});

it('does not report events that were received', async () => {
  const since = new Date(Date.now() - 1000);
  const orderId = await placeCardOrder();
  const received = server.publish(stripeEvent('checkout.session.completed', completedSession(session(orderId))));
  expect(await processStripeEvent(prisma, received)).toBe('applied');

  const report = await reconcileStripe(prisma, stripe, { since });
  expect(report.missingEvents.map((event) => event.id)).not.toContain(received.id);
  expect(report.disagreements.filter((found) => found.id === orderId)).toEqual([]);
});
