// The commerce enums, named as the database names them.
import { builder } from '../../builder';

export const SellableKindEnum = builder.enumType('SellableKind', {
  description: 'What a cart or order item sells.',
  values: {
    course: { description: 'Lifetime access to one course.' },
    bundle: { description: 'Access to every course of a bundle.' },
    tutor_plan: { description: 'A tutor plan (bought as a subscription, not through the cart).' },
    school_licence: { description: 'Seats of a course or bundle for a school, handed out as licence codes.' },
    application_fee: { description: 'An admissions application fee (paid with payApplicationFee, not through the cart).' },
  } as const,
});

export const OrderStatusEnum = builder.enumType('OrderStatus', {
  values: ['awaiting_payment', 'paid', 'failed', 'cancelled', 'refunded', 'partially_refunded'] as const,
});

export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  values: {
    card: { description: 'Paid by card through Stripe (checkoutOrder).' },
    scroll_coin: { description: 'Paid from your ScrollCoin wallet at once.' },
    none: { description: 'Nothing to pay (a full scholarship or a free total).' },
  } as const,
});

export const CheckoutPaymentMethodEnum = builder.enumType('CheckoutPaymentMethod', {
  description: 'How you want to pay; an order that costs nothing is paid at once whatever you choose.',
  values: ['card', 'scroll_coin'] as const,
});

export const PromoKindEnum = builder.enumType('PromoKind', { values: ['percent', 'fixed'] as const });

export const TutorPlanTierEnum = builder.enumType('TutorPlanTier', { values: ['starter', 'standard', 'unlimited'] as const });
