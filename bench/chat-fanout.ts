// Fan-out of one channel's messages to many subscribers through the gateway's subscription bridge.
// Prints delivery latency (send → each subscriber has it) at p50/p99 for a small and a large audience,
// the ratio between them, and delivered/sent, which must be exactly 1.0.
//
//   npm run bench:chat -- [subscribers=1000] [messages=30]
//
// Runs against the PostgreSQL and Redis on this machine, in a scratch database it drops afterwards.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from '../scripts/platform/test-platform';
import { createPerson, type Person } from '../scripts/platform/test-people';
import { createScratchDatabase } from '../subgraphs/kit/src/testing/scratch-database';

const SUBSCRIBERS = Number(process.argv[2] ?? 1000);
const MESSAGES = Number(process.argv[3] ?? 30);
const SMALL_AUDIENCE = 10;
/** Senders take turns so the per-person send limit (20 per 10 s) never applies. */
const SENDERS = 5;

interface Round {
  subscribers: number;
  p50: number;
  p99: number;
  deliveredPerSent: number;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

async function round(platform: TestPlatform, owner: Person, senders: Person[], listeners: Person[]): Promise<Round> {
  const created = await platform.graphql<{ createChannel: { id: string } }>(
    'mutation C($input: CreateChannelInput!) { createChannel(input: $input) { id } }',
    { input: { kind: 'public', name: `Bench hall ${listeners.length}`, description: '' } },
    { token: owner.token },
  );
  if (!created.data) throw new Error(`createChannel failed: ${JSON.stringify(created.errors)}`);
  const channelId = created.data.createChannel.id;
  const send = async (sender: Person, body: string) => {
    const sent = await platform.graphql('mutation S($c: ID!, $b: String!) { sendMessage(channelId: $c, body: $b) { seq } }', { c: channelId, b: body }, { token: sender.token });
    if (sent.errors) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
  };

  const sentAt = new Map<string, number>();
  const received = new Map<string, number>();
  const latencies: number[] = [];
  const clients: Client[] = [];
  const url = platform.url.replace(/^http/, 'ws');
  try {
    for (const listener of listeners) {
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${listener.token}` }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<{ messageAdded: { body: string } }>(
        // after: 0 replays the warm-up message to late subscribers, so everyone is live once it arrives.
        { query: 'subscription S($c: ID!) { messageAdded(channelId: $c, after: 0) { body author { displayName } } }', variables: { c: channelId } },
        {
          next: (result) => {
            const body = result.data?.messageAdded.body;
            if (body === undefined) return;
            received.set(body, (received.get(body) ?? 0) + 1);
            const sent = sentAt.get(body);
            if (sent !== undefined) latencies.push(performance.now() - sent);
          },
          error: (error) => console.error('subscription failed', error),
          complete: () => {},
        },
      );
    }
    await send(senders[0]!, 'warm-up');
    if (!(await waitUntil(() => (received.get('warm-up') ?? 0) >= listeners.length, 120_000))) {
      throw new Error(`only ${received.get('warm-up') ?? 0} of ${listeners.length} subscribers came up`);
    }
    for (let index = 0; index < MESSAGES; index += 1) {
      const body = `message ${index}`;
      sentAt.set(body, performance.now());
      await send(senders[index % senders.length]!, body);
    }
    const expected = listeners.length * MESSAGES;
    const deliveredCount = () => [...sentAt.keys()].reduce((sum, body) => sum + (received.get(body) ?? 0), 0);
    await waitUntil(() => deliveredCount() >= expected, 120_000);
    latencies.sort((a, b) => a - b);
    return { subscribers: listeners.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), deliveredPerSent: deliveredCount() / expected };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

async function main(): Promise<void> {
  const database = await createScratchDatabase('bench_chat_fanout', { empty: true });
  const platform = await startTestPlatform({ DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  try {
    const prisma = platform.handle.services.prisma;
    const owner = await createPerson(prisma, { displayName: 'Bench Owner' });
    const senders = await Promise.all(Array.from({ length: SENDERS }, (_, index) => createPerson(prisma, { displayName: `Sender ${index}` })));
    const listeners: Person[] = [];
    for (let index = 0; index < SUBSCRIBERS; index += 1) listeners.push(await createPerson(prisma, { displayName: `Listener ${index}` }));

    const small = await round(platform, owner, senders, listeners.slice(0, SMALL_AUDIENCE));
    const large = await round(platform, owner, senders, listeners);
    for (const result of [small, large]) {
      console.log(
        `${String(result.subscribers).padStart(5)} subscribers × ${MESSAGES} messages: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, delivered/sent ${result.deliveredPerSent.toFixed(4)}`,
      );
    }
    console.log(`p50 ratio ${SUBSCRIBERS}/${SMALL_AUDIENCE} subscribers: ${(large.p50 / small.p50).toFixed(2)}×; p99 ratio ${(large.p99 / small.p99).toFixed(2)}×`);
    if (small.deliveredPerSent !== 1 || large.deliveredPerSent !== 1) {
      console.error('delivered/sent is not 1.0: some subscriber missed or duplicated a message');
      process.exitCode = 1;
    }
  } finally {
    await platform.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
