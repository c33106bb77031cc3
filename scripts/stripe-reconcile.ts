// `npm run stripe:reconcile -- [--since <ISO date | hours>] [--apply]`: compares Stripe's recent events
// with the orders and tutor subscriptions in DATABASE_URL. Lists events never received, events still
// pending and records whose state disagrees with Stripe; with --apply, applies the missing events
// through the webhook's own handlers. Exits 1 when something is still out of step.
import { createPrismaClient, requireEnv } from '../subgraphs/kit/src';
import { reconcileStripe } from '../subgraphs/economy/src/stripe/reconcile';
import { stripeClientOf } from '../subgraphs/economy/src/stripe/stripe-client';
import { stripeSettingsOf } from '../subgraphs/economy/src/stripe/stripe-env';

/** How far back to look without --since: Stripe keeps events for 30 days; three days covers most outages. */
const DEFAULT_LOOKBACK_HOURS = 72;

function parseSince(value: string | undefined): Date {
  if (value === undefined) return new Date(Date.now() - DEFAULT_LOOKBACK_HOURS * 3600 * 1000);
  if (/^\d+$/.test(value)) return new Date(Date.now() - Number(value) * 3600 * 1000);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`--since "${value}" is neither an ISO date nor a number of hours.`);
  return date;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const sinceIndex = args.indexOf('--since');
  const since = parseSince(sinceIndex >= 0 ? args[sinceIndex + 1] : undefined);
  const apply = args.includes('--apply');
  const stripe = stripeClientOf(stripeSettingsOf(process.env));
  if (stripe === null) throw new Error('STRIPE_SECRET_KEY is not set: in test mode there is no Stripe account to reconcile with.');
  const url = requireEnv('DATABASE_URL', 'Point it at the database to reconcile, e.g. postgresql://postgres@127.0.0.1:5432/scrollforge.');
  const prisma = createPrismaClient({ url, poolMax: 2 });
  try {
    const report = await reconcileStripe(prisma, stripe, { since, apply });
    console.log(`Compared ${report.eventsListed} Stripe event(s) since ${report.since}.`);
    for (const event of report.missingEvents) console.log(`missing  ${event.created} ${event.type} ${event.id}`);
    for (const event of report.applied) console.log(`applied  ${event.type} ${event.id} → ${event.outcome}`);
    for (const event of report.pendingEvents) console.log(`pending  ${event.created} ${event.type} ${event.id}`);
    for (const found of report.disagreements) console.log(`differs  ${found.kind} ${found.id}: Stripe says ${found.stripe}, we have ${found.ours}`);
    const outOfStep = (apply ? 0 : report.missingEvents.length) + report.disagreements.length;
    if (outOfStep === 0) console.log('Everything agrees with Stripe.');
    else if (!apply) console.log('Run again with --apply to apply the missing events.');
    return outOfStep === 0 ? 0 : 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
