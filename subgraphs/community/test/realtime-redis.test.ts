// Two community instances on one Redis: a message event published on instance A reaches a messageAdded
// subscriber connected to instance B exactly once.
import type { Client } from 'graphql-ws';
import type { PrismaClient } from '../../kit/src/db';
import type { RunningSubgraph } from '../../kit/src/server';
import { createTestServices, TEST_SECRETS, type TestServices } from '../../kit/src/testing/test-services';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { startCommunitySubgraph } from '../src/app';
import { publishMessageEvent } from '../src/realtime/topics';
import { createChannel, createMessages } from './support/channels';
import { connectAs, subscribe } from './support/realtime';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let platform: TestPlatform;
let prisma: PrismaClient;
let instanceBServices: TestServices;
let instanceB: RunningSubgraph;
let member: Person;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ REDIS_URL });
  prisma = platform.handle.services.prisma;
  instanceBServices = createTestServices({ env: { REDIS_URL } });
  instanceB = await startCommunitySubgraph({ port: 0, services: instanceBServices.services, signingSecret: TEST_SECRETS.GATEWAY_SIGNING_SECRET });
  member = await createPerson(prisma);
});

afterAll(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await instanceB?.stop();
  await instanceBServices?.close();
  await platform?.stop();
});

test('a message published on instance A reaches a subscriber on instance B exactly once', async () => {
  const channel = await createChannel(prisma, { createdById: member.id, kind: 'private' });
  const sendOnA = async (body: string) => {
    const [message] = await createMessages(prisma, channel.id, member.id, [body]);
    await publishMessageEvent(platform.handle.services.pubsub, { kind: 'added', channelId: channel.id, messageId: message!.id, seq: message!.seq });
  };
  await sendOnA('before');
  const client = connectAs(instanceB, member);
  clients.push(client);
  const live = subscribe<{ messageAdded: { seq: number; body: string } }>(
    client,
    'subscription M($c: ID!, $a: Int) { messageAdded(channelId: $c, after: $a) { seq body } }',
    { c: channel.id, a: 0 },
  );
  // The catch-up is read only once B's Redis subscription is live.
  await live.waitForResults(1);

  await sendOnA('across instances');
  await live.waitForResults(2);
  await sendOnA('sentinel');
  await live.waitForResults(3);
  expect(live.results.every((result) => result.errors === undefined)).toBe(true);
  expect(live.data.map((entry) => entry.messageAdded.body)).toEqual(['before', 'across instances', 'sentinel']);
});
