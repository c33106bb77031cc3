// The fields of Stripe's event objects the economy reads, parsed rather than trusted: an event that
// lacks them is malformed input, never a crash halfway through a transaction.
import { z } from 'zod';

/** Stripe sends an expandable reference either as an id or as the expanded object. */
const reference = z.union([z.string(), z.object({ id: z.string() }).passthrough()]).nullish().transform((value) => (value == null ? null : typeof value === 'string' ? value : value.id));

const metadata = z.record(z.string(), z.string()).nullish().transform((value) => value ?? {});

export const stripeEventEnvelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  /** Unix seconds. */
  created: z.number().int().nonnegative(),
  data: z.object({ object: z.object({ id: z.string().min(1) }).passthrough() }),
});
export type StripeEventEnvelope = z.infer<typeof stripeEventEnvelopeSchema>;

export const checkoutSessionSchema = z.object({
  id: z.string(),
  mode: z.enum(['payment', 'setup', 'subscription']),
  status: z.string().nullish(),
  payment_status: z.string(),
  client_reference_id: z.string().nullish(),
  metadata,
  payment_intent: reference,
  amount_total: z.number().int().nullish(),
});
export type CheckoutSessionObject = z.infer<typeof checkoutSessionSchema>;

export const paymentIntentSchema = z.object({
  id: z.string(),
  status: z.string(),
  metadata,
});

export const chargeSchema = z.object({
  id: z.string(),
  payment_intent: reference,
  /** Cumulative cents refunded on this charge so far. */
  amount_refunded: z.number().int().nonnegative(),
  metadata,
});
export type ChargeObject = z.infer<typeof chargeSchema>;

export const subscriptionSchema = z.object({
  id: z.string(),
  customer: reference,
  status: z.string(),
  cancel_at_period_end: z.boolean().nullish(),
  /** Older API versions carry the period end on the subscription; newer ones on each item. */
  current_period_end: z.number().int().nullish(),
  metadata,
  items: z
    .object({
      data: z.array(z.object({ current_period_end: z.number().int().nullish(), price: z.object({ id: z.string() }).passthrough().nullish() }).passthrough()),
    })
    .nullish(),
});
export type SubscriptionObject = z.infer<typeof subscriptionSchema>;
