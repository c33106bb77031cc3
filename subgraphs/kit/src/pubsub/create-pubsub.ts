// Chooses the PubSub implementation: Redis when a URL is configured, this process otherwise.
import { createMemoryPubSub } from './memory-pubsub';
import type { PubSub, PubSubOptions } from './pubsub';
import { createRedisPubSub, type RedisPubSubOptions } from './redis-pubsub';

export function createPubSub(options: PubSubOptions & Pick<RedisPubSubOptions, 'onError'> = {}): PubSub {
  const { redisUrl, ...rest } = options;
  return redisUrl ? createRedisPubSub({ ...rest, redisUrl }) : createMemoryPubSub(rest);
}
