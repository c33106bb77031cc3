import type { Redis } from 'ioredis';
import { createMemoryPubSub, createRedisPubSub, type PubSub } from '../src/pubsub';
import { connectTestRedis, testRedisUrl, uniquePrefix } from './support/redis';
import { waitFor } from '../src/wait-for';

interface Harness {
  /** A PubSub; calling it twice gives two instances that share one transport. */
  make(options?: { bufferSize?: number }): PubSub;
  /**
   * Resolves once `connections` transport connections listen on `channel`. A publish only waits for
   * its own instance's SUBSCRIBE; another instance's may still be in flight, and Redis delivers
   * nothing to a subscriber that does not exist yet.
   */
  listening(channel: string, connections: number): Promise<void>;
}

let redis: Redis;
beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await redis.quit();
});

const opened: PubSub[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((pubsub) => pubsub.close()));
});

function memoryHarness(): Harness {
  // Two in-memory instances never share events; the shared "transport" is one instance.
  let shared: PubSub | undefined;
  return {
    make(options) {
      if (options?.bufferSize !== undefined) {
        const own = createMemoryPubSub({ bufferSize: options.bufferSize });
        opened.push(own);
        return own;
      }
      shared ??= createMemoryPubSub();
      opened.push(shared);
      return shared;
    },
    listening: async () => {},
  };
}

function redisHarness(): Harness {
  const keyPrefix = uniquePrefix('pubsub');
  return {
    make(options) {
      const pubsub = createRedisPubSub({ redisUrl: testRedisUrl, keyPrefix, bufferSize: options?.bufferSize });
      opened.push(pubsub);
      return pubsub;
    },
    async listening(channel, connections) {
      await waitFor(async () => Number(((await redis.pubsub('NUMSUB', `${keyPrefix}${channel}`)) as [string, number])[1]) >= connections, {
        what: `${connections} Redis subscribers on ${channel}`,
      });
    },
  };
}

async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < count) {
    const result = await iterator.next();
    if (result.done) throw new Error(`Subscription ended after ${values.length} of ${count} events`);
    values.push(result.value);
  }
  return values;
}

describe.each([
  ['in-memory', memoryHarness],
  ['redis', redisHarness],
])('%s PubSub', (_name, harness) => {
  test('delivers events to a subscriber in publish order', async () => {
    const pubsub = harness().make();
    const events = pubsub.subscribe<{ n: number }>('order');
    for (let n = 0; n < 20; n += 1) await pubsub.publish('order', { n });
    expect((await take(events, 20)).map((event) => event.n)).toEqual([...Array(20).keys()]);
    await events.return?.();
  });

  test('fans one event out to two subscribers of the same channel only', async () => {
    const pubsub = harness().make();
    const first = pubsub.subscribe<string>('room');
    const second = pubsub.subscribe<string>('room');
    const other = pubsub.subscribe<string>('other-room');
    await pubsub.publish('room', 'hello');
    await pubsub.publish('other-room', 'elsewhere');
    expect(await take(first, 1)).toEqual(['hello']);
    expect(await take(second, 1)).toEqual(['hello']);
    expect(await take(other, 1)).toEqual(['elsewhere']);
  });

  test('hands each subscriber its own copy, serialised like JSON', async () => {
    const pubsub = harness().make();
    const first = pubsub.subscribe<{ at: string; list: number[] }>('copies');
    const second = pubsub.subscribe<{ at: string; list: number[] }>('copies');
    await pubsub.publish('copies', { at: new Date('2024-01-01T00:00:00Z'), list: [1] });
    const [a] = await take(first, 1);
    a?.list.push(2);
    expect(await take(second, 1)).toEqual([{ at: '2024-01-01T00:00:00.000Z', list: [1] }]);
  });

  test('return() ends the subscription and later events are not delivered to it', async () => {
    const pubsub = harness().make();
    const leaving = pubsub.subscribe<number>('leave');
    const staying = pubsub.subscribe<number>('leave');
    const pending = leaving.next();
    await leaving.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    await pubsub.publish('leave', 1);
    expect(await take(staying, 1)).toEqual([1]);
    expect(await leaving.next()).toEqual({ value: undefined, done: true });
  });

  test('an aborted signal ends the subscription', async () => {
    const pubsub = harness().make();
    const controller = new AbortController();
    const events = pubsub.subscribe<number>('abort', { signal: controller.signal });
    const pending = events.next();
    controller.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
  });

  test('a slow subscriber keeps the newest events and counts the dropped oldest', async () => {
    const pubsub = harness().make({ bufferSize: 3 });
    const slow = pubsub.subscribe<number>('slow');
    const done = pubsub.subscribe<string>('slow-done');
    for (let n = 1; n <= 5; n += 1) await pubsub.publish('slow', n);
    await pubsub.publish('slow-done', 'done');
    // One transport delivers in publish order: once the sentinel arrived, so did every 'slow' event.
    await take(done, 1);
    await waitFor(() => slow.dropped === 2, { what: 'two dropped events' });
    expect(await take(slow, 3)).toEqual([3, 4, 5]);
  });

  test('two instances see each other’s events', async () => {
    const h = harness();
    const a = h.make();
    const b = h.make();
    const onB = b.subscribe<string>('cross');
    const onA = a.subscribe<string>('cross');
    await h.listening('cross', a === b ? 1 : 2);
    await a.publish('cross', 'from a');
    await b.publish('cross', 'from b');
    expect(await take(onB, 2)).toEqual(['from a', 'from b']);
    expect(await take(onA, 2)).toEqual(['from a', 'from b']);
  });

  test('close() ends open subscriptions', async () => {
    const pubsub = harness().make();
    const events = pubsub.subscribe<number>('closing');
    const pending = events.next();
    await pubsub.close();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});

describe('redis PubSub subscriptions', () => {
  test('shares one Redis SUBSCRIBE per channel and unsubscribes when the last subscriber returns', async () => {
    const keyPrefix = uniquePrefix('numsub');
    const pubsub = createRedisPubSub({ redisUrl: testRedisUrl, keyPrefix });
    opened.push(pubsub);
    const channel = `${keyPrefix}shared`;
    const numsub = async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);

    const first = pubsub.subscribe<number>('shared');
    const second = pubsub.subscribe<number>('shared');
    await pubsub.publish('shared', 1);
    await take(first, 1);
    expect(await numsub()).toBe(1);

    await first.return?.();
    await pubsub.publish('shared', 2);
    expect(await take(second, 2)).toEqual([1, 2]);
    expect(await numsub()).toBe(1);

    await second.return?.();
    await waitFor(async () => (await numsub()) === 0, { what: 'PUBSUB NUMSUB back to 0' });

    // Subscribing again after the last one left re-establishes the Redis subscription.
    const again = pubsub.subscribe<number>('shared');
    await pubsub.publish('shared', 3);
    expect(await take(again, 1)).toEqual([3]);
    expect(await numsub()).toBe(1);
  });
});
