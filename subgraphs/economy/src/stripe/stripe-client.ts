// One Stripe SDK client per live configuration. Retries reuse the idempotency keys we pass, so a
// retried create never makes a second object.
import Stripe from 'stripe';
import type { StripeSettings } from './stripe-env';

const clients = new Map<string, Stripe>();

/** The SDK client for live mode (pointed at STRIPE_API_BASE when set); null in test mode. */
export function stripeClientOf(settings: StripeSettings): Stripe | null {
  if (settings.mode !== 'live') return null;
  const endpoint = settings.apiEndpoint;
  const cacheKey = `${settings.secretKey}@${endpoint ? `${endpoint.protocol}://${endpoint.host}:${endpoint.port}` : 'stripe'}`;
  let client = clients.get(cacheKey);
  if (client === undefined) {
    client = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      telemetry: false,
      ...(endpoint === undefined ? {} : { host: endpoint.host, port: endpoint.port, protocol: endpoint.protocol }),
    });
    clients.set(cacheKey, client);
  }
  return client;
}
