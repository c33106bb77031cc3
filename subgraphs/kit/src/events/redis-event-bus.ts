// The event bus over Redis Streams, for any number of processes.
//
// Relay: in one transaction per domain, the oldest unpublished outbox rows are claimed with
// FOR UPDATE SKIP LOCKED (concurrent relays take disjoint rows), XADDed to one stream
// `<prefix>events` (entry field `event` = the DomainEvent as JSON, approximately trimmed to
// `streamMaxLength`), and marked published. A crash after XADD and before commit republishes the rows:
// consumers drop the duplicate by event id.
//
// Consumers: each group is a Redis consumer group on that stream, created at the oldest retained entry
// so a new group catches up. A loop per group XREADGROUPs new entries, runs the handler and, on success,
// records `<prefix>events:done:<group>:<eventId>` (kept for 7 days) and XACKs. A failed entry stays
// pending; once it has been idle for `retryDelayMs` any consumer of the group XCLAIMs it (which counts a
// delivery) and retries. When the delivery that just failed was number `maxDeliveries` — or a pending
// entry already reached it because its consumer died — it is copied to `<prefix>events:dead-letter`
// (event, group, deliveries, last error) and acknowledged in one MULTI, logged at error level and
// passed to `onDeadLetter`.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DomainEvent } from './domain-event';
import { errorMessage, resolveBusOptions, type EventBus, type EventBusOptions } from './event-bus';
import { HandlerRegistry } from './handler-registry';
import { markPublished, selectUnpublished } from './outbox-store';
import { startPollLoop, type PollLoop } from './poll-loop';
import { parseEntries, parsePending, parseReadGroupReply, readEvent, type StreamEntry } from './stream-entry';

const DONE_TTL_SECONDS = 7 * 24 * 60 * 60;
const READ_COUNT = 50;
/** Longest a blocked read waits before the loop looks at pending retries again. */
const MAX_BLOCK_MS = 2000;

export function createRedisEventBus(options: EventBusOptions & { redisUrl: string }): EventBus {
  const settings = resolveBusOptions(options);
  const { prisma, logger } = settings;
  const { redisUrl } = options;
  const streamKey = `${settings.keyPrefix}events`;
  const deadLetterKey = `${settings.keyPrefix}events:dead-letter`;
  const doneKey = (group: string, eventId: string) => `${settings.keyPrefix}events:done:${group}:${eventId}`;
  const consumer = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const blockMs = Math.max(10, Math.min(settings.retryDelayMs, MAX_BLOCK_MS));
  const registry = new HandlerRegistry();
  /** Last failure per stream entry, so a dead letter says why; best effort, this process only. */
  const lastErrors = new Map<string, string>();

  let commands: Redis | undefined;
  let readers: Redis[] = [];
  let consumerLoops: Promise<void>[] = [];
  let relayLoop: PollLoop | undefined;
  let stopping = false;

  const connect = () => {
    const connection = new Redis(redisUrl);
    connection.on('error', (error: Error) => logger.warn({ err: error.message }, 'event bus Redis connection error'));
    return connection;
  };
  const commandConnection = (): Redis => {
    commands ??= connect();
    return commands;
  };

  const relayOnce = async (): Promise<number> => {
    let published = 0;
    for (const domain of settings.domains) {
      published += await prisma.$transaction(
        async (tx) => {
          const events = await selectUnpublished(tx, domain, { limit: settings.batchSize, lock: true });
          if (events.length === 0) return 0;
          const pipeline = commandConnection().pipeline();
          for (const event of events) {
            pipeline.xadd(streamKey, 'MAXLEN', '~', settings.streamMaxLength, '*', 'event', JSON.stringify(event));
          }
          const results = (await pipeline.exec()) ?? [];
          const failed = results.find(([error]) => error);
          if (failed?.[0]) throw failed[0];
          await markPublished(tx, domain, events.map((event) => event.id));
          return events.length;
        },
        { timeout: 30_000 },
      );
    }
    return published;
  };

  const deadLetter = async (group: string, entry: StreamEntry, event: DomainEvent | undefined, deliveries: number) => {
    const error = lastErrors.get(entry.id) ?? 'unknown (failed in another process or the entry is malformed)';
    await commandConnection()
      .multi()
      .xadd(deadLetterKey, '*', 'event', entry.fields.get('event') ?? '', 'group', group, 'deliveries', String(deliveries), 'error', error)
      .xack(streamKey, group, entry.id)
      .exec();
    lastErrors.delete(entry.id);
    logger.error({ group, eventId: event?.id, type: event?.type, deliveries, err: error }, 'event dead-lettered after repeated handler failures');
    if (event) settings.onDeadLetter?.({ event, group, deliveries, error });
  };

  /** Runs one delivery (number `deliveries`) of `entry` to `group`. */
  const deliver = async (group: string, entry: StreamEntry, deliveries: number) => {
    const redis = commandConnection();
    const event = readEvent(entry);
    if (!event) {
      lastErrors.set(entry.id, 'stream entry has no readable event');
      await deadLetter(group, entry, undefined, deliveries);
      return;
    }
    const handler = registry.get(group, event.type);
    if (!handler || (await redis.exists(doneKey(group, event.id))) === 1) {
      await redis.xack(streamKey, group, entry.id);
      return;
    }
    try {
      await handler(event);
    } catch (error) {
      lastErrors.set(entry.id, errorMessage(error));
      if (deliveries >= settings.maxDeliveries) {
        await deadLetter(group, entry, event, deliveries);
      } else {
        logger.warn({ group, eventId: event.id, type: event.type, attempt: deliveries, err: errorMessage(error) }, 'event handler failed; will retry');
      }
      return;
    }
    lastErrors.delete(entry.id);
    await redis.multi().set(doneKey(group, event.id), '1', 'EX', DONE_TTL_SECONDS).xack(streamKey, group, entry.id).exec();
  };

  /** Claims entries whose last delivery failed (or whose consumer vanished) and delivers them again. */
  const retryPending = async (group: string) => {
    const redis = commandConnection();
    const pending = parsePending(await redis.xpending(streamKey, group, 'IDLE', settings.retryDelayMs, '-', '+', READ_COUNT));
    for (const { id, deliveries } of pending) {
      if (stopping) return;
      // XCLAIM with the same idle floor: when two consumers race, only one gets the entry.
      const [entry] = parseEntries(await redis.xclaim(streamKey, group, consumer, settings.retryDelayMs, id));
      if (!entry) continue;
      if (deliveries >= settings.maxDeliveries) await deadLetter(group, entry, readEvent(entry), deliveries);
      else await deliver(group, entry, deliveries + 1);
    }
  };

  const consume = async (group: string, reader: Redis) => {
    while (!stopping) {
      try {
        await retryPending(group);
        if (stopping) break;
        const reply = await reader.xreadgroup('GROUP', group, consumer, 'COUNT', READ_COUNT, 'BLOCK', blockMs, 'STREAMS', streamKey, '>');
        for (const entry of parseReadGroupReply(reply)) await deliver(group, entry, 1);
      } catch (error) {
        if (stopping) break;
        logger.error({ group, err: errorMessage(error) }, 'event consumer round failed');
        await new Promise((resolve) => setTimeout(resolve, blockMs));
      }
    }
  };

  const ensureGroup = async (group: string) => {
    try {
      await commandConnection().xgroup('CREATE', streamKey, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!errorMessage(error).includes('BUSYGROUP')) throw error;
    }
  };

  return {
    on(group, type, handler) {
      registry.add(group, type, handler);
    },
    async start() {
      if (relayLoop || consumerLoops.length > 0) return;
      stopping = false;
      for (const group of registry.groupNames()) {
        await ensureGroup(group);
        // A blocking read occupies its connection, so each group reads on its own.
        const reader = connect();
        readers.push(reader);
        consumerLoops.push(consume(group, reader));
      }
      if (settings.domains.length > 0) {
        relayLoop = startPollLoop(
          async () => (await relayOnce()) > 0,
          settings.pollIntervalMs,
          (error) => logger.error({ err: errorMessage(error) }, 'outbox relay round failed'),
        );
      }
    },
    async stop() {
      stopping = true;
      await relayLoop?.stop();
      relayLoop = undefined;
      // Dropping the reader connections ends their blocked reads; handlers in flight finish on `commands`.
      for (const reader of readers) reader.disconnect();
      await Promise.all(consumerLoops);
      readers = [];
      consumerLoops = [];
      await commands?.quit();
      commands = undefined;
    },
    relayOnce,
  };
}
