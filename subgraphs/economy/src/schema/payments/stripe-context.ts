// The Stripe settings and client a resolver works with, read from the subgraph's environment.
import type Stripe from 'stripe';
import type { SubgraphContext } from '../../../../kit/src/context';
import { stripeClientOf } from '../../stripe/stripe-client';
import { requireLiveStripe, stripeSettingsOf, type StripeSettings } from '../../stripe/stripe-env';

export function stripeOf(context: Pick<SubgraphContext, 'env'>): { settings: StripeSettings; stripe: Stripe | null } {
  const settings = stripeSettingsOf(context.env);
  return { settings, stripe: stripeClientOf(settings) };
}

/** The live client, or BAD_USER_INPUT saying what to configure when running in test mode. */
export function liveStripeOf(context: Pick<SubgraphContext, 'env'>, what: string): { settings: StripeSettings; stripe: Stripe } {
  const settings = requireLiveStripe(stripeSettingsOf(context.env), what);
  const stripe = stripeClientOf(settings);
  if (stripe === null) throw new Error('A live Stripe configuration produced no client.');
  return { settings, stripe };
}
