// PubSub over Redis pub/sub, so events published by any instance reach subscribers on every instance.
// A subscriber connection cannot run other commands, hence separate publisher and subscriber
// connections. Each channel costs one Redis SUBSCRIBE however many local subscribers share it.
import { Redis } from 'ioredis';
import { LocalFanout, toJson } from './local-fanout';
import { DEFAULT_BUFFER_SIZE, DEFAULT_KEY_PREFIX, type PubSub, type PubSubOptions } from './pubsub';

export interface RedisPubSubOptions extends Omit<PubSubOptions, 'redisUrl'> {
  redisUrl: string;
  /** Told about connection errors (ioredis reconnects on its own). */
  onError?: (error: Error) => void;
}

export function createRedisPubSub(options: RedisPubSubOptions): PubSub {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const publisher = new Redis(options.redisUrl);
  const subscriber = new Redis(options.redisUrl);
  const onError = options.onError ?? (() => undefined);
  publisher.on('error', onError);
  subscriber.on('error', onError);

  // SUBSCRIBE/UNSUBSCRIBE run in order on the subscriber connection; publish waits for them so an
  // event published right after subscribe() in this process is not missed.
  let subscriptionChanges: Promise<unknown> = Promise.resolve();
  const changeSubscription = (change: () => Promise<unknown>) => {
    subscriptionChanges = subscriptionChanges.then(change).catch((error: unknown) => {
      onError(error instanceof Error ? error : new Error(String(error)));
    });
  };

  const fanout = new LocalFanout({
    bufferSize: options.bufferSize ?? DEFAULT_BUFFER_SIZE,
    onDrop: options.onDrop,
    onFirstSubscriber: (channel) => changeSubscription(() => subscriber.subscribe(prefix + channel)),
    onLastSubscriberGone: (channel) =>
      changeSubscription(async () => {
        // Someone may have subscribed again while this change waited its turn.
        if (!fanout.hasSubscribers(channel)) await subscriber.unsubscribe(prefix + channel);
      }),
  });

  subscriber.on('message', (redisChannel: string, message: string) => {
    if (!redisChannel.startsWith(prefix)) return;
    fanout.deliver(redisChannel.slice(prefix.length), message);
  });

  let closed = false;
  return {
    async publish(channel, payload) {
      if (closed) throw new Error('PubSub is closed');
      await subscriptionChanges;
      await publisher.publish(prefix + channel, toJson(payload));
    },
    subscribe(channel, subscribeOptions) {
      if (closed) throw new Error('PubSub is closed');
      return fanout.subscribe(channel, subscribeOptions);
    },
    async close() {
      if (closed) return;
      closed = true;
      fanout.endAll();
      await subscriptionChanges;
      await Promise.all([subscriber.quit(), publisher.quit()]);
    },
  };
}
