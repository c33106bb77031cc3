// Public API of the kit's pub/sub: live events for GraphQL subscriptions.
export type { PubSub, PubSubOptions, SubscribeOptions, Subscription } from './pubsub';
export { createPubSub } from './create-pubsub';
export { createMemoryPubSub } from './memory-pubsub';
export { createRedisPubSub, type RedisPubSubOptions } from './redis-pubsub';
