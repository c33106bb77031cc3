// POST /webhooks/stripe: Stripe's webhook endpoint. The body is read raw (the signature covers the
// exact bytes, so it is never parsed here) and handed with the Stripe-Signature header to the economy
// mutation `receiveStripeWebhook` through the gateway's own execution, like any anonymous request.
// 200 when the event was recorded (or was a duplicate), 400 when it was refused as bad input (bad or
// stale signature, malformed body: retrying cannot help), 500 otherwise so that Stripe retries.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { BodyTooLargeError, readBody, sendJson } from '@scrollforge/kit/src/http';
import type { Logger } from '@scrollforge/kit/src/logger';
import { anonymousViewer } from '@scrollforge/kit/src/viewer';
import type { GatewayContext } from './context';
import { runOwnOperation } from './own-operation';
import { clientIp } from './viewer-from-request';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/** Stripe's events are a few kilobytes; this leaves room without buffering anything large. */
const WEBHOOK_BODY_LIMIT_BYTES = 512 * 1024;

const RECEIVE_MUTATION =
  'mutation ReceiveStripeWebhook($payload: String!, $signature: String!) { receiveStripeWebhook(payload: $payload, signature: $signature) { eventId type outcome } }';

export type WebhookDelivery =
  | { ok: true; eventId: string; type: string; outcome: string }
  | { ok: false; code: string; message: string };

/** Hands one raw webhook to the economy subgraph. */
export type StripeWebhookDeliverer = (input: { payload: string; signature: string }, context: GatewayContext) => Promise<WebhookDelivery>;

/** A deliverer that runs the economy mutation on the gateway's own Apollo Server (planned and signed as usual). */
export function stripeWebhookDelivererOf(apollo: ApolloServer<GatewayContext>): StripeWebhookDeliverer {
  return async (input, context) => {
    const result = await runOwnOperation<{ receiveStripeWebhook: { eventId: string; type: string; outcome: string } }>(apollo, RECEIVE_MUTATION, input, context);
    if (result.error !== null || !result.data) {
      return { ok: false, code: result.error?.code ?? 'INTERNAL', message: result.error?.message ?? 'The webhook was not processed.' };
    }
    return { ok: true, ...result.data.receiveStripeWebhook };
  };
}

export interface StripeWebhookOptions {
  deliver: StripeWebhookDeliverer;
  /** Take the client address from X-Forwarded-For. @default false */
  trustProxy?: boolean;
}

/** Serves one request to STRIPE_WEBHOOK_PATH. */
export async function serveStripeWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  log: Logger,
  options: StripeWebhookOptions,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, { error: 'Stripe webhooks are delivered with POST.' }, { allow: 'POST' });
    return;
  }
  const header = request.headers['stripe-signature'];
  const signature = Array.isArray(header) ? header[0] : header;
  let raw: Buffer;
  try {
    raw = await readBody(request, WEBHOOK_BODY_LIMIT_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendJson(response, 413, { error: 'The webhook body is too large.' }, { connection: 'close' });
    return;
  }
  if (signature === undefined || signature === '') {
    sendJson(response, 400, { error: 'The Stripe-Signature header is missing.' });
    return;
  }
  const context: GatewayContext = { requestId, viewer: anonymousViewer(clientIp(request, options.trustProxy ?? false)), logger: log };
  const delivery = await options.deliver({ payload: raw.toString('utf8'), signature }, context);
  if (delivery.ok) {
    sendJson(response, 200, { received: true, eventId: delivery.eventId, outcome: delivery.outcome });
    return;
  }
  if (delivery.code === 'BAD_USER_INPUT') {
    log.warn({ reason: delivery.message }, 'refused a Stripe webhook');
    sendJson(response, 400, { error: delivery.message });
    return;
  }
  log.error({ code: delivery.code, reason: delivery.message }, 'a Stripe webhook failed; Stripe will retry it');
  sendJson(response, 500, { error: 'The webhook could not be processed now; it will be retried.' });
}
