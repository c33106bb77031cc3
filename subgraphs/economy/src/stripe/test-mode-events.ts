// Stripe-shaped events made in test mode: the envelope Stripe sends, signed with the local webhook
// secret by the real stripe library, so they pass the same verification as Stripe's own.
import Stripe from 'stripe';
import type { StripeSettings } from './stripe-env';
import { testModeLocalId } from './test-mode-sessions';

export function signedTestModeEvent(
  settings: StripeSettings,
  input: { type: string; object: Record<string, unknown>; now: Date },
): { payload: string; signature: string } {
  const created = Math.floor(input.now.getTime() / 1000);
  const event = {
    id: testModeLocalId('evt'),
    object: 'event',
    type: input.type,
    created,
    api_version: null,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: input.object },
  };
  const payload = JSON.stringify(event);
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: settings.webhookSecret, timestamp: created }) };
}
