// Chooses the event bus: Redis Streams when a URL is configured, in-process over the outbox otherwise.
import { createEmbeddedEventBus } from './embedded-event-bus';
import type { EventBus, EventBusOptions } from './event-bus';
import { createRedisEventBus } from './redis-event-bus';

export function createEventBus(options: EventBusOptions): EventBus {
  const { redisUrl } = options;
  return redisUrl ? createRedisEventBus({ ...options, redisUrl }) : createEmbeddedEventBus(options);
}
