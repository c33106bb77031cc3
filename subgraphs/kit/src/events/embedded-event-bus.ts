// The event bus without Redis (embedded mode): the relay reads the outbox and calls handlers directly.
//
// - Latency: the outbox is polled every `pollIntervalMs` (default 200 ms) while idle and continuously
//   while busy. A poll is one indexed SELECT per domain; LISTEN/NOTIFY would need a second dedicated
//   connection, which the single-connection embedded PGlite server cannot spare.
// - Handlers of every started embedded bus in this process receive the events (subgraphs running in
//   one process each have their own bus but share delivery), one delivery per group.
// - A row is marked published only after every group that handles its type either succeeded or was
//   dead-lettered; a failed group is retried on later polls, no sooner than `retryDelayMs` after its
//   failure, until `maxDeliveries` failures. Dead letters are logged at error level (with event, group,
//   attempts and the last error) and passed to `onDeadLetter`; the row is then marked published.
// - Attempt counts live in memory: a restart re-runs pending deliveries from scratch, and a crash
//   between a handler's commit and marking the row redelivers it — `handleOnce` drops the duplicate.
// - One process relays a given domain in embedded mode; rows are read without locks so that no
//   transaction is held open while handlers run on the same (possibly single) connection.
import type { DomainEvent, EventHandler } from './domain-event';
import { errorMessage, resolveBusOptions, type EventBus, type EventBusOptions } from './event-bus';
import { HandlerRegistry } from './handler-registry';
import { markPublished, selectUnpublished } from './outbox-store';
import { startPollLoop, type PollLoop } from './poll-loop';

/** Registries of the embedded buses started in this process; the relays deliver to all of them. */
const startedRegistries = new Set<HandlerRegistry>();

interface DeliveryState {
  failures: number;
  retryAt: number;
  settled: boolean;
}

/** Every group's handler for `type` across started buses; the first bus to register a group wins. */
function handlersFor(type: string): Map<string, EventHandler> {
  const handlers = new Map<string, EventHandler>();
  for (const registry of startedRegistries) {
    for (const group of registry.groupNames()) {
      const handler = registry.get(group, type);
      if (handler && !handlers.has(group)) handlers.set(group, handler);
    }
  }
  return handlers;
}

export function createEmbeddedEventBus(options: EventBusOptions): EventBus {
  const settings = resolveBusOptions(options);
  const { prisma, logger } = settings;
  const registry = new HandlerRegistry();
  const deliveries = new Map<string, DeliveryState>();
  let loop: PollLoop | undefined;
  let relaying: Promise<number> | undefined;

  const deliver = async (event: DomainEvent, group: string, handler: EventHandler): Promise<boolean> => {
    const key = `${event.id}|${group}`;
    const state = deliveries.get(key) ?? { failures: 0, retryAt: 0, settled: false };
    deliveries.set(key, state);
    if (state.settled) return true;
    if (Date.now() < state.retryAt) return false;
    try {
      await handler(event);
      state.settled = true;
      return true;
    } catch (error) {
      state.failures += 1;
      state.retryAt = Date.now() + settings.retryDelayMs;
      if (state.failures < settings.maxDeliveries) {
        logger.warn({ eventId: event.id, type: event.type, group, attempt: state.failures, err: errorMessage(error) }, 'event handler failed; will retry');
        return false;
      }
      const letter = { event, group, deliveries: state.failures, error: errorMessage(error) };
      logger.error({ deadLetter: letter }, 'event dead-lettered after repeated handler failures');
      settings.onDeadLetter?.(letter);
      state.settled = true;
      return true;
    }
  };

  const relayRound = async (): Promise<number> => {
    let published = 0;
    for (const domain of settings.domains) {
      const events = await selectUnpublished(prisma, domain, { limit: settings.batchSize, lock: false });
      for (const event of events) {
        const handlers = handlersFor(event.type);
        let allSettled = true;
        for (const [group, handler] of handlers) {
          if (!(await deliver(event, group, handler))) allSettled = false;
        }
        if (!allSettled) continue;
        await markPublished(prisma, domain, [event.id]);
        for (const group of handlers.keys()) deliveries.delete(`${event.id}|${group}`);
        published += 1;
      }
    }
    return published;
  };

  // Rounds never overlap: a second caller shares the round in progress.
  const relayOnce = (): Promise<number> => {
    relaying ??= relayRound().finally(() => {
      relaying = undefined;
    });
    return relaying;
  };

  return {
    on(group, type, handler) {
      registry.add(group, type, handler);
    },
    async start() {
      if (loop) return;
      startedRegistries.add(registry);
      loop = startPollLoop(
        async () => (await relayOnce()) > 0,
        settings.pollIntervalMs,
        (error) => logger.error({ err: errorMessage(error) }, 'outbox relay round failed'),
      );
    },
    async stop() {
      startedRegistries.delete(registry);
      await loop?.stop();
      loop = undefined;
      await relaying;
    },
    relayOnce,
  };
}
