// Counters in Redis, shared by every instance. INCRBY and the first EXPIRE run in one Lua script, so
// no counter is ever left without an expiry by a process dying between the two commands.
import { Redis } from 'ioredis';
import { assertIncrement, DEFAULT_COUNTER_KEY_PREFIX, type CounterStore } from './counter-store';

export interface RedisCounterStoreOptions {
  redisUrl: string;
  /** Prepended to every key. @default "scrollforge:counters:" */
  keyPrefix?: string;
  /** Told about connection errors (ioredis reconnects on its own). */
  onError?: (error: Error) => void;
}

// TTL is -1 only for a key without an expiry, i.e. one this INCRBY has just created.
const INCREMENT_WITH_EXPIRY = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return value`;

export function createRedisCounterStore(options: RedisCounterStoreOptions): CounterStore {
  const prefix = options.keyPrefix ?? DEFAULT_COUNTER_KEY_PREFIX;
  const redis = new Redis(options.redisUrl);
  redis.on('error', options.onError ?? (() => undefined));
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new Error('The counter store is closed');
  };
  const toNumber = (value: string | null) => (value === null ? 0 : Number(value));

  return {
    async increment(key, by, ttlSeconds) {
      assertOpen();
      assertIncrement(by, ttlSeconds);
      const value = await redis.eval(INCREMENT_WITH_EXPIRY, 1, prefix + key, by, ttlSeconds);
      return Number(value);
    },
    async get(key) {
      assertOpen();
      return toNumber(await redis.get(prefix + key));
    },
    async getMany(keys) {
      assertOpen();
      if (keys.length === 0) return [];
      const values = await redis.mget(...keys.map((key) => prefix + key));
      return values.map(toNumber);
    },
    async close() {
      if (closed) return;
      closed = true;
      await redis.quit();
    },
  };
}
