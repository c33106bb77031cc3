// The test-mode checkout the gateway's /checkout/test/<session> page uses when Stripe is not
// configured. The session id (192 random bits, stored on the order) is the page's only credential,
// as with Stripe's own checkout URLs; in live mode both fields answer nothing.
import { builder } from '../../builder';
import { signTestCheckoutEvent, testCheckoutSummary, type SignedTestEvent, type TestCheckoutSummary } from '../../stripe/test-mode-checkout';
import { stripeOf } from './stripe-context';

const TestCheckoutLine = builder.objectRef<TestCheckoutSummary['lines'][number]>('TestCheckoutLine').implement({
  fields: (t) => ({
    description: t.exposeString('description'),
    quantity: t.exposeInt('quantity'),
    totalCents: t.exposeInt('totalCents'),
  }),
});

const TestCheckoutSessionType = builder.objectRef<TestCheckoutSummary>('TestCheckoutSession').implement({
  description: 'A test-mode checkout: the order it pays. No real payment happens.',
  fields: (t) => ({
    sessionId: t.exposeString('sessionId'),
    orderId: t.exposeID('orderId'),
    status: t.exposeString('status', { description: 'The order’s status.' }),
    currency: t.exposeString('currency'),
    subtotalCents: t.exposeInt('subtotalCents'),
    discountCents: t.exposeInt('discountCents'),
    totalCents: t.exposeInt('totalCents'),
    lines: t.field({ type: [TestCheckoutLine], resolve: (summary) => summary.lines }),
  }),
});

const TestCheckoutOutcome = builder.enumType('TestCheckoutOutcome', {
  values: { pay: { description: 'Simulate a successful card payment.' }, fail: { description: 'Simulate an abandoned, expired checkout.' } } as const,
});

const SignedTestCheckoutEvent = builder.objectRef<SignedTestEvent>('SignedTestCheckoutEvent').implement({
  description: 'A Stripe-shaped webhook event signed with the local webhook secret, for the gateway to deliver.',
  fields: (t) => ({
    payload: t.exposeString('payload'),
    signature: t.exposeString('signature'),
    redirectUrl: t.exposeString('redirectUrl'),
  }),
});

builder.queryFields((t) => ({
  testCheckoutSession: t.field({
    type: TestCheckoutSessionType,
    nullable: true,
    description: 'The order behind a test-mode checkout session; null for unknown sessions or when Stripe is configured.',
    args: { sessionId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => testCheckoutSummary(context.prisma, stripeOf(context).settings, args.sessionId),
  }),
}));

builder.mutationFields((t) => ({
  signTestCheckoutEvent: t.field({
    type: SignedTestCheckoutEvent,
    description: 'Test mode only: builds the Stripe event the Pay or Fail button stands for, signed for the webhook.',
    args: {
      sessionId: t.arg.string({ required: true }),
      outcome: t.arg({ type: TestCheckoutOutcome, required: true }),
    },
    resolve: (_root, args, context) =>
      signTestCheckoutEvent(context.prisma, stripeOf(context).settings, { sessionId: args.sessionId, outcome: args.outcome }),
  }),
}));
