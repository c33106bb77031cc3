// messageAdded, messageUpdated and reactionChanged over real graphql-ws sockets against the community
// subgraph: catch-up after reconnect, no loss or duplicates under concurrent sends, and refusals.
import type { Client } from 'graphql-ws';
import type { PrismaClient } from '../../kit/src/db';
import type { PubSub } from '../../kit/src/pubsub';
import type { RunningSubgraph } from '../../kit/src/server';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { publishMessageEvent, publishReactionEvent } from '../src/realtime/topics';
import { createChannel, createMessages } from './support/channels';
import { waitFor } from '../../kit/src/wait-for';
import { communitySubgraph, connectAs, publishUntilDelivered, receivedErrorCodes, subscribe } from './support/realtime';

let platform: TestPlatform;
let prisma: PrismaClient;
let pubsub: PubSub;
let community: RunningSubgraph;
let owner: Person;
let stranger: Person;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  pubsub = platform.handle.services.pubsub;
  community = communitySubgraph(platform.subgraphs);
  owner = await createPerson(prisma, { displayName: 'Olive Owner' });
  stranger = await createPerson(prisma, { displayName: 'Sam Stranger' });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await platform?.stop();
});

function client(person: Person | null): Client {
  const created = connectAs(community, person);
  clients.push(created);
  return created;
}

/** Sends messages as the chat area does: commit, then publish. */
async function send(channelId: string, authorId: string, bodies: string[]) {
  const created = await createMessages(prisma, channelId, authorId, bodies);
  for (const message of created) await publishMessageEvent(pubsub, { kind: 'added', channelId, messageId: message.id, seq: message.seq });
  return created;
}

interface Added {
  messageAdded: { id: string; seq: number; body: string | null };
}
const MESSAGE_ADDED = 'subscription M($c: ID!, $a: Int) { messageAdded(channelId: $c, after: $a) { id seq body } }';
const seqsOf = (data: Added[]) => data.map((entry) => entry.messageAdded.seq);

test('a client reconnecting with `after` receives exactly the messages it missed, in order, then live ones', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  await send(channel.id, owner.id, ['one', 'two']);
  const first = subscribe<Added>(client(owner), MESSAGE_ADDED, { c: channel.id, a: 0 });
  await first.waitForResults(2);
  first.stop();
  await send(channel.id, owner.id, ['three', 'four', 'five']);

  const again = subscribe<Added>(client(owner), MESSAGE_ADDED, { c: channel.id, a: 2 });
  await again.waitForResults(3);
  await send(channel.id, owner.id, ['six']);
  await again.waitForResults(4);
  expect(again.results.every((result) => result.errors === undefined)).toBe(true);
  expect(seqsOf(again.data)).toEqual([3, 4, 5, 6]);
  expect(again.data.map((entry) => entry.messageAdded.body)).toEqual(['three', 'four', 'five', 'six']);
});

test('messages sent while the subscription starts arrive exactly once, in seq order', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  await send(channel.id, owner.id, ['before']);
  const live = subscribe<Added>(client(stranger), MESSAGE_ADDED, { c: channel.id, a: 0 });
  for (let i = 0; i < 20; i += 1) await send(channel.id, owner.id, [`during ${i}`]);
  await live.waitForResults(21);
  // A sentinel after everything: nothing duplicated may sneak in before it.
  await send(channel.id, owner.id, ['after']);
  await live.waitForResults(22);
  expect(seqsOf(live.data)).toEqual(Array.from({ length: 22 }, (_, index) => index + 1));
});

test('a stranger subscribing to a private channel is refused with NOT_FOUND', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const refused = subscribe<Added>(client(stranger), MESSAGE_ADDED, { c: channel.id });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['NOT_FOUND']);
  expect(refused.data).toEqual([]);
});

test('a stranger subscribing to someone else’s direct conversation is refused with NOT_FOUND', async () => {
  const friend = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'direct', members: [{ userId: friend.id }] });
  const refused = subscribe<Added>(client(stranger), MESSAGE_ADDED, { c: channel.id, a: 0 });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['NOT_FOUND']);
});

test('an anonymous subscriber is refused with UNAUTHENTICATED even on a public channel', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  const refused = subscribe<Added>(client(null), MESSAGE_ADDED, { c: channel.id });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['UNAUTHENTICATED']);
});

test('a malformed channel id or a negative cursor is refused with BAD_USER_INPUT', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  const badId = subscribe<Added>(client(owner), MESSAGE_ADDED, { c: 'not-a-uuid' });
  const badCursor = subscribe<Added>(client(owner), MESSAGE_ADDED, { c: channel.id, a: -1 });
  await badId.waitForEnd();
  await badCursor.waitForEnd();
  expect(receivedErrorCodes(badId)).toEqual(['BAD_USER_INPUT']);
  expect(receivedErrorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
});

test('messageUpdated delivers an edit and a deletion as a tombstone', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const [message] = await send(channel.id, owner.id, ['first draft']);
  const updates = subscribe<{ messageUpdated: { seq: number; body: string | null; deleted: boolean } }>(
    client(owner),
    'subscription U($c: ID!) { messageUpdated(channelId: $c) { seq body deleted } }',
    { c: channel.id },
  );
  // The edit is published until the subscription is live; each delivery is the same row.
  await prisma.message.update({ where: { id: message!.id }, data: { body: 'second draft', editedAt: new Date() } });
  await publishUntilDelivered(updates, () => publishMessageEvent(pubsub, { kind: 'updated', channelId: channel.id, messageId: message!.id, seq: 1 }));
  expect(updates.data[0]?.messageUpdated).toEqual({ seq: 1, body: 'second draft', deleted: false });

  await prisma.message.update({ where: { id: message!.id }, data: { deletedAt: new Date(), deletedById: owner.id } });
  await publishMessageEvent(pubsub, { kind: 'updated', channelId: channel.id, messageId: message!.id, seq: 1 });
  const tombstone = await waitFor(() => updates.data.find((entry) => entry.messageUpdated.deleted), { what: 'the tombstone' });
  expect(tombstone.messageUpdated).toEqual({ seq: 1, body: null, deleted: true });
});

test('messageUpdated and reactionChanged refuse a stranger on a private channel', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const updates = subscribe(client(stranger), 'subscription U($c: ID!) { messageUpdated(channelId: $c) { seq } }', { c: channel.id });
  const reactions = subscribe(client(stranger), 'subscription R($c: ID!) { reactionChanged(channelId: $c) { emoji } }', { c: channel.id });
  await updates.waitForEnd();
  await reactions.waitForEnd();
  expect(receivedErrorCodes(updates)).toEqual(['NOT_FOUND']);
  expect(receivedErrorCodes(reactions)).toEqual(['NOT_FOUND']);
});

test('reactionChanged reports the emoji’s new count, who reacted and whether it was added', async () => {
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  const [message] = await send(channel.id, owner.id, ['react to me']);
  await prisma.messageReaction.createMany({
    data: [
      { messageId: message!.id, userId: owner.id, emoji: '🙏' },
      { messageId: message!.id, userId: stranger.id, emoji: '🙏' },
    ],
  });
  const reactions = subscribe<{ reactionChanged: { message: { id: string }; emoji: string; count: number; user: { id: string }; added: boolean } }>(
    client(owner),
    'subscription R($c: ID!) { reactionChanged(channelId: $c) { message { id } emoji count user { id } added } }',
    { c: channel.id },
  );
  await publishUntilDelivered(reactions, () =>
    publishReactionEvent(pubsub, { channelId: channel.id, messageId: message!.id, userId: stranger.id, emoji: '🙏', added: true }),
  );
  expect(reactions.data[0]?.reactionChanged).toEqual({ message: { id: message!.id }, emoji: '🙏', count: 2, user: { id: stranger.id }, added: true });
});
