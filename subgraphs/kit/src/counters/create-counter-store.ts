// Chooses the counter store: Redis when a URL is configured, this process otherwise.
import type { CounterStore, CounterStoreOptions } from './counter-store';
import { createMemoryCounterStore } from './memory-counter-store';
import { createRedisCounterStore, type RedisCounterStoreOptions } from './redis-counter-store';

export function createCounterStore(options: CounterStoreOptions & Pick<RedisCounterStoreOptions, 'onError'> = {}): CounterStore {
  const { redisUrl, ...rest } = options;
  return redisUrl ? createRedisCounterStore({ ...rest, redisUrl }) : createMemoryCounterStore();
}
