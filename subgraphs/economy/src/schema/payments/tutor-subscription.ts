// Tutor plan subscriptions: subscribe (Stripe Checkout in subscription mode), cancel at period end, and
// your current subscription.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { cancelTutorPlan, currentTutorSubscription } from '../../subscriptions/cancel-tutor-plan';
import { subscribeTutorPlan } from '../../subscriptions/subscribe-tutor-plan';
import { CheckoutType } from './checkout';
import { stripeOf } from './stripe-context';
import { cancelTutorPlanInTestMode, subscribeTutorPlanInTestMode } from '../../subscriptions/test-mode-tutor-plans';

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
    description: 'Starts a monthly tutor plan: returns the Stripe checkout to pay it (in test mode, the gateway’s test checkout page).',
    authScopes: { authenticated: true },
    args: { plan: t.arg({ type: PaidTutorPlan, required: true }) },
    resolve: (_root, args, context) => {
      const { settings, stripe } = stripeOf(context);
      const input = { userId: signedInUserId(context), plan: args.plan };
      // Without Stripe keys the plan is paid on the gateway's test checkout page.
      if (stripe === null) return subscribeTutorPlanInTestMode(context.prisma, settings, input);
      return subscribeTutorPlan(context.prisma, stripe, settings, input);
    },
  }),
  cancelTutorPlan: t.field({
    type: TutorSubscriptionType,
    description: 'Cancels your tutor plan at the end of the paid period (in test mode, at once).',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => {
      const { settings, stripe } = stripeOf(context);
      const input = { userId: signedInUserId(context) };
      // In test mode the plan ends at once, through the same webhook handling as Stripe's events.
      if (stripe === null) return cancelTutorPlanInTestMode(context.prisma, settings, input);
      return cancelTutorPlan(context.prisma, stripe, input);
    },
  }),
}));
