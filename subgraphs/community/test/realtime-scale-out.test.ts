// Two gateways and two community instances on one Redis: a message sent through gateway A reaches a
// subscriber connected to gateway B exactly once and in order, with its author resolved from users.
import type { Client } from 'graphql-ws';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson } from '../../../scripts/platform/test-people';
import { connectToGateway, subscribe } from './support/realtime';

const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };
let platformA: TestPlatform;
let platformB: TestPlatform;
const clients: Client[] = [];

beforeAll(async () => {
  // Same database and Redis, separate processes' worth of gateway and subgraphs.
  platformA = await startTestPlatform(REDIS);
  platformB = await startTestPlatform(REDIS);
});

afterAll(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await platformB?.stop();
  await platformA?.stop();
});

const MESSAGE_ADDED = 'subscription M($c: ID!, $a: Int) { messageAdded(channelId: $c, after: $a) { seq body author { displayName } } }';
const SEND = 'mutation S($c: ID!, $b: String!) { sendMessage(channelId: $c, body: $b) { seq } }';
const COUNT = 15;

test('a message sent through gateway A reaches a subscriber on gateway B exactly once, in order', async () => {
  const prisma = platformA.handle.services.prisma;
  const sender = await createPerson(prisma, { displayName: 'Silas Sender' });
  const listener = await createPerson(prisma, { displayName: 'Lydia Listener' });
  const created = await platformA.graphql<{ createChannel: { id: string } }>(
    'mutation C($input: CreateChannelInput!) { createChannel(input: $input) { id } }',
    { input: { kind: 'private', name: 'Across instances', description: '' } },
    { token: sender.token },
  );
  expect(created.errors).toBeUndefined();
  const channelId = created.data!.createChannel.id;
  await prisma.channelMember.create({ data: { channelId, userId: listener.id } });

  const client = connectToGateway(platformB.url, listener.token);
  clients.push(client);
  // `after: 0` makes the stream start at the channel's first message, so messages sent while the
  // subscription is still being set up are caught up rather than raced; live ones follow.
  const live = subscribe<{ messageAdded: { seq: number; body: string; author: { displayName: string } } }>(client, MESSAGE_ADDED, { c: channelId, a: 0 });
  const first = await platformA.graphql(SEND, { c: channelId, b: 'message 1' }, { token: sender.token });
  expect(first.errors).toBeUndefined();
  await live.waitForResults(1);

  for (let index = 2; index <= COUNT; index += 1) {
    const sent = await platformA.graphql(SEND, { c: channelId, b: `message ${index}` }, { token: sender.token });
    expect(sent.errors).toBeUndefined();
  }
  await live.waitForResults(COUNT);
  expect(live.data.map((entry) => entry.messageAdded)).toEqual(
    Array.from({ length: COUNT }, (_, index) => ({ seq: index + 1, body: `message ${index + 1}`, author: { displayName: 'Silas Sender' } })),
  );
  // Nothing more arrives: a late duplicate would show up as an extra result.
  await platformA.graphql(SEND, { c: channelId, b: 'closing' }, { token: sender.token });
  await live.waitForResults(COUNT + 1);
  expect(live.data).toHaveLength(COUNT + 1);
  expect(live.data.map((entry) => entry.messageAdded.seq)).toEqual(Array.from({ length: COUNT + 1 }, (_, index) => index + 1));
});
