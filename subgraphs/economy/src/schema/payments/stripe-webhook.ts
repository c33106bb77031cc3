// receiveStripeWebhook: the gateway's /webhooks/stripe route hands the raw body and signature here.
// Anonymous by design (Stripe signs, it does not sign in); nothing happens without a valid signature.
import { builder } from '../../builder';
import { receiveStripeWebhook, type WebhookReceipt } from '../../stripe/receive-webhook';
import { stripeOf } from './stripe-context';

const StripeWebhookOutcome = builder.enumType('StripeWebhookOutcome', {
  values: {
    applied: { description: 'The event changed an order or subscription.' },
    pending: { description: 'Recorded; applied once the payment it refers to is known (a refund before its payment).' },
    ignored: { description: 'Recorded; it changes nothing (an older event, or not about us).' },
    duplicate: { description: 'Already received; nothing changed.' },
  } as const,
});

const StripeWebhookReceiptType = builder.objectRef<WebhookReceipt>('StripeWebhookReceipt').implement({
  fields: (t) => ({
    eventId: t.exposeString('eventId'),
    type: t.exposeString('type'),
    outcome: t.field({ type: StripeWebhookOutcome, resolve: (receipt) => receipt.outcome }),
  }),
});

builder.mutationFields((t) => ({
  receiveStripeWebhook: t.field({
    type: StripeWebhookReceiptType,
    description: 'Receives one Stripe webhook: the raw request body and its Stripe-Signature header.',
    args: {
      payload: t.arg.string({ required: true }),
      signature: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) =>
      receiveStripeWebhook(context.prisma, stripeOf(context).settings.webhookSecret, { payload: args.payload, signature: args.signature }),
  }),
}));
