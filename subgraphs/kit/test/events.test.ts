import pino from 'pino';
import type { Redis } from 'ioredis';
import { createEventBus, emitEvent, handleOnce, type DeadLetter, type DomainEvent, type EventBus, type EventBusOptions } from '../src/events';
import { createScratchDatabase, createTestDomain, type ScratchDatabase } from '../src/testing/scratch-database';
import { connectTestRedis, deleteKeys, testRedisUrl, uniquePrefix } from './support/redis';
import { waitFor } from '../src/wait-for';

const logger = pino({ level: 'silent' });
let database: ScratchDatabase;
let redis: Redis;
const usedPrefixes: string[] = [];
const runningBuses: EventBus[] = [];

beforeAll(async () => {
  redis = await connectTestRedis();
  database = await createScratchDatabase('events');
});
afterEach(async () => {
  await Promise.all(runningBuses.splice(0).map((bus) => bus.stop()));
});
afterAll(async () => {
  await Promise.all(usedPrefixes.map((prefix) => deleteKeys(redis, prefix)));
  await redis?.quit();
  await database?.drop();
});

type Mode = 'embedded' | 'redis';

/** A bus over `domain` in the given mode; buses made by one factory share their Redis keys. */
function busFactory(mode: Mode, domain: string) {
  const keyPrefix = uniquePrefix('events');
  usedPrefixes.push(keyPrefix);
  const makeBus = (overrides: Partial<EventBusOptions> = {}): EventBus => {
    const bus = createEventBus({
      prisma: database.prisma,
      domains: [domain],
      redisUrl: mode === 'redis' ? testRedisUrl : undefined,
      logger,
      keyPrefix,
      pollIntervalMs: 20,
      retryDelayMs: 20,
      ...overrides,
    });
    runningBuses.push(bus);
    return bus;
  };
  return { makeBus, keyPrefix };
}

const emit = (domain: string, type: string, payload: unknown) =>
  database.prisma.$transaction((tx) => emitEvent(tx, domain, type, payload));

async function unpublishedCount(domain: string): Promise<number> {
  const [row] = await database.sql(`SELECT count(*)::int AS n FROM "${domain}".outbox_event WHERE published_at IS NULL`);
  return Number(row?.n);
}

describe.each<Mode>(['embedded', 'redis'])('%s event bus', (mode) => {
  test('delivers an event committed while the relay was down exactly once across restarts', async () => {
    const domain = await createTestDomain(database, 'restart');
    const { makeBus } = busFactory(mode, domain);
    const first = await emit(domain, 'course.completed', { userId: 'u1', courseId: 'c1' });

    const received: DomainEvent[] = [];
    const handler = async (event: DomainEvent) => {
      received.push(event);
    };
    const busBefore = makeBus();
    busBefore.on('economy', 'course.completed', handler);
    await busBefore.start();
    await waitFor(() => received.length === 1, { what: 'first delivery' });
    await waitFor(async () => (await unpublishedCount(domain)) === 0, { what: 'outbox marked published' });
    await busBefore.stop();

    const busAfter = makeBus();
    busAfter.on('economy', 'course.completed', handler);
    await busAfter.start();
    // A later event arriving proves the restarted bus has caught up; the first must not come again.
    const second = await emit(domain, 'course.completed', { userId: 'u2', courseId: 'c1' });
    await waitFor(() => received.some((event) => event.id === second.id), { what: 'second delivery' });

    expect(received.map((event) => event.id)).toEqual([first.id, second.id]);
    expect(received[0]).toEqual({
      id: first.id,
      type: 'course.completed',
      domain,
      payload: { userId: 'u1', courseId: 'c1' },
      occurredAt: first.occurredAt,
    });
  });

  test('retries a handler that fails twice and applies its effect once', async () => {
    const domain = await createTestDomain(database, 'retry');
    await database.sql(`CREATE TABLE "${domain}".effect (event_id uuid NOT NULL)`);
    const bus = busFactory(mode, domain).makeBus();
    let attempts = 0;
    bus.on('economy', 'course.completed', (event) =>
      database.prisma.$transaction(async (tx) => {
        attempts += 1;
        if (!(await handleOnce(tx, domain, 'awardCoins', event.id))) return;
        await tx.$executeRawUnsafe(`INSERT INTO "${domain}".effect (event_id) VALUES ($1::uuid)`, event.id);
        // Failing after the effect proves effect and dedupe roll back together.
        if (attempts <= 2) throw new Error(`transient failure ${attempts}`);
      }),
    );
    const event = await emit(domain, 'course.completed', { userId: 'u1' });
    await bus.start();

    await waitFor(() => attempts === 3, { what: 'third attempt' });
    await waitFor(async () => (await unpublishedCount(domain)) === 0, { what: 'outbox marked published' });
    expect(await database.sql(`SELECT event_id::text AS id FROM "${domain}".effect`)).toEqual([{ id: event.id }]);
    expect(await database.sql(`SELECT handler FROM "${domain}".processed_event`)).toEqual([{ handler: 'awardCoins' }]);
  });

  test('dead-letters an event whose handler always fails after maxDeliveries attempts', async () => {
    const domain = await createTestDomain(database, 'dead');
    const letters: DeadLetter[] = [];
    const bus = busFactory(mode, domain).makeBus({ maxDeliveries: 3, onDeadLetter: (letter) => letters.push(letter) });
    let attempts = 0;
    bus.on('badges', 'course.completed', async () => {
      attempts += 1;
      throw new Error('chain unreachable');
    });
    const event = await emit(domain, 'course.completed', { userId: 'u1' });
    await bus.start();

    await waitFor(() => letters.length === 1, { what: 'dead letter' });
    expect(attempts).toBe(3);
    expect(letters[0]).toMatchObject({ group: 'badges', deliveries: 3, error: 'chain unreachable', event: { id: event.id } });
    await waitFor(async () => (await unpublishedCount(domain)) === 0, { what: 'outbox marked published' });
  });

  test('never delivers an event emitted in a transaction that rolled back', async () => {
    const domain = await createTestDomain(database, 'rollback');
    const bus = busFactory(mode, domain).makeBus();
    const received: string[] = [];
    bus.on('economy', 'order.paid', async (event) => {
      received.push(event.id);
    });
    await bus.start();

    await expect(
      database.prisma.$transaction(async (tx) => {
        await emitEvent(tx, domain, 'order.paid', { orderId: 'rolled-back' });
        throw new Error('payment write failed');
      }),
    ).rejects.toThrow('payment write failed');
    const committed = await emit(domain, 'order.paid', { orderId: 'committed' });

    await waitFor(() => received.includes(committed.id), { what: 'committed event' });
    expect(received).toEqual([committed.id]);
    expect(await database.sql(`SELECT count(*)::int AS n FROM "${domain}".outbox_event`)).toEqual([{ n: 1 }]);
  });

  test('gives every group each event once and ignores types a group does not handle', async () => {
    const domain = await createTestDomain(database, 'groups');
    const bus = busFactory(mode, domain).makeBus();
    const seen: string[] = [];
    bus.on('economy', 'course.completed', async (event) => {
      seen.push(`economy:${event.type}`);
    });
    bus.on('badges', 'course.completed', async (event) => {
      seen.push(`badges:${event.type}`);
    });
    bus.on('badges', 'badge.minted', async (event) => {
      seen.push(`badges:${event.type}`);
    });
    await emit(domain, 'course.completed', {});
    await emit(domain, 'user.registered', {});
    await emit(domain, 'badge.minted', {});
    await bus.start();

    await waitFor(() => seen.length === 3, { what: 'three deliveries' });
    await waitFor(async () => (await unpublishedCount(domain)) === 0, { what: 'outbox marked published' });
    expect([...seen].sort()).toEqual(['badges:badge.minted', 'badges:course.completed', 'economy:course.completed']);
  });
});

describe('redis event bus', () => {
  test('drops an event published twice (relay crashed before marking it) by its id', async () => {
    const domain = await createTestDomain(database, 'dup');
    const { makeBus } = busFactory('redis', domain);
    const received: string[] = [];
    const consumer = makeBus({ domains: [] });
    consumer.on('economy', 'order.paid', async (event) => {
      received.push(event.id);
    });
    await consumer.start();
    const relay = makeBus();

    const duplicated = await emit(domain, 'order.paid', { n: 1 });
    expect(await relay.relayOnce()).toBe(1);
    // What a crash between XADD and commit leaves behind: the row is still unpublished.
    await database.sql(`UPDATE "${domain}".outbox_event SET published_at = NULL`);
    expect(await relay.relayOnce()).toBe(1);
    const later = await emit(domain, 'order.paid', { n: 2 });
    expect(await relay.relayOnce()).toBe(1);

    await waitFor(() => received.includes(later.id), { what: 'later event' });
    expect(received).toEqual([duplicated.id, later.id]);
  });

  test('two relays over one outbox publish each event once', async () => {
    const domain = await createTestDomain(database, 'relays');
    const { makeBus, keyPrefix } = busFactory('redis', domain);
    for (let n = 0; n < 40; n += 1) await emit(domain, 'order.paid', { n });
    const counts = await Promise.all([makeBus({ batchSize: 5 }), makeBus({ batchSize: 5 })].map(async (relay) => {
      let total = 0;
      for (let round = 0; round < 10; round += 1) total += await relay.relayOnce();
      return total;
    }));
    expect(counts[0]! + counts[1]!).toBe(40);
    const ids = (await redis.xrange(`${keyPrefix}events`, '-', '+')).map(([, fields]) => JSON.parse(fields[1] ?? '{}').id);
    expect(new Set(ids).size).toBe(40);
    expect(ids).toHaveLength(40);
  });

  test('writes dead letters to the dead-letter stream and leaves nothing pending', async () => {
    const domain = await createTestDomain(database, 'dlq');
    const keyPrefix = uniquePrefix('dlq');
    usedPrefixes.push(keyPrefix);
    const letters: DeadLetter[] = [];
    const bus = createEventBus({
      prisma: database.prisma,
      domains: [domain],
      redisUrl: testRedisUrl,
      logger,
      keyPrefix,
      pollIntervalMs: 20,
      retryDelayMs: 20,
      maxDeliveries: 2,
      onDeadLetter: (letter) => letters.push(letter),
    });
    runningBuses.push(bus);
    bus.on('badges', 'course.completed', async () => {
      throw new Error('always');
    });
    const event = await emit(domain, 'course.completed', {});
    await bus.start();
    await waitFor(() => letters.length === 1, { what: 'dead letter' });

    const entries = (await redis.xrange(`${keyPrefix}events:dead-letter`, '-', '+')) as [string, string[]][];
    expect(entries).toHaveLength(1);
    const fields = entries[0]![1];
    expect(fields).toEqual(['event', expect.stringContaining(event.id), 'group', 'badges', 'deliveries', '2', 'error', 'always']);
    const summary = (await redis.xpending(`${keyPrefix}events`, 'badges')) as [number, ...unknown[]];
    expect(summary[0]).toBe(0);
  });
});
