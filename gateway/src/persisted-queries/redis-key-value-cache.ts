// A KeyValueCache (Apollo's cache interface) over Redis, so every gateway instance sees the operations any
// of them has registered. The cache is an optimisation: when Redis is unreachable, a read is a miss (the
// client then sends the full text) rather than a failed request.
import type { PersistedQueryOptions } from '@apollo/server';
import { Redis } from 'ioredis';

/** Apollo Server's cache interface, as its persisted-query option takes it. */
type KeyValueCache = NonNullable<PersistedQueryOptions['cache']>;
type KeyValueCacheSetOptions = Parameters<KeyValueCache['set']>[2];

export interface RedisKeyValueCacheOptions {
  redisUrl: string;
  /** Prepended to every key, so deployments (and tests) sharing a Redis stay apart. */
  keyPrefix: string;
  /** Told about failed commands and connection errors (ioredis reconnects on its own). */
  onError: (error: Error) => void;
  /** Longest wait for one command before it counts as failed. @default 1000 */
  commandTimeoutMs?: number;
}

export interface ClosableKeyValueCache extends KeyValueCache {
  close(): Promise<void>;
}

const DEFAULT_COMMAND_TIMEOUT_MS = 1000;

/** How the connection names itself to Redis (CLIENT LIST), to tell it apart from pub/sub and counters. */
export const PERSISTED_QUERY_CONNECTION_NAME = 'scrollforge-gateway-persisted-queries';

export function createRedisKeyValueCache(options: RedisKeyValueCacheOptions): ClosableKeyValueCache {
  const redis = new Redis(options.redisUrl, {
    keyPrefix: options.keyPrefix,
    connectionName: PERSISTED_QUERY_CONNECTION_NAME,
    // Connects on the first lookup, so a gateway that fails to start leaves no connection behind.
    lazyConnect: true,
    // A request waits on the cache, so a Redis outage must fail a command quickly instead of queueing it.
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    // Closing while reconnecting arms a timer for a socket that is already gone; the default 2 s holds the process.
    disconnectTimeout: 200,
  });
  redis.on('error', options.onError);
  const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

  return {
    async get(key) {
      try {
        return (await redis.get(key)) ?? undefined;
      } catch (error) {
        options.onError(asError(error));
        return undefined;
      }
    },
    async set(key, value, setOptions?: KeyValueCacheSetOptions) {
      const ttl = setOptions?.ttl;
      if (typeof ttl === 'number' && ttl > 0) await redis.set(key, value, 'EX', Math.ceil(ttl));
      else await redis.set(key, value);
    },
    async delete(key) {
      return (await redis.del(key)) > 0;
    },
    async close() {
      // QUIT needs a live connection; without one there is only the reconnect loop to stop.
      if (redis.status !== 'ready') {
        redis.disconnect();
        return;
      }
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
