// Stripe settings, read once from the subgraph's environment. Without STRIPE_SECRET_KEY the platform runs
// in test mode: no Stripe calls, a local checkout page, and webhooks signed with a local secret, so the
// same webhook code path is exercised with no keys at all.
import { userError } from '../../../kit/src/errors';

/** The webhook secret test mode signs and verifies with when STRIPE_WEBHOOK_SECRET is not set. */
export const LOCAL_TEST_WEBHOOK_SECRET = 'whsec_scrollforge_local_test_mode_0123456789';

/** Where people land after a checkout when PUBLIC_URL is not set (the embedded gateway). */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4000';

export interface StripeApiEndpoint {
  protocol: 'http' | 'https';
  host: string;
  port: number;
}

export type StripeSettings =
  | {
      mode: 'live';
      secretKey: string;
      webhookSecret: string;
      /** Set only when STRIPE_API_BASE points the SDK at another server (tests, a proxy). */
      apiEndpoint?: StripeApiEndpoint;
      publicUrl: string;
      /** Recurring Stripe prices for the paid tutor plans, when given in the environment. */
      tutorPlanPriceIds: { standard?: string; unlimited?: string };
    }
  | {
      mode: 'test';
      webhookSecret: string;
      publicUrl: string;
      tutorPlanPriceIds: { standard?: string; unlimited?: string };
    };

function nonEmpty(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parseApiBase(value: string): StripeApiEndpoint {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`STRIPE_API_BASE "${value}" is not a URL. Set it like http://127.0.0.1:12111 or remove it to use api.stripe.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('STRIPE_API_BASE must start with http:// or https://.');
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  const port = url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port);
  return { protocol, host: url.hostname, port };
}

const settingsCache = new WeakMap<object, StripeSettings>();

/** Reads the Stripe settings from `env`; fails loudly with what to set when live mode is half-configured. */
export function stripeSettingsOf(env: Readonly<Record<string, string | undefined>>): StripeSettings {
  const cached = settingsCache.get(env);
  if (cached !== undefined) return cached;
  const publicUrl = (nonEmpty(env, 'PUBLIC_URL') ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
  const tutorPlanPriceIds = { standard: nonEmpty(env, 'STRIPE_PRICE_TUTOR_STANDARD'), unlimited: nonEmpty(env, 'STRIPE_PRICE_TUTOR_UNLIMITED') };
  const secretKey = nonEmpty(env, 'STRIPE_SECRET_KEY');
  let settings: StripeSettings;
  if (secretKey === undefined) {
    settings = { mode: 'test', webhookSecret: nonEmpty(env, 'STRIPE_WEBHOOK_SECRET') ?? LOCAL_TEST_WEBHOOK_SECRET, publicUrl, tutorPlanPriceIds };
  } else {
    const webhookSecret = nonEmpty(env, 'STRIPE_WEBHOOK_SECRET');
    if (webhookSecret === undefined) {
      throw new Error('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not. Copy the signing secret (whsec_…) of the webhook endpoint from the Stripe dashboard.');
    }
    const apiBase = nonEmpty(env, 'STRIPE_API_BASE');
    settings = { mode: 'live', secretKey, webhookSecret, apiEndpoint: apiBase === undefined ? undefined : parseApiBase(apiBase), publicUrl, tutorPlanPriceIds };
  }
  settingsCache.set(env, settings);
  return settings;
}

/** Refuses an operation that needs a real Stripe account while the platform runs in test mode. */
export function requireLiveStripe(settings: StripeSettings, what: string): Extract<StripeSettings, { mode: 'live' }> {
  if (settings.mode !== 'live') {
    throw userError('BAD_USER_INPUT', `${what} needs a Stripe account: this platform runs in test mode. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to enable it.`);
  }
  return settings;
}
