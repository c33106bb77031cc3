// Charges one request against a key's limits: requests per minute, requests per UTC day and cost
// points per minute. Counters are incremented first and checked after, so two instances racing for
// the last unit never both get it; a request refused by a later limit gives back what it took from
// the earlier ones, except the per-minute request count, which counts attempts.
import type { ApiKey } from '../../../kit/src/db';
import type { CounterStore } from '../../../kit/src/counters';
import { userError } from '../../../kit/src/errors';
import { DAY_COUNTER_TTL_SECONDS, MINUTE_COUNTER_TTL_SECONDS, dayCounterKey, minuteCounterKey } from './usage-counters';
import { minuteNumber, secondsToEndOfMinute, secondsToEndOfUtcDay, utcDate } from './usage-windows';

export type ApiKeyLimit = 'requests-per-minute' | 'daily-quota' | 'cost-per-minute';

export type LimitedApiKey = Pick<ApiKey, 'id' | 'rateLimitPerMinute' | 'dailyQuota' | 'costBudgetPerMinute'>;

function refusal(limit: ApiKeyLimit, retryAfter: number, message: string) {
  return userError('RATE_LIMITED', message, { retryAfter, limit });
}

const seconds = (count: number) => (count === 1 ? '1 second' : `${count} seconds`);

/** Counts the request, or throws RATE_LIMITED (with `retryAfter` and `limit`) and counts it as refused. */
export async function chargeApiKeyRequest(counters: CounterStore, key: LimitedApiKey, cost: number, now: Date): Promise<void> {
  const minute = minuteNumber(now);
  const date = utcDate(now);
  const dayRequests = dayCounterKey(key.id, date, 'requests');
  const minuteCost = minuteCounterKey(key.id, minute, 'cost');

  const refuse = async (error: ReturnType<typeof refusal>) => {
    await counters.increment(dayCounterKey(key.id, date, 'refused'), 1, DAY_COUNTER_TTL_SECONDS);
    return error;
  };

  const requestsThisMinute = await counters.increment(minuteCounterKey(key.id, minute, 'requests'), 1, MINUTE_COUNTER_TTL_SECONDS);
  if (requestsThisMinute > key.rateLimitPerMinute) {
    const retryAfter = secondsToEndOfMinute(now);
    throw await refuse(
      refusal('requests-per-minute', retryAfter, `This API key allows ${key.rateLimitPerMinute} requests per minute. Try again in ${seconds(retryAfter)}, or ask your school admin for a higher limit.`),
    );
  }

  const requestsToday = await counters.increment(dayRequests, 1, DAY_COUNTER_TTL_SECONDS);
  if (requestsToday > key.dailyQuota) {
    await counters.increment(dayRequests, -1, DAY_COUNTER_TTL_SECONDS);
    const retryAfter = secondsToEndOfUtcDay(now);
    throw await refuse(
      refusal('daily-quota', retryAfter, `This API key has used its daily quota of ${key.dailyQuota} requests. It starts afresh at midnight UTC, in ${seconds(retryAfter)}.`),
    );
  }

  if (cost > key.costBudgetPerMinute) {
    await counters.increment(dayRequests, -1, DAY_COUNTER_TTL_SECONDS);
    throw await refuse(
      refusal('cost-per-minute', secondsToEndOfMinute(now), `This request costs ${cost} points, more than this API key's whole budget of ${key.costBudgetPerMinute} per minute. Ask for fewer fields or smaller pages.`),
    );
  }
  const costThisMinute = await counters.increment(minuteCost, cost, MINUTE_COUNTER_TTL_SECONDS);
  if (costThisMinute > key.costBudgetPerMinute) {
    await counters.increment(minuteCost, -cost, MINUTE_COUNTER_TTL_SECONDS);
    await counters.increment(dayRequests, -1, DAY_COUNTER_TTL_SECONDS);
    const retryAfter = secondsToEndOfMinute(now);
    throw await refuse(
      refusal('cost-per-minute', retryAfter, `This API key has spent its budget of ${key.costBudgetPerMinute} cost points for this minute. Try again in ${seconds(retryAfter)}, or ask for fewer fields or smaller pages.`),
    );
  }

  await counters.increment(dayCounterKey(key.id, date, 'cost'), cost, DAY_COUNTER_TTL_SECONDS);
}
