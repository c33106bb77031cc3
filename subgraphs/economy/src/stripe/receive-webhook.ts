// The webhook entry: verify Stripe's signature over the raw body (and that it is recent), then record
// and apply the event. Anyone may call it; without a valid signature it does nothing.
import Stripe from 'stripe';
import { z } from 'zod';
import type { PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { processStripeEvent, type ProcessOutcome } from './process-stripe-event';
import { stripeEventEnvelopeSchema, type StripeEventEnvelope } from './stripe-objects';

/** Stripe's own default: a signature older than five minutes is refused (replay protection). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export interface WebhookReceipt {
  eventId: string;
  type: string;
  outcome: ProcessOutcome;
}

/** Verifies and parses the event; BAD_USER_INPUT for a bad or stale signature or a malformed body. */
export function verifyStripeEvent(payload: string, signature: string, webhookSecret: string): StripeEventEnvelope {
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badInput(`The Stripe webhook was refused: ${reason.split('\n')[0]}`, 'signature');
  }
  const parsed = stripeEventEnvelopeSchema.safeParse(event);
  if (!parsed.success) throw badInput('The Stripe webhook body is not an event (it lacks id, type, created or data.object).', 'payload');
  return parsed.data;
}

export async function receiveStripeWebhook(
  prisma: PrismaClient,
  webhookSecret: string,
  input: { payload: string; signature: string },
): Promise<WebhookReceipt> {
  const event = verifyStripeEvent(input.payload, input.signature, webhookSecret);
  let outcome: ProcessOutcome;
  try {
    outcome = await processStripeEvent(prisma, event);
  } catch (error) {
    // A signed event whose object lacks what we read is refused as a whole (nothing was recorded).
    if (error instanceof z.ZodError) throw badInput(`The Stripe ${event.type} event ${event.id} is malformed: ${error.issues[0]?.message ?? 'unexpected shape'}.`, 'payload');
    throw error;
  }
  return { eventId: event.id, type: event.type, outcome };
}
