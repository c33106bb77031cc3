// payApplicationFee: the applicant pays the fee admissions asked for, through an order of one
// application_fee line and the same card checkout as any order.
import { z } from 'zod';
import { builder } from '../../builder';
import { placeApplicationFeeOrder, type ApplicationFeeOrder } from '../../commerce/application-fee-orders';
import { checkoutOrder, type CheckoutResult } from '../../stripe/checkout-order';
import { CheckoutPaymentMethodEnum } from './enums';
import { OrderType } from './order';
import { CheckoutType } from '../payments/checkout';
import { stripeOf } from '../payments/stripe-context';

// Named apart from anything admissions may call a fee: this is economy's side of it, what may be charged.
const ApplicationFeeChargeType = builder.prismaObject('ApplicationFee', {
  name: 'ApplicationFeeCharge',
  description: 'An application fee as economy charges it: the amount admissions set and whether it is paid.',
  fields: (t) => ({
    applicationId: t.exposeID('applicationId'),
    programName: t.exposeString('programName'),
    amountCents: t.exposeInt('amountCents'),
    paid: t.boolean({ resolve: (fee) => fee.paidAt !== null }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
  }),
});

type ApplicationFeePayment = ApplicationFeeOrder & { checkout: CheckoutResult };

const ApplicationFeePaymentType = builder.objectRef<ApplicationFeePayment>('ApplicationFeePayment').implement({
  description: 'The order that pays an application fee and the checkout to send the applicant to.',
  fields: (t) => ({
    fee: t.field({ type: ApplicationFeeChargeType, resolve: (payment) => payment.fee }),
    order: t.field({ type: OrderType, resolve: (payment) => payment.order }),
    checkout: t.field({ type: CheckoutType, resolve: (payment) => payment.checkout }),
  }),
});

builder.mutationFields((t) => ({
  payApplicationFee: t.field({
    type: ApplicationFeePaymentType,
    description:
      'Starts paying the fee of your application: an order of one application fee and its card checkout. Calling it again ' +
      '(same key, or while that checkout is open) returns the same order and checkout; a paid fee is a CONFLICT. ' +
      'Application fees are paid by card only.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true, validate: z.uuid('That is not a valid application id.') }),
      paymentMethod: t.arg({ type: CheckoutPaymentMethodEnum, required: true }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const placed = await placeApplicationFeeOrder(context.prisma, context.viewer, {
        applicationId: args.applicationId,
        paymentMethod: args.paymentMethod,
        idempotencyKey: args.idempotencyKey,
      });
      const { settings, stripe } = stripeOf(context);
      const checkout = await checkoutOrder(context.prisma, stripe, settings, { orderId: placed.order.id, viewerId: placed.order.userId });
      return { ...placed, checkout };
    },
  }),
}));
