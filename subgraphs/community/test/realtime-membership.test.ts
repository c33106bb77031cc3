// A person removed from a members-only channel stops receiving it at once: the live stream ends with
// FORBIDDEN, while the members who remain keep receiving. Through the gateway's subscription bridge.
import { randomUUID } from 'node:crypto';
import { CHAT_EVENT_HANDLERS } from '../src/chat/event-handlers';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { createChannel } from './support/channels';
import { useGatewayRig, receivedErrorCodes, subscribe } from './support/realtime';

const rig = useGatewayRig();

const MESSAGE_ADDED = 'subscription M($c: ID!) { messageAdded(channelId: $c, after: 0) { seq body } }';
const TYPING = 'subscription T($c: ID!) { typing(channelId: $c) { expiresAt } }';
const SEND = 'mutation S($c: ID!, $b: String!) { sendMessage(channelId: $c, body: $b) { seq } }';

type Added = { messageAdded: { seq: number; body: string } };

function listen(person: Person, query: string, channelId: string) {
  const client = rig.connect(person.token);
  return subscribe<Added>(client, query, { c: channelId });
}

test('a removed member’s message and typing streams end with FORBIDDEN; the others keep receiving', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma);
  const stays = await createPerson(prisma);
  const removed = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'private', members: [{ userId: stays.id }, { userId: removed.id }] });
  const staying = listen(stays, MESSAGE_ADDED, channel.id);
  const leaving = listen(removed, MESSAGE_ADDED, channel.id);
  const leavingTyping = listen(removed, TYPING, channel.id);
  await rig.platform.graphql(SEND, { c: channel.id, b: 'before' }, { token: owner.token });
  await staying.waitForResults(1);
  await leaving.waitForResults(1);

  const removal = await rig.platform.graphql('mutation R($c: ID!, $u: ID!) { removeChannelMember(channelId: $c, userId: $u) { id } }', { c: channel.id, u: removed.id }, { token: owner.token });
  expect(removal.errors).toBeUndefined();
  await leaving.waitForEnd();
  await leavingTyping.waitForEnd();
  expect(receivedErrorCodes(leaving)).toEqual(['FORBIDDEN']);
  expect(receivedErrorCodes(leavingTyping)).toEqual(['FORBIDDEN']);

  await rig.platform.graphql(SEND, { c: channel.id, b: 'after' }, { token: owner.token });
  await staying.waitForResults(2);
  expect(staying.data.map((entry) => entry.messageAdded.body)).toEqual(['before', 'after']);
  expect(leaving.data.map((entry) => entry.messageAdded.body)).toEqual(['before']);
});

test('leaving a private channel ends your own stream the same way', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma);
  const member = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'study_group', members: [{ userId: member.id }] });
  const stream = listen(member, MESSAGE_ADDED, channel.id);
  await rig.platform.graphql(SEND, { c: channel.id, b: 'hello' }, { token: owner.token });
  await stream.waitForResults(1);
  const left = await rig.platform.graphql('mutation L($c: ID!) { leaveChannel(channelId: $c) { id } }', { c: channel.id }, { token: member.token });
  expect(left.errors).toBeUndefined();
  await stream.waitForEnd();
  expect(receivedErrorCodes(stream)).toEqual(['FORBIDDEN']);
});

test('in a public channel, leaving does not end the stream: anyone signed in may read it', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma);
  const member = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public', members: [{ userId: member.id }] });
  const stream = listen(member, MESSAGE_ADDED, channel.id);
  await rig.platform.graphql(SEND, { c: channel.id, b: 'one' }, { token: owner.token });
  await stream.waitForResults(1);
  await rig.platform.graphql('mutation L($c: ID!) { leaveChannel(channelId: $c) { id } }', { c: channel.id }, { token: member.token });
  await rig.platform.graphql(SEND, { c: channel.id, b: 'two' }, { token: owner.token });
  await stream.waitForResults(2);
  expect(stream.ended).toBe(false);
  expect(stream.data.map((entry) => entry.messageAdded.body)).toEqual(['one', 'two']);
});

test('dropping the course removes the student from its channel and ends their stream', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const owner = await createPerson(prisma);
  const student = await createPerson(prisma);
  const courseId = randomUUID();
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'course', courseId, members: [{ userId: student.id }] });
  const stream = listen(student, MESSAGE_ADDED, channel.id);
  await rig.platform.graphql(SEND, { c: channel.id, b: 'welcome' }, { token: owner.token });
  await stream.waitForResults(1);
  const dropped = { enrollmentId: randomUUID(), userId: student.id, courseId, reason: 'dropped' };
  await CHAT_EVENT_HANDLERS['remove-course-channel-member'].handle(rig.platform.handle.services, {
    id: randomUUID(), type: 'EnrollmentDropped', domain: 'courses', payload: dropped, occurredAt: new Date().toISOString(),
  });
  await stream.waitForEnd();
  expect(receivedErrorCodes(stream)).toEqual(['FORBIDDEN']);
  expect(await prisma.channelMember.count({ where: { channelId: channel.id, userId: student.id } })).toBe(0);
});
