// The messageAdded stream's no-loss, no-duplicate guarantee, raced deliberately: messages are sent while
// the stream reads its catch-up from the database. Real database, in-memory pub/sub, no GraphQL.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../kit/src/db';
import { createMemoryPubSub, type PubSub } from '../../kit/src/pubsub';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { messageVisibilityFor } from '../src/realtime/message-visibility';
import { prismaMessageReader, streamChannelMessages, type MessageReader } from '../src/realtime/message-stream';
import { publishMessageEvent } from '../src/realtime/topics';
import { createChannel, createMessages } from './support/channels';

let services: TestServices;
let pubsub: PubSub;

beforeAll(() => {
  services = createTestServices();
});

beforeEach(() => {
  pubsub = createMemoryPubSub();
});

afterEach(async () => {
  await pubsub.close();
});

afterAll(async () => {
  await services?.close();
});

const reader = { kind: 'user' as const, id: randomUUID(), roles: [], ip: '127.0.0.1' };

/** Sends messages as the chat area does: commit, then publish one event each. */
async function send(channelId: string, bodies: string[]): Promise<Message[]> {
  const created = await createMessages(services.services.prisma, channelId, randomUUID(), bodies);
  for (const message of created) await publishMessageEvent(pubsub, { kind: 'added', channelId, messageId: message.id, seq: message.seq });
  return created;
}

async function take(stream: AsyncIterableIterator<Message>, count: number): Promise<number[]> {
  const seqs: number[] = [];
  while (seqs.length < count) {
    const next = await stream.next();
    if (next.done) break;
    seqs.push(next.value.seq);
  }
  return seqs;
}

/** The real reader, plus a promise that settles once the stream has read where "now" is. */
function watchedReader(channelId: string): { reader: MessageReader; started: Promise<void> } {
  const real = prismaMessageReader(services.services.prisma, channelId);
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  return {
    started,
    reader: {
      readMessages: real.readMessages,
      readLastSeq: async () => {
        const seq = await real.readLastSeq();
        markStarted();
        return seq;
      },
    },
  };
}

async function publicChannel(): Promise<string> {
  return (await createChannel(services.services.prisma, { createdById: randomUUID(), kind: 'public' })).id;
}

test('messages committed during the catch-up read are emitted once although their events arrive afterwards', async () => {
  const channelId = await publicChannel();
  await send(channelId, ['one', 'two']);
  const real = prismaMessageReader(services.services.prisma, channelId);
  let raced = false;
  const racing: MessageReader = {
    readLastSeq: real.readLastSeq,
    readMessages: async (afterSeq, uptoSeq, limit) => {
      if (!raced) {
        raced = true;
        await send(channelId, ['three', 'four']);
      }
      return real.readMessages(afterSeq, uptoSeq, limit);
    },
  };
  const stream = streamChannelMessages({ pubsub, channelId, after: 0, reader: racing, isVisible: messageVisibilityFor(reader, null) });
  expect(await take(stream, 4)).toEqual([1, 2, 3, 4]);
  await send(channelId, ['five']);
  expect(await take(stream, 1)).toEqual([5]);
  await stream.return?.();
});

test('messages committed just after the catch-up read arrive live, in order, once', async () => {
  const channelId = await publicChannel();
  await send(channelId, ['one', 'two']);
  const real = prismaMessageReader(services.services.prisma, channelId);
  let raced = false;
  const racing: MessageReader = {
    readLastSeq: real.readLastSeq,
    readMessages: async (afterSeq, uptoSeq, limit) => {
      const rows = await real.readMessages(afterSeq, uptoSeq, limit);
      if (!raced) {
        raced = true;
        await send(channelId, ['three', 'four']);
      }
      return rows;
    },
  };
  const stream = streamChannelMessages({ pubsub, channelId, after: 0, reader: racing, isVisible: messageVisibilityFor(reader, null) });
  expect(await take(stream, 4)).toEqual([1, 2, 3, 4]);
  await stream.return?.();
});

test('an event that skips ahead first brings the messages in between from the database', async () => {
  const channelId = await publicChannel();
  const watched = watchedReader(channelId);
  const stream = streamChannelMessages({ pubsub, channelId, after: null, reader: watched.reader, isVisible: messageVisibilityFor(reader, null) });
  const first = take(stream, 3);
  await watched.started;
  // Three messages committed, but only the last one's event is delivered.
  const created = await createMessages(services.services.prisma, channelId, randomUUID(), ['a', 'b', 'c']);
  const last = created[2]!;
  await publishMessageEvent(pubsub, { kind: 'added', channelId, messageId: last.id, seq: last.seq });
  expect(await first).toEqual([1, 2, 3]);
  await stream.return?.();
});

test('repeated and stale events are skipped', async () => {
  const channelId = await publicChannel();
  const [one] = await send(channelId, ['one']);
  const stream = streamChannelMessages({
    pubsub,
    channelId,
    after: 0,
    reader: prismaMessageReader(services.services.prisma, channelId),
    isVisible: messageVisibilityFor(reader, null),
  });
  expect(await take(stream, 1)).toEqual([1]);
  for (let i = 0; i < 3; i += 1) await publishMessageEvent(pubsub, { kind: 'added', channelId, messageId: one!.id, seq: 1 });
  await send(channelId, ['two']);
  expect(await take(stream, 1)).toEqual([2]);
  await stream.return?.();
});

test('held messages are skipped for other readers but reach their author', async () => {
  const channelId = await publicChannel();
  const authorId = randomUUID();
  const [held] = await createMessages(services.services.prisma, channelId, authorId, ['held for review']);
  await services.services.prisma.message.update({ where: { id: held!.id }, data: { moderation: 'held' } });
  await send(channelId, ['visible']);
  const others = streamChannelMessages({
    pubsub, channelId, after: 0, reader: prismaMessageReader(services.services.prisma, channelId), isVisible: messageVisibilityFor(reader, null),
  });
  expect(await take(others, 1)).toEqual([2]);
  const author = streamChannelMessages({
    pubsub,
    channelId,
    after: 0,
    reader: prismaMessageReader(services.services.prisma, channelId),
    isVisible: messageVisibilityFor({ ...reader, id: authorId }, null),
  });
  expect(await take(author, 2)).toEqual([1, 2]);
  await others.return?.();
  await author.return?.();
});

test('a cursor beyond the newest message is treated as now', async () => {
  const channelId = await publicChannel();
  await send(channelId, ['one']);
  const watched = watchedReader(channelId);
  const stream = streamChannelMessages({ pubsub, channelId, after: 999, reader: watched.reader, isVisible: messageVisibilityFor(reader, null) });
  const next = take(stream, 1);
  await watched.started;
  await send(channelId, ['two']);
  expect(await next).toEqual([2]);
  await stream.return?.();
});

test('ending the stream while it waits for events unsubscribes at once', async () => {
  const channelId = await publicChannel();
  const stream = streamChannelMessages({
    pubsub, channelId, after: null, reader: prismaMessageReader(services.services.prisma, channelId), isVisible: messageVisibilityFor(reader, null),
  });
  const pending = stream.next();
  await stream.return?.();
  await expect(pending).resolves.toEqual({ value: undefined, done: true });
});
