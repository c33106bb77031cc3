// Reconciliation: lists Stripe's recent events and compares them with what we recorded and with the
// state of the orders and subscriptions they concern. With `apply`, events we never received are
// applied through the same handlers the webhook uses (oldest first), then the comparison is redone.
import type Stripe from 'stripe';
import type { PrismaClient } from '../../../kit/src/db';
import { SUBSCRIPTION_EVENT_TYPES } from '../subscriptions/subscription-events';
import { ORDER_EVENT_TYPES } from './order-payment-events';
import { processStripeEvent, type ProcessOutcome } from './process-stripe-event';
import { chargeSchema, checkoutSessionSchema, paymentIntentSchema, stripeEventEnvelopeSchema, subscriptionSchema, type StripeEventEnvelope } from './stripe-objects';

export interface ReconcileOptions {
  /** Only Stripe events created at or after this moment are compared. */
  since: Date;
  /** Apply the events we never received. @default false */
  apply?: boolean;
}

export interface Disagreement {
  kind: 'order' | 'subscription';
  id: string;
  /** What Stripe's events say, e.g. "paid", "failed", "refunded 500", "status canceled". */
  stripe: string;
  ours: string;
}

export interface ReconcileReport {
  since: string;
  eventsListed: number;
  missingEvents: { id: string; type: string; created: string }[];
  /** Recorded events still waiting (a refund whose payment has not been seen as paid). */
  pendingEvents: { id: string; type: string; created: string }[];
  disagreements: Disagreement[];
  applied: { id: string; type: string; outcome: ProcessOutcome }[];
}

const RELEVANT_TYPES = new Set([...ORDER_EVENT_TYPES, ...SUBSCRIPTION_EVENT_TYPES]);
const PAID_STATUSES = new Set(['paid', 'partially_refunded', 'refunded']);

async function listRelevantEvents(stripe: Stripe, since: Date): Promise<StripeEventEnvelope[]> {
  const events: StripeEventEnvelope[] = [];
  for await (const event of stripe.events.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 })) {
    if (!RELEVANT_TYPES.has(event.type)) continue;
    const parsed = stripeEventEnvelopeSchema.safeParse(event);
    if (parsed.success) events.push(parsed.data);
  }
  return events.sort((a, b) => a.created - b.created);
}

interface ExpectedOrder {
  paid: boolean;
  failed: boolean;
  refundedCents: number;
  paymentIntentId: string | null;
}

/** What the events say each order should be. */
function expectedOrders(events: StripeEventEnvelope[]): Map<string, ExpectedOrder> {
  const expected = new Map<string, ExpectedOrder>();
  const entry = (orderId: string) => {
    let found = expected.get(orderId);
    if (found === undefined) {
      found = { paid: false, failed: false, refundedCents: 0, paymentIntentId: null };
      expected.set(orderId, found);
    }
    return found;
  };
  const refunds: { paymentIntentId: string | null; orderId: string | undefined; amount: number }[] = [];
  for (const event of events) {
    const object = event.data.object;
    if (event.type.startsWith('checkout.session.')) {
      const session = checkoutSessionSchema.safeParse(object);
      const orderId = session.success ? (session.data.metadata.orderId ?? session.data.client_reference_id) : undefined;
      if (!session.success || session.data.mode !== 'payment' || !orderId) continue;
      const order = entry(orderId);
      if (event.type !== 'checkout.session.expired' && event.type !== 'checkout.session.async_payment_failed' && session.data.payment_status === 'paid') {
        order.paid = true;
        order.paymentIntentId ??= session.data.payment_intent;
      }
      if (event.type === 'checkout.session.expired' || event.type === 'checkout.session.async_payment_failed') order.failed = true;
    } else if (event.type.startsWith('payment_intent.')) {
      const intent = paymentIntentSchema.safeParse(object);
      if (!intent.success || !intent.data.metadata.orderId) continue;
      const order = entry(intent.data.metadata.orderId);
      if (event.type === 'payment_intent.succeeded') {
        order.paid = true;
        order.paymentIntentId ??= intent.data.id;
      } else order.failed = true;
    } else if (event.type === 'charge.refunded') {
      const charge = chargeSchema.safeParse(object);
      if (charge.success) refunds.push({ paymentIntentId: charge.data.payment_intent, orderId: charge.data.metadata.orderId, amount: charge.data.amount_refunded });
    }
  }
  for (const refund of refunds) {
    for (const [orderId, order] of expected) {
      if (orderId === refund.orderId || (refund.paymentIntentId !== null && order.paymentIntentId === refund.paymentIntentId)) {
        order.refundedCents = Math.max(order.refundedCents, refund.amount);
      }
    }
  }
  return expected;
}

async function compare(prisma: PrismaClient, events: StripeEventEnvelope[]): Promise<Disagreement[]> {
  const disagreements: Disagreement[] = [];
  const expected = expectedOrders(events);
  const orderIds = [...expected.keys()].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const orders = await prisma.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, status: true, refundedCents: true } });
  for (const order of orders) {
    const wanted = expected.get(order.id);
    if (wanted === undefined) continue;
    const ours = `${order.status}${order.refundedCents > 0 ? ` refunded ${order.refundedCents}` : ''}`;
    if (wanted.paid && !PAID_STATUSES.has(order.status)) disagreements.push({ kind: 'order', id: order.id, stripe: 'paid', ours });
    else if (!wanted.paid && wanted.failed && order.status === 'awaiting_payment') disagreements.push({ kind: 'order', id: order.id, stripe: 'failed', ours });
    else if (wanted.refundedCents > order.refundedCents) disagreements.push({ kind: 'order', id: order.id, stripe: `refunded ${wanted.refundedCents}`, ours });
  }

  const latestSubscription = new Map<string, string>();
  for (const event of events) {
    if (!SUBSCRIPTION_EVENT_TYPES.has(event.type)) continue;
    const subscription = subscriptionSchema.safeParse(event.data.object);
    if (subscription.success) latestSubscription.set(subscription.data.id, event.type === 'customer.subscription.deleted' ? 'canceled' : subscription.data.status);
  }
  const subscriptions = await prisma.tutorSubscription.findMany({ where: { stripeSubscriptionId: { in: [...latestSubscription.keys()] } } });
  const stored = new Map(subscriptions.map((row) => [row.stripeSubscriptionId, row.status]));
  for (const [id, status] of latestSubscription) {
    const ours = stored.get(id);
    // A subscription we cannot attribute to a tutor plan is not ours to compare.
    if (ours !== undefined && ours !== status) disagreements.push({ kind: 'subscription', id, stripe: `status ${status}`, ours: `status ${ours}` });
  }
  return disagreements;
}

export async function reconcileStripe(prisma: PrismaClient, stripe: Stripe, options: ReconcileOptions): Promise<ReconcileReport> {
  const events = await listRelevantEvents(stripe, options.since);
  const recorded = await prisma.stripeEvent.findMany({ where: { id: { in: events.map((event) => event.id) } }, select: { id: true } });
  const recordedIds = new Set(recorded.map((row) => row.id));
  const missing = events.filter((event) => !recordedIds.has(event.id));

  const applied: ReconcileReport['applied'] = [];
  if (options.apply) {
    for (const event of missing) applied.push({ id: event.id, type: event.type, outcome: await processStripeEvent(prisma, event) });
  }
  const pending = await prisma.stripeEvent.findMany({ where: { processedAt: null, createdAt: { gte: options.since } }, orderBy: { createdAt: 'asc' } });
  const describe = (event: { id: string; type: string; created: number }) => ({ id: event.id, type: event.type, created: new Date(event.created * 1000).toISOString() });
  return {
    since: options.since.toISOString(),
    eventsListed: events.length,
    missingEvents: missing.map(describe),
    pendingEvents: pending.map((row) => ({ id: row.id, type: row.type, created: row.createdAt.toISOString() })),
    disagreements: await compare(prisma, events),
    applied,
  };
}
