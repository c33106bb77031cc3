// checkoutOrder: the Checkout type and the mutation that starts paying an order by card.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { checkoutOrder, type CheckoutResult } from '../../stripe/checkout-order';
import { stripeOf } from './stripe-context';

export const CheckoutType = builder.objectRef<CheckoutResult>('Checkout').implement({
  description: 'A payment page to send the person to.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Stripe’s hosted checkout, or the local test-mode page.' }),
    sessionId: t.exposeString('sessionId'),
    testMode: t.exposeBoolean('testMode', { description: 'True when no real payment happens (Stripe is not configured).' }),
  }),
});

builder.mutationFields((t) => ({
  checkoutOrder: t.field({
    type: CheckoutType,
    description: 'Starts paying your card order. Calling it again returns the same open checkout.',
    authScopes: { authenticated: true },
    args: { orderId: t.arg.id({ required: true, validate: z.uuid('That is not a valid order id.') }) },
    resolve: (_root, args, context) => {
      const { settings, stripe } = stripeOf(context);
      return checkoutOrder(context.prisma, stripe, settings, { orderId: args.orderId, viewerId: signedInUserId(context) });
    },
  }),
}));
