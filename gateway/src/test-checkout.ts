// GET/POST /checkout/test/<session>: the test-mode checkout page used when Stripe is not configured.
// It shows the order and two buttons; Pay or Fail asks the economy for a Stripe-shaped event signed
// with the local webhook secret and delivers it through the same webhook path Stripe's events take,
// then sends the person to the order's success or cancel page. The unguessable session id in the
// path is the page's credential, as with Stripe's own checkout URLs.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { BodyTooLargeError, readBody, sendJson } from '@scrollforge/kit/src/http';
import type { Logger } from '@scrollforge/kit/src/logger';
import { anonymousViewer } from '@scrollforge/kit/src/viewer';
import type { GatewayContext } from './context';
import { runOwnOperation } from './own-operation';
import type { StripeWebhookDeliverer } from './stripe-webhook';
import { clientIp } from './viewer-from-request';

export const TEST_CHECKOUT_PATH_PREFIX = '/checkout/test/';

const SESSION_PATH = /^\/checkout\/test\/(cs_test_local_[A-Za-z0-9_-]{20,64})$/;

const SUMMARY_QUERY = `query TestCheckoutSession($sessionId: String!) {
  testCheckoutSession(sessionId: $sessionId) { sessionId orderId status currency subtotalCents discountCents totalCents lines { description quantity totalCents } }
}`;
const SIGN_MUTATION = `mutation SignTestCheckoutEvent($sessionId: String!, $outcome: TestCheckoutOutcome!) {
  signTestCheckoutEvent(sessionId: $sessionId, outcome: $outcome) { payload signature redirectUrl }
}`;

interface TestCheckoutSummary {
  sessionId: string;
  orderId: string;
  status: string;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  lines: { description: string; quantity: number; totalCents: number }[];
}

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.5}' +
  '.banner{background:#fff4ce;border:2px solid #b58900;border-radius:6px;padding:.75rem 1rem;font-weight:600}' +
  'table{width:100%;border-collapse:collapse;margin:1rem 0}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd}' +
  'td.amount,th.amount{text-align:right}.actions{display:flex;gap:1rem;margin-top:1.5rem}' +
  'button{font-size:1rem;padding:.6rem 1.4rem;border-radius:6px;border:2px solid #1d1d1f;cursor:pointer}' +
  'button.pay{background:#0b6e4f;color:#fff;border-color:#0b6e4f}button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}';

export const TEST_CHECKOUT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function money(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="banner" role="note">Test-mode checkout — no real payment. Stripe is not configured on this server.</p>
${body}
</main>
</body>
</html>
`;
}

export function testCheckoutPage(summary: TestCheckoutSummary, path: string): string {
  const rows = summary.lines
    .map((line) => `<tr><td>${escapeHtml(line.description)}</td><td>${line.quantity}</td><td class="amount">${money(line.totalCents, summary.currency)}</td></tr>`)
    .join('\n');
  const discount = summary.discountCents > 0 ? `<p>Discount: ${money(summary.discountCents, summary.currency)}</p>` : '';
  const payable = summary.status === 'awaiting_payment';
  const actions = payable
    ? `<form method="post" action="${escapeHtml(path)}">
<fieldset>
<legend>Choose what the simulated payment does</legend>
<div class="actions">
<button class="pay" type="submit" name="outcome" value="pay">Pay ${money(summary.totalCents, summary.currency)} (test)</button>
<button type="submit" name="outcome" value="fail">Fail the payment</button>
</div>
</fieldset>
</form>`
    : `<p role="status">This order is ${escapeHtml(summary.status.replace(/_/g, ' '))}; there is nothing left to pay.</p>`;
  return page(
    'Test-mode checkout',
    `<h1>Test-mode checkout</h1>
<p>Order <code>${escapeHtml(summary.orderId)}</code></p>
<table>
<caption>Order summary</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Qty</th><th scope="col" class="amount">Amount</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${discount}
<p><strong>Total: ${money(summary.totalCents, summary.currency)}</strong></p>
${actions}`,
  );
}

function sendHtml(response: ServerResponse, status: number, html: string, method: string | undefined): void {
  const body = Buffer.from(html, 'utf8');
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-store',
    'content-security-policy': TEST_CHECKOUT_CONTENT_SECURITY_POLICY,
  });
  response.end(method === 'HEAD' ? undefined : body);
}

export interface TestCheckoutOptions {
  apollo: ApolloServer<GatewayContext>;
  /** The same delivery the /webhooks/stripe route uses. */
  deliver: StripeWebhookDeliverer;
  /** Take the client address from X-Forwarded-For. @default false */
  trustProxy?: boolean;
}

const NOT_FOUND_PAGE = page('Checkout not found', '<h1>Checkout not found</h1><p>This test-mode checkout does not exist, or Stripe is configured on this server. Start the checkout again from your cart.</p>');

/** Serves one request under TEST_CHECKOUT_PATH_PREFIX. */
export async function serveTestCheckout(
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  log: Logger,
  options: TestCheckoutOptions,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    sendJson(response, 405, { error: 'The test checkout page is read with GET and answered with POST.' }, { allow: 'GET, HEAD, POST' });
    return;
  }
  const path = new URL(request.url ?? '/', 'http://gateway').pathname;
  const sessionId = SESSION_PATH.exec(path)?.[1];
  if (sessionId === undefined) {
    sendHtml(response, 404, NOT_FOUND_PAGE, method);
    return;
  }
  const context: GatewayContext = { requestId, viewer: anonymousViewer(clientIp(request, options.trustProxy ?? false)), logger: log };

  if (method !== 'POST') {
    const summary = await runOwnOperation<{ testCheckoutSession: TestCheckoutSummary | null }>(options.apollo, SUMMARY_QUERY, { sessionId }, context);
    if (summary.error !== null) throw new Error(`The test checkout summary failed: ${summary.error.message}`);
    const found = summary.data?.testCheckoutSession;
    if (!found) sendHtml(response, 404, NOT_FOUND_PAGE, method);
    else sendHtml(response, 200, testCheckoutPage(found, path), method);
    return;
  }

  let outcome: string | null;
  try {
    outcome = new URLSearchParams((await readBody(request, 4096)).toString('utf8')).get('outcome');
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    outcome = null;
  }
  if (outcome !== 'pay' && outcome !== 'fail') {
    sendHtml(response, 400, page('Choose an outcome', '<h1>Choose Pay or Fail</h1><p>Go back and press one of the two buttons.</p>'), method);
    return;
  }
  const signed = await runOwnOperation<{ signTestCheckoutEvent: { payload: string; signature: string; redirectUrl: string } }>(options.apollo, SIGN_MUTATION, { sessionId, outcome }, context);
  if (signed.error?.code === 'NOT_FOUND') {
    sendHtml(response, 404, NOT_FOUND_PAGE, method);
    return;
  }
  if (signed.error?.code === 'CONFLICT') {
    sendHtml(response, 409, page('Nothing to pay', `<h1>Nothing to pay</h1><p>${escapeHtml(signed.error.message)}</p>`), method);
    return;
  }
  const event = signed.data?.signTestCheckoutEvent;
  if (event === undefined) throw new Error(`Signing the test checkout event failed: ${signed.error?.message}`);
  // The same delivery as POST /webhooks/stripe: verified, recorded by id and applied by the economy.
  const delivery = await options.deliver({ payload: event.payload, signature: event.signature }, context);
  if (!delivery.ok) throw new Error(`The test checkout event was refused: ${delivery.code} ${delivery.message}`);
  log.info({ sessionId: sessionId.slice(0, 20), outcome, eventId: delivery.eventId }, 'completed a test-mode checkout');
  response.writeHead(303, { location: event.redirectUrl, 'content-length': '0', 'cache-control': 'no-store' });
  response.end();
}
