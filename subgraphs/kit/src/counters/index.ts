// Public API of the kit's counters: limits and usage tallies shared by every instance.
export type { CounterStore, CounterStoreOptions } from './counter-store';
export { DEFAULT_COUNTER_KEY_PREFIX } from './counter-store';
export { createCounterStore } from './create-counter-store';
export { createMemoryCounterStore, type MemoryCounterStoreOptions } from './memory-counter-store';
export { createRedisCounterStore, type RedisCounterStoreOptions } from './redis-counter-store';
