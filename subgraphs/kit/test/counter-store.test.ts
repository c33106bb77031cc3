// Both counter stores keep the same contract: atomic increments, reads that see 0 for missing
// counters, and an expiry set when a counter is created that later increments do not move.
import type { Redis } from 'ioredis';
import { createMemoryCounterStore, createRedisCounterStore, type CounterStore } from '../src/counters';
import { connectTestRedis, deleteKeys, testRedisUrl, uniquePrefix } from './support/redis';

let redis: Redis;
const prefixes: string[] = [];
const opened: CounterStore[] = [];

beforeAll(async () => {
  redis = await connectTestRedis();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  for (const prefix of prefixes) await deleteKeys(redis, prefix);
  await redis.quit();
});

function memoryStore(): CounterStore {
  const store = createMemoryCounterStore();
  opened.push(store);
  return store;
}

function redisStore(): CounterStore {
  const keyPrefix = uniquePrefix('counters');
  prefixes.push(keyPrefix);
  const store = createRedisCounterStore({ redisUrl: testRedisUrl, keyPrefix });
  opened.push(store);
  return store;
}

describe.each([
  ['in-memory', memoryStore],
  ['redis', redisStore],
])('%s counter store', (_name, makeStore) => {
  test('returns the new value after each increment', async () => {
    const store = makeStore();
    expect(await store.increment('hits', 1, 60)).toBe(1);
    expect(await store.increment('hits', 4, 60)).toBe(5);
    expect(await store.increment('hits', -2, 60)).toBe(3);
    expect(await store.get('hits')).toBe(3);
  });

  test('counts every one of many concurrent increments exactly once', async () => {
    const store = makeStore();
    const values = await Promise.all(Array.from({ length: 50 }, () => store.increment('burst', 1, 60)));
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(await store.get('burst')).toBe(50);
  });

  test('reads a missing counter as 0', async () => {
    expect(await makeStore().get('never-written')).toBe(0);
  });

  test('reads many counters at once in the order asked, missing ones as 0', async () => {
    const store = makeStore();
    await store.increment('a', 7, 60);
    await store.increment('c', 2, 60);
    expect(await store.getMany(['c', 'b', 'a'])).toEqual([2, 0, 7]);
    expect(await store.getMany([])).toEqual([]);
  });

  test('refuses a fractional increment or a lifetime under one second', async () => {
    const store = makeStore();
    await expect(store.increment('bad', 1.5, 60)).rejects.toThrow(RangeError);
    await expect(store.increment('bad', 1, 0)).rejects.toThrow(RangeError);
    expect(await store.get('bad')).toBe(0);
  });

  test('answers nothing once closed', async () => {
    const store = makeStore();
    await store.close();
    await expect(store.increment('late', 1, 60)).rejects.toThrow('closed');
  });
});

describe('redis counter store', () => {
  test('sets the expiry when a counter is created and leaves it there on later increments', async () => {
    const keyPrefix = uniquePrefix('counters-ttl');
    prefixes.push(keyPrefix);
    const store = createRedisCounterStore({ redisUrl: testRedisUrl, keyPrefix });
    opened.push(store);
    await store.increment('window', 1, 100);
    await redis.expire(`${keyPrefix}window`, 30);
    await store.increment('window', 1, 100);
    const ttl = await redis.ttl(`${keyPrefix}window`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });

  test('gives a new counter the lifetime asked for', async () => {
    const keyPrefix = uniquePrefix('counters-ttl');
    prefixes.push(keyPrefix);
    const store = createRedisCounterStore({ redisUrl: testRedisUrl, keyPrefix });
    opened.push(store);
    await store.increment('fresh', 3, 90);
    const ttl = await redis.ttl(`${keyPrefix}fresh`);
    expect(ttl).toBeGreaterThan(80);
    expect(ttl).toBeLessThanOrEqual(90);
  });
});

describe('in-memory counter store', () => {
  test('forgets a counter once its lifetime from creation has passed, however often it was incremented', async () => {
    let now = 1_000_000;
    const store = createMemoryCounterStore({ now: () => now });
    opened.push(store);
    await store.increment('window', 1, 60);
    now += 59_000;
    expect(await store.increment('window', 1, 60)).toBe(2);
    now += 1_000;
    expect(await store.get('window')).toBe(0);
    expect(await store.getMany(['window'])).toEqual([0]);
    expect(await store.increment('window', 1, 60)).toBe(1);
  });
});
