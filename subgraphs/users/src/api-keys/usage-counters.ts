// Where a key's limits and usage live in the counter store, and how a day's usage is read back.
// Per-minute counters die soon after their minute; daily tallies are kept for the usage chart.
import type { CounterStore } from '../../../kit/src/counters';
import { badInput } from '../../../kit/src/errors';

/** How many days of usage a key keeps, and the most `usage(days:)` shows. */
export const USAGE_RETENTION_DAYS = 90;
/** A day's tally outlives the last day it can be asked for by a day, so the oldest shown day is whole. */
export const DAY_COUNTER_TTL_SECONDS = (USAGE_RETENTION_DAYS + 1) * 86_400;
/** A minute's counter is only read during its minute; the margin covers clock skew between instances. */
export const MINUTE_COUNTER_TTL_SECONDS = 120;

export type DailyTally = 'requests' | 'refused' | 'cost';
export type MinuteTally = 'requests' | 'cost';

export function minuteCounterKey(keyId: string, minute: number, tally: MinuteTally): string {
  return `api-key:${keyId}:minute:${minute}:${tally}`;
}

export function dayCounterKey(keyId: string, date: string, tally: DailyTally): string {
  return `api-key:${keyId}:day:${date}:${tally}`;
}

export interface ApiKeyUsageDay {
  keyId: string;
  /** UTC date, `YYYY-MM-DD`. */
  date: string;
  /** Requests let through. */
  requests: number;
  /** Requests refused by a limit. */
  refused: number;
  /** Cost points spent by the requests let through. */
  cost: number;
}

const DAILY_TALLIES: readonly DailyTally[] = ['requests', 'refused', 'cost'];

/** The usage of many (key, day) pairs in one round trip to the counter store, in the order asked. */
export async function readUsageDays(
  counters: CounterStore,
  wanted: readonly { keyId: string; date: string }[],
): Promise<ApiKeyUsageDay[]> {
  const keys = wanted.flatMap(({ keyId, date }) => DAILY_TALLIES.map((tally) => dayCounterKey(keyId, date, tally)));
  const values = await counters.getMany(keys);
  return wanted.map(({ keyId, date }, index) => {
    const [requests = 0, refused = 0, cost = 0] = values.slice(index * 3, index * 3 + 3);
    return { keyId, date, requests, refused, cost };
  });
}

export function checkUsageDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > USAGE_RETENTION_DAYS) {
    throw badInput(`Ask for 1 to ${USAGE_RETENTION_DAYS} days of usage; older usage is not kept.`, 'days');
  }
  return days;
}
