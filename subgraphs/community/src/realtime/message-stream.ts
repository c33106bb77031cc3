// The messageAdded stream: every message of a channel exactly once, in seq order, across reconnects.
//
// It subscribes to the channel's topic before reading the database, so nothing committed after the
// read can be missed; then it replays what the client missed (seq > after) and continues with live
// events. Events at or below the last seq emitted are duplicates and skipped; an event that jumps past
// the next expected seq first reads the gap from the database (seqs are dense: each message takes the
// channel's next seq under a row lock, so when seq n is committed every seq below it is too).
import type { Db, Message } from '../../../kit/src/db';
import type { PubSub } from '../../../kit/src/pubsub';
import { endPromptly, subscriptionsLive } from './live-stream';
import type { MessageVisibility } from './message-visibility';
import { topics, type MessageEvent } from './topics';

/** Rows read per database round trip while catching up. */
export const CATCH_UP_PAGE_SIZE = 200;

export interface MessageReader {
  /** The channel's messages with afterSeq < seq <= uptoSeq (no upper bound when null), by seq, at most `limit`. */
  readMessages(afterSeq: number, uptoSeq: number | null, limit: number): Promise<Message[]>;
  /** The channel's newest seq now. */
  readLastSeq(): Promise<number>;
}

export interface MessageStreamOptions {
  pubsub: PubSub;
  channelId: string;
  /** Replay messages with seq greater than this first; when null, start with messages sent from now on. */
  after: number | null;
  reader: MessageReader;
  isVisible: MessageVisibility;
}

export function streamChannelMessages(options: MessageStreamOptions): AsyncIterableIterator<Message> {
  const { pubsub, channelId, reader, isVisible } = options;
  const live = pubsub.subscribe<MessageEvent>(topics.channelMessages(channelId));

  async function* run(): AsyncGenerator<Message> {
    try {
      await subscriptionsLive(pubsub);
      const newest = await reader.readLastSeq();
      // A cursor from the future (or another channel) would silence the stream; clamp it to now.
      let lastSeq = options.after === null ? newest : Math.min(options.after, newest);

      // Reads (lastSeq, upto] page by page and yields what this reader may see, advancing lastSeq past
      // hidden messages too so they are never read again.
      async function* readFrom(upto: number | null): AsyncGenerator<Message> {
        for (;;) {
          const page = await reader.readMessages(lastSeq, upto, CATCH_UP_PAGE_SIZE);
          for (const message of page) {
            if (message.seq <= lastSeq) continue;
            lastSeq = message.seq;
            if (isVisible(message)) yield message;
          }
          if (page.length < CATCH_UP_PAGE_SIZE) return;
        }
      }

      if (lastSeq < newest) yield* readFrom(null);
      for await (const event of live) {
        if (event.kind !== 'added' || event.seq <= lastSeq) continue;
        yield* readFrom(event.seq);
      }
    } finally {
      await live.return?.();
    }
  }

  return endPromptly(run(), () => void live.return?.());
}

// Every subscriber of a channel reads the same range when a message arrives (they all stood at the
// same seq). Concurrent identical reads share one statement, so a message to 1,000 subscribers costs
// one read per process instead of 1,000. Nothing is cached after the read settles.
const readsInFlight = new WeakMap<Db, Map<string, Promise<Message[]>>>();

function sharedRead(db: Db, key: string, read: () => Promise<Message[]>): Promise<Message[]> {
  let inFlight = readsInFlight.get(db);
  if (inFlight === undefined) readsInFlight.set(db, (inFlight = new Map()));
  const pending = inFlight.get(key);
  if (pending !== undefined) return pending;
  const started = read().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/** Reads a channel's messages for the stream with the given client. */
export function prismaMessageReader(db: Db, channelId: string): MessageReader {
  return {
    readMessages: (afterSeq, uptoSeq, limit) =>
      sharedRead(db, `${channelId}|${afterSeq}|${uptoSeq ?? ''}|${limit}`, () =>
        db.message.findMany({
          where: { channelId, seq: uptoSeq === null ? { gt: afterSeq } : { gt: afterSeq, lte: uptoSeq } },
          orderBy: { seq: 'asc' },
          take: limit,
        }),
      ),
    readLastSeq: async () => (await db.channel.findUnique({ where: { id: channelId }, select: { lastSeq: true } }))?.lastSeq ?? 0,
  };
}
