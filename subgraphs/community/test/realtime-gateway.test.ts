// messageAdded through the gateway's subscription bridge: catch-up with the author's name resolved from
// the users subgraph, and the refusal of a stranger.
import { createPerson } from '../../../scripts/platform/test-people';
import { publishMessageEvent } from '../src/realtime/topics';
import { createChannel, createMessages } from './support/channels';
import { useGatewayRig, receivedErrorCodes, subscribe } from './support/realtime';

const rig = useGatewayRig();

const MESSAGE_ADDED = 'subscription M($c: ID!, $a: Int) { messageAdded(channelId: $c, after: $a) { seq body author { displayName } } }';

test('through the gateway, a member catches up and then receives live messages with their author’s name', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma, { displayName: 'Priscilla Writer' });
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  await createMessages(prisma, channel.id, owner.id, ['missed']);
  const client = rig.connect(owner.token);
  const live = subscribe<{ messageAdded: { seq: number; body: string; author: { displayName: string } } }>(client, MESSAGE_ADDED, { c: channel.id, a: 0 });
  await live.waitForResults(1);
  const [message] = await createMessages(prisma, channel.id, owner.id, ['live']);
  await publishMessageEvent(rig.platform.handle.services.pubsub, { kind: 'added', channelId: channel.id, messageId: message!.id, seq: message!.seq });
  await live.waitForResults(2);
  expect(live.data.map((entry) => entry.messageAdded)).toEqual([
    { seq: 1, body: 'missed', author: { displayName: 'Priscilla Writer' } },
    { seq: 2, body: 'live', author: { displayName: 'Priscilla Writer' } },
  ]);
});

test('through the gateway, a stranger’s subscription to a private channel is refused with NOT_FOUND', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma);
  const stranger = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private' });
  const client = rig.connect(stranger.token);
  const refused = subscribe(client, MESSAGE_ADDED, { c: channel.id });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['NOT_FOUND']);
});
