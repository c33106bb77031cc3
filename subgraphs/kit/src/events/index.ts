// Public API of the kit's transactional outbox event bus.
export type { DeadLetter, DomainEvent, EventHandler } from './domain-event';
export type { EventBus, EventBusOptions } from './event-bus';
export { createEventBus } from './create-event-bus';
export { emitEvent } from './emit-event';
export { handleOnce } from './handle-once';
export { domainOutbox, type DomainOutbox } from './domain-outbox';
