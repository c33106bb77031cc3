// Where /graphql keeps automatic persisted queries (hash → operation text): in Redis when the gateway has
// one, so a hash registered through any instance is served by all of them; otherwise in Apollo Server's
// own in-memory cache. Entries live about a day: clients re-register an expired hash with one extra request.
import type { PersistedQueryOptions } from '@apollo/server';
import { createRedisKeyValueCache } from './redis-key-value-cache';

/** How long a registered operation stays: long enough to outlive a working day of sessions. */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

/** The gateway's Redis key prefix unless its options name another. */
export const DEFAULT_GATEWAY_KEY_PREFIX = 'scrollforge:gateway:';

export interface PersistedQueryCacheOptions {
  /** Redis shared by the gateway instances; undefined keeps the cache in this process. */
  redisUrl: string | undefined;
  /** Prefix of the gateway's Redis keys. */
  keyPrefix: string;
  onError: (error: Error) => void;
}

export interface PersistedQueryCache {
  /** Apollo Server's `persistedQueries` option. */
  apolloOptions: PersistedQueryOptions;
  /** Closes the Redis connection, if there is one. */
  close(): Promise<void>;
}

export function createPersistedQueryCache(options: PersistedQueryCacheOptions): PersistedQueryCache {
  if (options.redisUrl === undefined) {
    return { apolloOptions: { ttl: PERSISTED_QUERY_TTL_SECONDS }, close: async () => {} };
  }
  const cache = createRedisKeyValueCache({ redisUrl: options.redisUrl, keyPrefix: options.keyPrefix, onError: options.onError });
  return { apolloOptions: { cache, ttl: PERSISTED_QUERY_TTL_SECONDS }, close: () => cache.close() };
}
