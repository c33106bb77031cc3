// When to try a request again and how long to wait first. Pure, so the rules are tested on their own.

/** Gateway and proxy statuses that mean "not now" rather than "never". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

export interface BackoffOptions {
  /** Delay ceiling of the first retry, in milliseconds; it doubles per retry. */
  baseDelayMs: number;
  /** Longest wait between tries, in milliseconds. */
  maxDelayMs: number;
  /** A number in [0, 1); Math.random unless a test needs a fixed one. */
  random?: () => number;
}

/**
 * Exponential backoff with equal jitter: half the ceiling is fixed and half random, so clients that
 * failed together spread out without any of them retrying at once.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return ceiling / 2 + (options.random ?? Math.random)() * (ceiling / 2);
}

/** Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export interface FailureFacts {
  /** A mutation may have been applied once any response arrived, so only a request that never got one is resent. */
  isMutation: boolean;
  /** Whether a response arrived at all. */
  responded: boolean;
  status?: number;
  code?: string;
}

export function isRetryable(facts: FailureFacts): boolean {
  if (!facts.responded) return true;
  if (facts.isMutation) return false;
  return facts.code === 'RATE_LIMITED' || (facts.status !== undefined && RETRYABLE_STATUSES.has(facts.status));
}
