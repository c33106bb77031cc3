// Typing indicators: the throttle on its own, and setTyping/typing through the gateway and a socket.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import type { PrismaClient } from '../../kit/src/db';
import type { RunningSubgraph } from '../../kit/src/server';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { publishTypingEvent } from '../src/realtime/topics';
import { TypingThrottle } from '../src/realtime/typing';
import { createChannel } from './support/channels';
import { communitySubgraph, connectAs, publishUntilDelivered, receivedErrorCodes, subscribe, type LiveOperation } from './support/realtime';

let platform: TestPlatform;
let prisma: PrismaClient;
let community: RunningSubgraph;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  community = communitySubgraph(platform.subgraphs);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await platform?.stop();
});

const SET_TYPING = 'mutation T($c: ID!) { setTyping(channelId: $c) }';
interface Typing {
  typing: { user: { id: string }; channelId: string; expiresAt: string };
}

/** Subscribes to typing in a channel and waits until the subscription is live (a warm-up event from nobody in particular). */
async function watchTyping(person: Person, channelId: string): Promise<{ operation: LiveOperation<Typing>; typists: () => string[] }> {
  const client = connectAs(community, person);
  clients.push(client);
  const operation = subscribe<Typing>(client, 'subscription W($c: ID!) { typing(channelId: $c) { user { id } channelId expiresAt } }', { c: channelId });
  const warmUp = randomUUID();
  await publishUntilDelivered(operation, () => publishTypingEvent(platform.handle.services.pubsub, { channelId, userId: warmUp, expiresAt: new Date().toISOString() }));
  return { operation, typists: () => operation.data.map((entry) => entry.typing.user.id).filter((id) => id !== warmUp) };
}

test('the throttle lets one announcement per person and channel through every 3 seconds', () => {
  const throttle = new TypingThrottle();
  const start = 1_000_000;
  expect(throttle.tryAnnounce('c', 'u', start)).toBe(true);
  expect(throttle.tryAnnounce('c', 'u', start + 2_999)).toBe(false);
  expect(throttle.tryAnnounce('c', 'other', start + 1)).toBe(true);
  expect(throttle.tryAnnounce('other', 'u', start + 1)).toBe(true);
  expect(throttle.tryAnnounce('c', 'u', start + 3_000)).toBe(true);
});

test('forgetting a typist lets their next announcement through at once, and only theirs', () => {
  const throttle = new TypingThrottle();
  const start = 1_000_000;
  expect(throttle.tryAnnounce('c', 'u', start)).toBe(true);
  expect(throttle.tryAnnounce('c', 'other', start)).toBe(true);
  throttle.forget('c', 'u');
  expect(throttle.tryAnnounce('c', 'u', start + 10)).toBe(true);
  expect(throttle.tryAnnounce('c', 'other', start + 10)).toBe(false);
});

test('sending a message ends typing: the sender’s next setTyping is announced even within 3 seconds', async () => {
  const owner = await createPerson(prisma);
  const typist = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, members: [{ userId: typist.id }] });
  const first = await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token });
  const sent = await platform.graphql('mutation S($c: ID!) { sendMessage(channelId: $c, body: "Done") { id } }', { c: channel.id }, { token: typist.token });
  expect(sent.errors).toBeUndefined();
  const again = await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token });
  const throttled = await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token });
  expect([first.data?.setTyping, again.data?.setTyping, throttled.data?.setTyping]).toEqual([true, true, false]);
});

test('repeated setTyping calls succeed but announce the typist once, expiring about 6 seconds later', async () => {
  const owner = await createPerson(prisma);
  const typist = await createPerson(prisma);
  const sentinel = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, members: [{ userId: typist.id }, { userId: sentinel.id }] });
  const watcher = await watchTyping(owner, channel.id);

  const before = Date.now();
  const first = await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token });
  const second = await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token });
  expect([first.data?.setTyping, second.data?.setTyping]).toEqual([true, false]);
  await platform.graphql(SET_TYPING, { c: channel.id }, { token: sentinel.token });

  await waitFor(() => watcher.typists().includes(sentinel.id), { what: 'the sentinel typist' });
  expect(watcher.typists()).toEqual([typist.id, sentinel.id]);
  const announced = watcher.operation.data.find((entry) => entry.typing.user.id === typist.id)!.typing;
  expect(announced.channelId).toBe(channel.id);
  const expiresIn = new Date(announced.expiresAt).getTime() - before;
  expect(expiresIn).toBeGreaterThanOrEqual(6_000);
  expect(expiresIn).toBeLessThan(6_000 + 5_000);
});

test('your own typing is never echoed back to you', async () => {
  const typist = await createPerson(prisma);
  const other = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: typist.id, members: [{ userId: other.id }] });
  const ownView = await watchTyping(typist, channel.id);
  expect((await platform.graphql<{ setTyping: boolean }>(SET_TYPING, { c: channel.id }, { token: typist.token })).data?.setTyping).toBe(true);
  await platform.graphql(SET_TYPING, { c: channel.id }, { token: other.token });
  await waitFor(() => ownView.typists().includes(other.id), { what: 'the other typist' });
  expect(ownView.typists()).toEqual([other.id]);
});

test('setTyping refuses the anonymous, strangers, bad ids and channels you cannot post in', async () => {
  const owner = await createPerson(prisma);
  const stranger = await createPerson(prisma);
  const secret = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const archived = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  await prisma.channel.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

  expect(errorCodes(await platform.graphql(SET_TYPING, { c: secret.id }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await platform.graphql(SET_TYPING, { c: secret.id }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await platform.graphql(SET_TYPING, { c: archived.id }, { token: stranger.token }))).toEqual(['FORBIDDEN']);
  const bad = await platform.graphql(SET_TYPING, { c: 'general' }, { token: owner.token });
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors?.[0]?.extensions?.field).toBe('channelId');
});

test('a stranger cannot watch typing in a private channel', async () => {
  const owner = await createPerson(prisma);
  const stranger = await createPerson(prisma);
  const secret = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const client = connectAs(community, stranger);
  clients.push(client);
  const refused = subscribe(client, 'subscription W($c: ID!) { typing(channelId: $c) { expiresAt } }', { c: secret.id });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['NOT_FOUND']);
});
