// Application fees: admissions' ApplicationFeeDue becomes a fee only its applicant can pay;
// payApplicationFee places an order of one application_fee line and opens a card checkout (against a
// local server speaking Stripe's API); Stripe's webhook pays the order, and fulfilment marks the fee paid
// and announces ApplicationFeePaid exactly once. The cart never takes a fee.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { ApplicationFee, PrismaClient } from '../../kit/src/db';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { RECORD_APPLICATION_FEE_HANDLER } from '../src/commerce/application-fees';
import type { ApplicationFeePaidPayload } from '../src/commerce/application-fee-paid';
import { COMMERCE_EVENT_HANDLERS } from '../src/commerce/event-handlers';
import { outboxPayloads } from './support/commerce';
import {
  FAKE_STRIPE_SECRET_KEY,
  FAKE_WEBHOOK_SECRET,
  completedSession,
  signStripeEvent,
  startFakeStripeServer,
  stripeEvent,
  type FakeStripeServer,
  type StripeEventShape,
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

const PAY = `mutation Pay($applicationId: ID!, $paymentMethod: CheckoutPaymentMethod!, $key: String!) {
  payApplicationFee(applicationId: $applicationId, paymentMethod: $paymentMethod, idempotencyKey: $key) {
    fee { applicationId programName amountCents paid paidAt }
    order { id status paymentMethod totalCents items { kind applicationId description unitCents totalCents } }
    checkout { url sessionId testMode }
  }
}`;

interface PayResult {
  payApplicationFee: {
    fee: { applicationId: string; programName: string; amountCents: number; paid: boolean; paidAt: string | null };
    order: { id: string; status: string; paymentMethod: string; totalCents: number; items: { kind: string; applicationId: string | null; description: string; unitCents: number; totalCents: number }[] };
    checkout: { url: string; sessionId: string; testMode: boolean };
  };
}

/** A fee admissions asked for, written straight to the table (the consumer is tested on its own). */
function feeDue(applicant: Person, amountCents = 5000): Promise<ApplicationFee> {
  return prisma.applicationFee.create({ data: { applicationId: randomUUID(), userId: applicant.id, programName: 'Bachelor of Theology', amountCents } });
}

function pay(person: Person | null, applicationId: string, options: { paymentMethod?: string; key?: string } = {}) {
  return platform.graphql<PayResult>(
    PAY,
    { applicationId, paymentMethod: options.paymentMethod ?? 'card', key: options.key ?? randomUUID() },
    person ? { token: person.token } : {},
  );
}

async function payOk(person: Person, applicationId: string, key?: string) {
  const response = await pay(person, applicationId, { key });
  expect(response.errors).toBeUndefined();
  return response.data!.payApplicationFee;
}

const feePaidEvents = (applicationId: string) => outboxPayloads<ApplicationFeePaidPayload>(prisma, 'ApplicationFeePaid', { path: ['applicationId'], equals: applicationId });
const ordersFor = (applicationId: string) => prisma.order.findMany({ where: { items: { some: { applicationId } } } });
const sessionCreations = (orderId: string) =>
  stripe.requests.filter((request) => request.method === 'POST' && request.path === '/v1/checkout/sessions' && request.body.client_reference_id === orderId);

async function deliverWebhook(event: StripeEventShape): Promise<void> {
  const { payload, signature } = signStripeEvent(event, FAKE_WEBHOOK_SECRET);
  const response = await fetch(new URL('/webhooks/stripe', platform.url), { method: 'POST', headers: { 'stripe-signature': signature }, body: payload });
  expect(response.status).toBe(200);
}

/** Stripe reporting the checkout session paid. */
async function completeCheckout(sessionId: string): Promise<StripeEventShape> {
  const event = stripeEvent('checkout.session.completed', completedSession(stripe.checkoutSessions.get(sessionId)!));
  await deliverWebhook(event);
  return event;
}

describe('ApplicationFeeDue', () => {
  const dueEvent = (payload: Record<string, unknown>): DomainEvent => ({ id: randomUUID(), type: 'ApplicationFeeDue', domain: 'admissions', payload, occurredAt: new Date().toISOString() });
  const handle = (event: DomainEvent) => COMMERCE_EVENT_HANDLERS[RECORD_APPLICATION_FEE_HANDLER]!.handle(prisma, event);
  const duePayload = (applicantId: string, applicationId: string = randomUUID(), amountCents = 5000) => ({
    applicationId,
    applicantId,
    programId: randomUUID(),
    programName: 'Certificate in Biblical Studies',
    amountCents,
  });

  it('becomes a fee the applicant owes, relayed from the admissions outbox', async () => {
    const applicant = await createPerson(prisma);
    const due = duePayload(applicant.id);
    await emitEvent(prisma, 'admissions', 'ApplicationFeeDue', due);
    const fee = await waitFor(() => prisma.applicationFee.findUnique({ where: { applicationId: due.applicationId } }), { what: 'the recorded fee' });
    expect(fee).toMatchObject({ userId: applicant.id, programName: due.programName, amountCents: 5000, paidAt: null, paidOrderId: null });
  });

  it('takes a corrected amount while the fee is unpaid', async () => {
    const applicant = await createPerson(prisma);
    const first = duePayload(applicant.id);
    await handle(dueEvent(first));
    await handle(dueEvent({ ...first, amountCents: 7500 }));
    expect((await prisma.applicationFee.findUniqueOrThrow({ where: { applicationId: first.applicationId } })).amountCents).toBe(7500);
  });

  it('never changes a paid fee', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    await prisma.applicationFee.update({ where: { applicationId: fee.applicationId }, data: { paidAt: new Date() } });
    await handle(dueEvent(duePayload(applicant.id, fee.applicationId, 9900)));
    expect((await prisma.applicationFee.findUniqueOrThrow({ where: { applicationId: fee.applicationId } })).amountCents).toBe(fee.amountCents);
  });

  it('keeps nothing for a zero fee', async () => {
    const applicant = await createPerson(prisma);
    const due = duePayload(applicant.id, randomUUID(), 0);
    await handle(dueEvent(due));
    expect(await prisma.applicationFee.findUnique({ where: { applicationId: due.applicationId } })).toBeNull();
  });

  it('refuses a malformed payload so that it is dead-lettered', async () => {
    const applicant = await createPerson(prisma);
    const due = duePayload(applicant.id);
    await expect(handle(dueEvent({ ...due, amountCents: -5 }))).rejects.toThrow(/malformed payload/);
    await expect(handle(dueEvent({ ...due, applicantId: 'someone' }))).rejects.toThrow(/malformed payload/);
    expect(await prisma.applicationFee.findUnique({ where: { applicationId: due.applicationId } })).toBeNull();
  });
});

describe('payApplicationFee', () => {
  it('places an order of one application fee and opens a card checkout for it', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant, 4500);
    const paid = await payOk(applicant, fee.applicationId);

    expect(paid.fee).toEqual({ applicationId: fee.applicationId, programName: 'Bachelor of Theology', amountCents: 4500, paid: false, paidAt: null });
    expect(paid.order).toMatchObject({ status: 'awaiting_payment', paymentMethod: 'card', totalCents: 4500 });
    expect(paid.order.items).toEqual([
      { kind: 'application_fee', applicationId: fee.applicationId, description: 'Application fee: Bachelor of Theology', unitCents: 4500, totalCents: 4500 },
    ]);
    expect(paid.checkout.testMode).toBe(false);
    const [request] = sessionCreations(paid.order.id);
    expect(request?.body).toMatchObject({ mode: 'payment', client_reference_id: paid.order.id, metadata: { orderId: paid.order.id } });
    expect(request?.body.line_items).toEqual([{ quantity: '1', price_data: { currency: 'usd', unit_amount: '4500', product_data: { name: 'Application fee: Bachelor of Theology' } } }]);
  });

  it('paid through Stripe’s webhook, marks the fee paid and announces ApplicationFeePaid exactly once', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant, 4500);
    const { order, checkout } = await payOk(applicant, fee.applicationId);
    const completed = await completeCheckout(checkout.sessionId);

    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.status).toBe('paid');
    const paidFee = await prisma.applicationFee.findUniqueOrThrow({ where: { applicationId: fee.applicationId } });
    expect(paidFee).toMatchObject({ paidOrderId: order.id, paidAt: stored.paidAt });
    expect(await feePaidEvents(fee.applicationId)).toEqual([
      { applicationId: fee.applicationId, applicantId: applicant.id, orderId: order.id, amountCents: 4500, paidAt: stored.paidAt!.toISOString() },
    ]);

    // Stripe retries the same event and also reports the payment intent: still announced once.
    await deliverWebhook(completed);
    const paymentIntent = completed.data.object.payment_intent as string;
    await deliverWebhook(stripeEvent('payment_intent.succeeded', { id: paymentIntent, object: 'payment_intent', status: 'succeeded', metadata: { orderId: order.id } }));
    expect(await feePaidEvents(fee.applicationId)).toHaveLength(1);
  });

  it('returns the same order and checkout while the payment is open, whatever the key', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    const first = await payOk(applicant, fee.applicationId);
    const again = await payOk(applicant, fee.applicationId);
    expect(again.order.id).toBe(first.order.id);
    expect(again.checkout).toEqual(first.checkout);
    expect(await ordersFor(fee.applicationId)).toHaveLength(1);
    expect(sessionCreations(first.order.id)).toHaveLength(1);
  });

  it('refuses to pay a paid fee again, with a fresh key or the first one', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    const key = randomUUID();
    const { checkout } = await payOk(applicant, fee.applicationId, key);
    await completeCheckout(checkout.sessionId);

    const fresh = await pay(applicant, fee.applicationId);
    expect(errorCodes(fresh)).toEqual(['CONFLICT']);
    expect(fresh.errors?.[0]?.message).toMatch(/already paid/);
    const replay = await pay(applicant, fee.applicationId, { key });
    expect(errorCodes(replay)).toEqual(['CONFLICT']);
    expect(replay.errors?.[0]?.message).toMatch(/already paid/);
    expect(await ordersFor(fee.applicationId)).toHaveLength(1);
    expect(await feePaidEvents(fee.applicationId)).toHaveLength(1);
  });

  it('tells anyone but the applicant that there is no such fee, and places nothing', async () => {
    const applicant = await createPerson(prisma);
    const stranger = await createPerson(prisma);
    const officer = await createPerson(prisma, { roles: ['admissions_officer'] });
    const fee = await feeDue(applicant);
    expect(errorCodes(await pay(stranger, fee.applicationId))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await pay(officer, fee.applicationId))).toEqual(['NOT_FOUND']);
    expect(await ordersFor(fee.applicationId)).toHaveLength(0);
  });

  it('refuses anonymous requests', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    expect(errorCodes(await pay(null, fee.applicationId))).toEqual(['UNAUTHENTICATED']);
  });

  it('reports an application without a fee as not found', async () => {
    const applicant = await createPerson(prisma);
    expect(errorCodes(await pay(applicant, randomUUID()))).toEqual(['NOT_FOUND']);
  });

  it('refuses ScrollCoin with a reason, naming the payment method', async () => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    const response = await pay(applicant, fee.applicationId, { paymentMethod: 'scroll_coin' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'paymentMethod' });
    expect(response.errors?.[0]?.message).toMatch(/Pay by card/);
    expect(await ordersFor(fee.applicationId)).toHaveLength(0);
  });

  it.each([
    ['an application id that is not a UUID', { applicationId: 'application-1' }, 'applicationId'],
    ['an empty idempotency key', { key: '   ' }, 'idempotencyKey'],
    ['an idempotency key that is too long', { key: 'k'.repeat(201) }, 'idempotencyKey'],
  ])('refuses %s', async (_what, input: { applicationId?: string; key?: string }, field) => {
    const applicant = await createPerson(prisma);
    const fee = await feeDue(applicant);
    const response = await pay(applicant, input.applicationId ?? fee.applicationId, { key: input.key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field });
    expect(await ordersFor(fee.applicationId)).toHaveLength(0);
  });

  it('refuses an idempotency key already used to pay another fee', async () => {
    const applicant = await createPerson(prisma);
    const [first, second] = [await feeDue(applicant), await feeDue(applicant)];
    const key = randomUUID();
    await payOk(applicant, first.applicationId, key);
    const response = await pay(applicant, second.applicationId, { key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'idempotencyKey' });
    expect(await ordersFor(second.applicationId)).toHaveLength(0);
  });
});

describe('the cart', () => {
  it('refuses an application fee, pointing to payApplicationFee', async () => {
    const applicant = await createPerson(prisma);
    const response = await platform.graphql('mutation { addToCart(item: { kind: application_fee }) { totalCents } }', {}, { token: applicant.token });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'kind' });
    expect(response.errors?.[0]?.message).toMatch(/payApplicationFee/);
    expect(await prisma.cartItem.count({ where: { kind: 'application_fee', cart: { userId: applicant.id } } })).toBe(0);
  });
});
