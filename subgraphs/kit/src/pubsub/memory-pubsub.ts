// PubSub inside one process, for embedded mode and tests. Payloads go through JSON like they do over
// Redis, so a resolver that works here works unchanged when REDIS_URL is set.
import { LocalFanout, toJson } from './local-fanout';
import { DEFAULT_BUFFER_SIZE, type PubSub, type PubSubOptions } from './pubsub';

export function createMemoryPubSub(options: Omit<PubSubOptions, 'redisUrl'> = {}): PubSub {
  const fanout = new LocalFanout({ bufferSize: options.bufferSize ?? DEFAULT_BUFFER_SIZE, onDrop: options.onDrop });
  let closed = false;
  return {
    async publish(channel, payload) {
      if (closed) throw new Error('PubSub is closed');
      fanout.deliver(channel, toJson(payload));
    },
    subscribe(channel, subscribeOptions) {
      if (closed) throw new Error('PubSub is closed');
      return fanout.subscribe(channel, subscribeOptions);
    },
    async close() {
      closed = true;
      fanout.endAll();
    },
  };
}
