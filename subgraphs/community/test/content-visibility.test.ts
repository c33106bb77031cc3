// Who sees a channel and its messages through the gateway, and how a course shows its channel.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createChannel } from './support/channels';

let platform: TestPlatform;
let owner: Person;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = await createPerson(platform.handle.services.prisma, { displayName: 'Olive Owner' });
  stranger = await createPerson(platform.handle.services.prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const CHANNEL = 'query C($id: ID!) { channel(id: $id) { id name kind viewerRole } }';

test('a private channel is visible to its members and null for a stranger', async () => {
  const channel = await createChannel(platform.handle.services.prisma, { createdById: owner.id, kind: 'private', name: 'Greek study' });
  const asOwner = await platform.graphql<{ channel: { name: string; viewerRole: string } }>(CHANNEL, { id: channel.id }, { token: owner.token });
  expect(asOwner.errors).toBeUndefined();
  expect(asOwner.data?.channel).toMatchObject({ name: 'Greek study', viewerRole: 'owner' });
  const asStranger = await platform.graphql<{ channel: unknown }>(CHANNEL, { id: channel.id }, { token: stranger.token });
  expect(asStranger.data?.channel).toBeNull();
});

test('a public channel is visible to any signed-in person but not to the anonymous', async () => {
  const channel = await createChannel(platform.handle.services.prisma, { createdById: owner.id, kind: 'public' });
  const asStranger = await platform.graphql<{ channel: { viewerRole: string | null } }>(CHANNEL, { id: channel.id }, { token: stranger.token });
  expect(asStranger.data?.channel).toMatchObject({ viewerRole: null });
  const anonymous = await platform.graphql<{ channel: unknown }>(CHANNEL, { id: channel.id });
  expect(anonymous.data?.channel).toBeNull();
});

test('notifications are the recipient’s alone', async () => {
  const prisma = platform.handle.services.prisma;
  await prisma.notification.create({ data: { userId: owner.id, kind: 'mention', payload: { channelId: 'x' } } });
  const mine = await platform.graphql<{ myNotifications: { edges: { node: { kind: string } }[] } }>('{ myNotifications(first: 5) { edges { node { kind } } } }', {}, { token: owner.token });
  expect(mine.data?.myNotifications.edges.map((edge) => edge.node.kind)).toEqual(['mention']);
  const theirs = await platform.graphql<{ myNotifications: { edges: unknown[] } }>('{ myNotifications(first: 5) { edges { node { kind } } } }', {}, { token: stranger.token });
  expect(theirs.data?.myNotifications.edges).toEqual([]);
  expect(errorCodes(await platform.graphql('{ myNotifications(first: 5) { edges { node { kind } } } }'))).toEqual(['UNAUTHENTICATED']);
});
