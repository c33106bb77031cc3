// Helpers for subscription streams built from pub/sub topics: prompt unsubscribe, merging topics, and
// a barrier that makes sure a fresh subscription is live before the database is read.
import type { PubSub, Subscription } from '../../../kit/src/pubsub';
import { SubscriberQueue } from '../../../kit/src/pubsub/subscriber-queue';

/** A topic nobody listens on; publishing to it waits until this process's pending subscribes are live. */
const SUBSCRIPTION_BARRIER_TOPIC = 'community.realtime.subscription-barrier';

/**
 * Resolves once every subscription this process opened so far receives events. Over Redis a SUBSCRIBE is
 * sent asynchronously and a publish waits for it, so reading the database after this cannot miss an
 * event committed in between; in memory it returns at once.
 */
export async function subscriptionsLive(pubsub: PubSub): Promise<void> {
  await pubsub.publish(SUBSCRIPTION_BARRIER_TOPIC, null);
}

/**
 * Wraps a generator so that `return()` ends its pub/sub sources first. An async generator waiting on
 * `next()` of a quiet topic would otherwise only notice the client left when the next event arrived.
 */
export function endPromptly<T>(generator: AsyncGenerator<T>, endSources: () => void): AsyncIterableIterator<T> {
  return {
    next: () => generator.next(),
    return: async () => {
      endSources();
      return generator.return(undefined);
    },
    throw: async (error?: unknown) => {
      endSources();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** One subscription over several topics; events keep their order within each topic. */
export function subscribeToAll<T>(pubsub: PubSub, channels: readonly string[]): Subscription<T> {
  const controller = new AbortController();
  const merged = new SubscriberQueue<T>(1000, () => controller.abort());
  for (const channel of channels) {
    const source = pubsub.subscribe<T>(channel, { signal: controller.signal });
    void (async () => {
      for await (const event of source) merged.push(event);
    })();
  }
  return merged;
}
