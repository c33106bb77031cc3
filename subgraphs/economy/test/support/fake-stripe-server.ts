// A local HTTP server speaking the part of Stripe's REST API the economy uses (form-encoded requests,
// JSON answers, Idempotency-Key replay), recording every request. Webhook events are built here in
// Stripe's shape and signed with the real stripe library.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Stripe from 'stripe';

export interface RecordedStripeRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string | undefined;
}

/** A Stripe object as JSON: `id` and `object` plus whatever fields the type has. */
export type StripeObject = { id: string; object: string } & Record<string, unknown>;

export interface StripeEventShape {
  id: string;
  object: 'event';
  type: string;
  created: number;
  api_version: string;
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: StripeObject };
}

export interface FakeStripeServer {
  /** http://127.0.0.1:<port>, for STRIPE_API_BASE. */
  url: string;
  requests: RecordedStripeRequest[];
  customers: Map<string, StripeObject>;
  checkoutSessions: Map<string, StripeObject>;
  subscriptions: Map<string, StripeObject>;
  /** Events GET /v1/events lists (newest first), as Stripe would have sent them. */
  events: StripeEventShape[];
  /** Records an event so that GET /v1/events lists it; returns it. */
  publish(event: StripeEventShape): StripeEventShape;
  stop(): Promise<void>;
}

export const FAKE_STRIPE_SECRET_KEY = 'sk_test_fake_0123456789abcdefghijklmnop';
export const FAKE_WEBHOOK_SECRET = 'whsec_fake_webhook_secret_0123456789abcdef';

export function stripeId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

/** Sets `target[a][b][0]…` from a form key like `line_items[0][price_data][currency]`. */
function assignFormField(target: Record<string, unknown>, key: string, value: string): void {
  const parts = key.replace(/\]/g, '').split('[');
  let node: Record<string, unknown> = target;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      node[part] = value;
      return;
    }
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
}

/** Objects whose keys are 0..n-1 become arrays, as Stripe reads them. */
function arraysFromIndexedObjects(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, child]) => [key, arraysFromIndexedObjects(child)] as const);
  if (entries.length > 0 && entries.every(([key], index) => key === String(index))) return entries.map(([, child]) => child);
  return Object.fromEntries(entries);
}

export function parseStripeForm(text: string): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) assignFormField(target, key, value);
  return arraysFromIndexedObjects(target) as Record<string, unknown>;
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const now = () => Math.floor(Date.now() / 1000);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function lineItemsTotal(lineItems: unknown): number {
  if (!Array.isArray(lineItems)) return 0;
  return lineItems.reduce((sum: number, item: unknown) => {
    const record = asRecord(item);
    const priceData = asRecord(record.price_data);
    return sum + Number(priceData.unit_amount ?? 0) * Number(record.quantity ?? 1);
  }, 0);
}

export async function startFakeStripeServer(): Promise<FakeStripeServer> {
  const requests: RecordedStripeRequest[] = [];
  const customers = new Map<string, StripeObject>();
  const checkoutSessions = new Map<string, StripeObject>();
  const subscriptions = new Map<string, StripeObject>();
  const events: StripeEventShape[] = [];
  /** Idempotency-Key → the answer first given, as Stripe replays it. */
  const idempotentAnswers = new Map<string, { status: number; body: unknown }>();

  function answer(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'request-id': stripeId('req') });
    response.end(text);
  }

  const notFound = (what: string) => ({ status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } } });

  function handle(method: string, path: string, body: Record<string, unknown>, query: URLSearchParams): { status: number; body: unknown } {
    if (method === 'POST' && path === '/v1/customers') {
      const customer: StripeObject = { id: stripeId('cus'), object: 'customer', created: now(), email: body.email ?? null, metadata: asRecord(body.metadata) };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = stripeId('cs_test');
      const session: StripeObject = {
        id,
        object: 'checkout.session',
        created: now(),
        expires_at: now() + 24 * 3600,
        mode: body.mode ?? 'payment',
        status: 'open',
        payment_status: 'unpaid',
        url: `https://checkout.stripe.test/c/pay/${id}`,
        client_reference_id: body.client_reference_id ?? null,
        customer: body.customer ?? null,
        metadata: asRecord(body.metadata),
        currency: asRecord(asRecord(asRecord(body.line_items)[0]).price_data).currency ?? 'usd',
        amount_total: lineItemsTotal(body.line_items),
        line_items_requested: body.line_items ?? [],
        subscription_data: body.subscription_data ?? null,
        payment_intent_data: body.payment_intent_data ?? null,
        payment_intent: null,
        subscription: null,
        success_url: body.success_url,
        cancel_url: body.cancel_url,
      };
      checkoutSessions.set(id, session);
      return { status: 200, body: session };
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === 'GET' && sessionMatch) {
      const session = checkoutSessions.get(decodeURIComponent(sessionMatch[1] ?? ''));
      return session ? { status: 200, body: session } : notFound('checkout.session');
    }
    const subscriptionMatch = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (subscriptionMatch) {
      const subscription = subscriptions.get(decodeURIComponent(subscriptionMatch[1] ?? ''));
      if (!subscription) return notFound('subscription');
      if (method === 'POST') {
        if (body.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = body.cancel_at_period_end === 'true';
        if (body.metadata !== undefined) subscription.metadata = { ...asRecord(subscription.metadata), ...asRecord(body.metadata) };
      }
      return { status: 200, body: subscription };
    }
    if (method === 'GET' && path === '/v1/events') {
      const since = Number(query.get('created[gte]') ?? 0);
      const limit = Number(query.get('limit') ?? 10);
      const startingAfter = query.get('starting_after');
      let listed = [...events].sort((a, b) => b.created - a.created).filter((event) => event.created >= since);
      if (startingAfter !== null) listed = listed.slice(listed.findIndex((event) => event.id === startingAfter) + 1);
      return { status: 200, body: { object: 'list', url: '/v1/events', has_more: listed.length > limit, data: listed.slice(0, limit) } };
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } } };
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://stripe.local');
      const method = request.method ?? 'GET';
      const text = await readText(request);
      const body = method === 'POST' ? parseStripeForm(text) : {};
      const header = request.headers['idempotency-key'];
      const idempotencyKey = Array.isArray(header) ? header[0] : header;
      requests.push({ method, path: url.pathname, body, idempotencyKey });
      if (request.headers.authorization !== `Bearer ${FAKE_STRIPE_SECRET_KEY}`) {
        answer(response, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } });
        return;
      }
      const replayKey = idempotencyKey === undefined || method !== 'POST' ? undefined : `${url.pathname} ${idempotencyKey}`;
      const replay = replayKey === undefined ? undefined : idempotentAnswers.get(replayKey);
      if (replay !== undefined) {
        answer(response, replay.status, replay.body);
        return;
      }
      const result = handle(method, url.pathname, body, url.searchParams);
      if (replayKey !== undefined) idempotentAnswers.set(replayKey, result);
      answer(response, result.status, result.body);
    })().catch((error: unknown) => answer(response, 500, { error: { type: 'api_error', message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    customers,
    checkoutSessions,
    subscriptions,
    events,
    publish(event) {
      events.push(event);
      return event;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A webhook event in Stripe's shape about `object`, created at `created` (Unix seconds). */
export function stripeEvent(type: string, object: StripeObject, options: { id?: string; created?: number } = {}): StripeEventShape {
  return {
    id: options.id ?? stripeId('evt'),
    object: 'event',
    type,
    created: options.created ?? now(),
    api_version: '2025-01-01',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}

/** The raw body and `stripe-signature` header Stripe would send, signed with the real library. */
export function signStripeEvent(event: StripeEventShape, secret: string, options: { timestamp?: number } = {}): { payload: string; signature: string } {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }) });
  return { payload, signature };
}

/** The session as Stripe reports it once paid: complete, paid, with its payment intent. */
export function completedSession(session: StripeObject, paymentIntentId = stripeId('pi')): StripeObject {
  return { ...session, status: 'complete', payment_status: 'paid', payment_intent: paymentIntentId };
}

/** A subscription object as Stripe sends it in customer.subscription.* events. */
export function subscriptionObject(options: {
  id?: string;
  customer: string;
  priceId: string;
  status: string;
  currentPeriodEnd: number;
  metadata?: Record<string, string>;
  cancelAtPeriodEnd?: boolean;
}): StripeObject {
  return {
    id: options.id ?? stripeId('sub'),
    object: 'subscription',
    customer: options.customer,
    status: options.status,
    cancel_at_period_end: options.cancelAtPeriodEnd ?? false,
    metadata: options.metadata ?? {},
    items: {
      object: 'list',
      data: [{ id: stripeId('si'), object: 'subscription_item', current_period_end: options.currentPeriodEnd, price: { id: options.priceId, object: 'price' } }],
    },
  };
}
