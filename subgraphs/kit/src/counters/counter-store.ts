// Shared integer counters with expiry: rate limits, quotas and usage tallies that every instance of
// a subgraph must agree on. Redis holds them when REDIS_URL is set; one process holds them otherwise.

export interface CounterStore {
  /**
   * Adds `by` (which may be negative) to the counter at `key` and returns the new value, atomically.
   * A counter that does not exist starts at 0 and expires `ttlSeconds` after it was created; later
   * increments do not move that expiry, so a counter named after its window dies with the window.
   */
  increment(key: string, by: number, ttlSeconds: number): Promise<number>;
  /** The counter's value; 0 when it does not exist or has expired. */
  get(key: string): Promise<number>;
  /** The values of many counters in one round trip, in the order of `keys` (0 for missing ones). */
  getMany(keys: readonly string[]): Promise<number[]>;
  /** Releases connections; the store answers nothing afterwards. */
  close(): Promise<void>;
}

export interface CounterStoreOptions {
  /** redis:// URL; without it counters live in this process only. */
  redisUrl?: string;
  /** Prepended to every Redis key so several deployments can share one Redis. @default "scrollforge:counters:" */
  keyPrefix?: string;
}

export const DEFAULT_COUNTER_KEY_PREFIX = 'scrollforge:counters:';

export function assertIncrement(by: number, ttlSeconds: number): void {
  if (!Number.isSafeInteger(by)) throw new RangeError(`A counter moves by whole numbers, not ${by}.`);
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds < 1) throw new RangeError(`A counter lives at least one whole second, not ${ttlSeconds}.`);
}
