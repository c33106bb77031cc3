// Tutor plan subscriptions: subscribe (Stripe Checkout in subscription mode), cancel at period end, and
// your current subscription.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { cancelTutorPlan, currentTutorSubscription } from '../../subscriptions/cancel-tutor-plan';
import { subscribeTutorPlan } from '../../subscriptions/subscribe-tutor-plan';
import { CheckoutType } from './checkout';
import { liveStripeOf } from './stripe-context';

const PaidTutorPlan = builder.enumType('PaidTutorPlan', {
  values: {
    standard: { description: '$9.99 a month.' },
    unlimited: { description: '$19.99 a month.' },
  } as const,
});

const TutorSubscriptionType = builder.prismaObject('TutorSubscription', {
  description: 'A tutor plan paid monthly through Stripe.',
  fields: (t) => ({
    id: t.exposeID('id'),
    plan: t.field({ type: PaidTutorPlan, resolve: (subscription) => (subscription.plan === 'unlimited' ? 'unlimited' : 'standard') }),
    status: t.exposeString('status', { description: 'Stripe’s status: active, trialing, past_due, canceled, unpaid, incomplete…' }),
    currentPeriodEnd: t.expose('currentPeriodEnd', { type: 'DateTime', nullable: true }),
    cancelAtPeriodEnd: t.exposeBoolean('cancelAtPeriodEnd', { description: 'True when the plan ends at currentPeriodEnd.' }),
  }),
});

builder.queryFields((t) => ({
  myTutorSubscription: t.field({
    type: TutorSubscriptionType,
    nullable: true,
    description: 'Your tutor plan subscription, if you have or had one.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => currentTutorSubscription(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  subscribeTutorPlan: t.field({
    type: CheckoutType,
    description: 'Starts a monthly tutor plan: returns the Stripe checkout to pay it.',
    authScopes: { authenticated: true },
    args: { plan: t.arg({ type: PaidTutorPlan, required: true }) },
    resolve: (_root, args, context) => {
      const { settings, stripe } = liveStripeOf(context, 'A tutor plan subscription');
      return subscribeTutorPlan(context.prisma, stripe, settings, { userId: signedInUserId(context), plan: args.plan });
    },
  }),
  cancelTutorPlan: t.field({
    type: TutorSubscriptionType,
    description: 'Cancels your tutor plan at the end of the paid period.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => cancelTutorPlan(context.prisma, liveStripeOf(context, 'Cancelling a tutor plan').stripe, { userId: signedInUserId(context) }),
  }),
}));
