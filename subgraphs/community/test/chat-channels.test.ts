// Channels through the gateway: creating, direct conversations, invitations, membership and roles,
// archiving, course channels following the courses domain's events, and who may see what.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { emitEvent } from '../../kit/src/events/emit-event';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { createChannel, createMessages } from './support/channels';

let platform: TestPlatform;
const prisma = () => platform.handle.services.prisma;
const person = (displayName?: string) => createPerson(prisma(), { displayName });
const as = <T = Record<string, unknown>>(who: Person | null, query: string, variables: Record<string, unknown> = {}) =>
  platform.graphql<T>(query, variables, who ? { token: who.token } : {});
const member = (channelId: string, userId: string) => prisma().channelMember.findUnique({ where: { channelId_userId: { channelId, userId } } });

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

test('creating a channel makes the creator its owner', async () => {
  const creator = await person();
  const created = await as<{ createChannel: { id: string; kind: string; name: string; viewerRole: string } }>(
    creator,
    'mutation { createChannel(input: { kind: study_group, name: "  Hebrew verbs  ", description: "Weekly" }) { id kind name viewerRole } }',
  );
  expect(created.errors).toBeUndefined();
  expect(created.data?.createChannel).toMatchObject({ kind: 'study_group', name: 'Hebrew verbs', viewerRole: 'owner' });
  expect(await member(created.data!.createChannel.id, creator.id)).toMatchObject({ role: 'owner' });
});

test('opening a direct channel twice, from either side, gives the same channel', async () => {
  const [ada, bob] = [await person(), await person()];
  const open = 'mutation($userId: ID!) { openDirectChannel(userId: $userId) { id kind } }';
  const first = await as<{ openDirectChannel: { id: string; kind: string } }>(ada, open, { userId: bob.id });
  const again = await as<{ openDirectChannel: { id: string } }>(ada, open, { userId: bob.id });
  const fromBob = await as<{ openDirectChannel: { id: string } }>(bob, open, { userId: ada.id });
  expect(first.data?.openDirectChannel.kind).toBe('direct');
  expect(again.data?.openDirectChannel.id).toBe(first.data?.openDirectChannel.id);
  expect(fromBob.data?.openDirectChannel.id).toBe(first.data?.openDirectChannel.id);
  expect(await prisma().channelMember.count({ where: { channelId: first.data!.openDirectChannel.id } })).toBe(2);
});

test('a direct channel with yourself is refused', async () => {
  const ada = await person();
  const response = await as(ada, 'mutation($userId: ID!) { openDirectChannel(userId: $userId) { id } }', { userId: ada.id });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
});

test('a stranger cannot find another pair’s direct channel, its messages or its members', async () => {
  const [ada, bob, eve] = [await person(), await person(), await person()];
  const open = await as<{ openDirectChannel: { id: string } }>(ada, 'mutation($userId: ID!) { openDirectChannel(userId: $userId) { id } }', { userId: bob.id });
  const channelId = open.data!.openDirectChannel.id;
  await createMessages(prisma(), channelId, ada.id, ['secret']);
  const read = await as<{ channel: unknown }>(eve, 'query($id: ID!) { channel(id: $id) { id members { role } messages(last: 5) { edges { node { body } } } } }', { id: channelId });
  expect(read.data?.channel).toBeNull();
  const post = await as(eve, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "hi") { id } }', { id: channelId });
  expect(errorCodes(post)).toEqual(['NOT_FOUND']);
});

test('an owner invites someone, who sees the invitation and joins by accepting it', async () => {
  const [owner, guest] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  const invited = await as<{ inviteToChannel: { id: string; status: string } }>(
    owner,
    'mutation($c: ID!, $u: ID!) { inviteToChannel(channelId: $c, userId: $u) { id status } }',
    { c: channel.id, u: guest.id },
  );
  expect(invited.data?.inviteToChannel.status).toBe('pending');
  const mine = await as<{ myChannelInvites: { id: string; channel: { id: string } }[] }>(guest, '{ myChannelInvites { id channel { id } } }');
  expect(mine.data?.myChannelInvites.map((invite) => invite.channel.id)).toContain(channel.id);
  expect(await prisma().notification.count({ where: { userId: guest.id, kind: 'invite' } })).toBe(1);
  const accepted = await as<{ respondToChannelInvite: { status: string } }>(
    guest,
    'mutation($id: ID!) { respondToChannelInvite(inviteId: $id, accept: true) { status } }',
    { id: invited.data!.inviteToChannel.id },
  );
  expect(accepted.data?.respondToChannelInvite.status).toBe('accepted');
  expect(await member(channel.id, guest.id)).toMatchObject({ role: 'member' });
});

test('a declined invitation adds nobody, and only the invitee can answer it', async () => {
  const [owner, guest, other] = [await person(), await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group' });
  const invite = await prisma().channelInvite.create({ data: { channelId: channel.id, inviterId: owner.id, inviteeId: guest.id } });
  const respond = 'mutation($id: ID!, $accept: Boolean!) { respondToChannelInvite(inviteId: $id, accept: $accept) { status } }';
  expect(errorCodes(await as(other, respond, { id: invite.id, accept: true }))).toEqual(['NOT_FOUND']);
  const declined = await as<{ respondToChannelInvite: { status: string } }>(guest, respond, { id: invite.id, accept: false });
  expect(declined.data?.respondToChannelInvite.status).toBe('declined');
  expect(await member(channel.id, guest.id)).toBeNull();
  expect(errorCodes(await as(guest, respond, { id: invite.id, accept: true }))).toEqual(['CONFLICT']);
});

test('plain members cannot invite, and public channels take no invitations', async () => {
  const [owner, plain, guest] = [await person(), await person(), await person()];
  const invite = 'mutation($c: ID!, $u: ID!) { inviteToChannel(channelId: $c, userId: $u) { id } }';
  const group = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group', members: [{ userId: plain.id }] });
  expect(errorCodes(await as(plain, invite, { c: group.id, u: guest.id }))).toEqual(['FORBIDDEN']);
  const open = await createChannel(prisma(), { createdById: owner.id, kind: 'public' });
  expect(errorCodes(await as(owner, invite, { c: open.id, u: guest.id }))).toEqual(['BAD_USER_INPUT']);
  expect(await prisma().channelInvite.count({ where: { channelId: { in: [group.id, open.id] } } })).toBe(0);
});

test('anyone signed in joins a public channel, but not a private one', async () => {
  const [owner, walker] = [await person(), await person()];
  const join = 'mutation($id: ID!) { joinChannel(channelId: $id) { id viewerRole } }';
  const open = await createChannel(prisma(), { createdById: owner.id, kind: 'public' });
  const joined = await as<{ joinChannel: { viewerRole: string } }>(walker, join, { id: open.id });
  expect(joined.data?.joinChannel).toMatchObject({ viewerRole: 'member' });
  const closed = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  expect(errorCodes(await as(walker, join, { id: closed.id }))).toEqual(['NOT_FOUND']);
  expect(await member(closed.id, walker.id)).toBeNull();
  expect(errorCodes(await as(null, join, { id: open.id }))).toEqual(['UNAUTHENTICATED']);
});

test('the last owner cannot leave while others remain, but can after handing over', async () => {
  const [owner, helper] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group', members: [{ userId: helper.id }] });
  const leave = 'mutation($id: ID!) { leaveChannel(channelId: $id) { id } }';
  expect(errorCodes(await as(owner, leave, { id: channel.id }))).toEqual(['CONFLICT']);
  expect(await member(channel.id, owner.id)).not.toBeNull();
  const promoted = await as<{ setChannelMemberRole: { role: string } }>(
    owner,
    'mutation($c: ID!, $u: ID!) { setChannelMemberRole(channelId: $c, userId: $u, role: owner) { role } }',
    { c: channel.id, u: helper.id },
  );
  expect(promoted.data?.setChannelMemberRole.role).toBe('owner');
  expect((await as(owner, leave, { id: channel.id })).errors).toBeUndefined();
  expect(await member(channel.id, owner.id)).toBeNull();
});

test('only owners change roles', async () => {
  const [owner, moderator, plain] = [await person(), await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group', members: [{ userId: moderator.id, role: 'moderator' }, { userId: plain.id }] });
  const response = await as(moderator, 'mutation($c: ID!, $u: ID!) { setChannelMemberRole(channelId: $c, userId: $u, role: moderator) { role } }', { c: channel.id, u: plain.id });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(await member(channel.id, plain.id)).toMatchObject({ role: 'member' });
});

test('moderators remove members but not owners; members remove nobody', async () => {
  const [owner, moderator, plain, other] = [await person(), await person(), await person(), await person()];
  const channel = await createChannel(prisma(), {
    createdById: owner.id,
    kind: 'private',
    members: [{ userId: moderator.id, role: 'moderator' }, { userId: plain.id }, { userId: other.id }],
  });
  const remove = 'mutation($c: ID!, $u: ID!) { removeChannelMember(channelId: $c, userId: $u) { id } }';
  expect(errorCodes(await as(plain, remove, { c: channel.id, u: other.id }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await as(moderator, remove, { c: channel.id, u: owner.id }))).toEqual(['FORBIDDEN']);
  expect((await as(moderator, remove, { c: channel.id, u: other.id })).errors).toBeUndefined();
  expect(await member(channel.id, other.id)).toBeNull();
  expect(await member(channel.id, owner.id)).not.toBeNull();
});

test('an archived channel takes no new messages, and only owners archive', async () => {
  const [owner, plain] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'private', members: [{ userId: plain.id }] });
  const archive = 'mutation($id: ID!) { archiveChannel(channelId: $id) { archivedAt } }';
  expect(errorCodes(await as(plain, archive, { id: channel.id }))).toEqual(['FORBIDDEN']);
  const archived = await as<{ archiveChannel: { archivedAt: string | null } }>(owner, archive, { id: channel.id });
  expect(archived.data?.archiveChannel.archivedAt).not.toBeNull();
  const post = await as(plain, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "late") { id } }', { id: channel.id });
  expect(errorCodes(post)).toEqual(['FORBIDDEN']);
  expect(await prisma().message.count({ where: { channelId: channel.id } })).toBe(0);
});

test('myChannels lists only your channels, with unread counts and the newest message', async () => {
  const [ada, bob] = [await person(), await person('Bob Author')];
  const mine = await createChannel(prisma(), { createdById: bob.id, kind: 'private', members: [{ userId: ada.id }] });
  const notMine = await createChannel(prisma(), { createdById: bob.id, kind: 'private' });
  await createMessages(prisma(), mine.id, bob.id, ['one', 'two', 'three']);
  await prisma().channelMember.update({ where: { channelId_userId: { channelId: mine.id, userId: ada.id } }, data: { lastReadSeq: 1 } });
  const response = await as<{ myChannels: { id: string; unreadCount: number; lastMessage: { body: string; author: { displayName: string } } | null }[] }>(
    ada,
    '{ myChannels(kind: private) { id unreadCount lastMessage { body author { displayName } } } }',
  );
  expect(response.errors).toBeUndefined();
  const ids = response.data!.myChannels.map((channel) => channel.id);
  expect(ids).toContain(mine.id);
  expect(ids).not.toContain(notMine.id);
  expect(response.data!.myChannels.find((channel) => channel.id === mine.id)).toEqual({
    id: mine.id,
    unreadCount: 2,
    lastMessage: { body: 'three', author: { displayName: 'Bob Author' } },
  });
  expect(errorCodes(await as(null, '{ myChannels { id } }'))).toEqual(['UNAUTHENTICATED']);
});

test('members and read receipts are shown to members only', async () => {
  const [owner, plain, stranger] = [await person(), await person(), await person()];
  const open = await createChannel(prisma(), { createdById: owner.id, kind: 'public', members: [{ userId: plain.id }] });
  await createMessages(prisma(), open.id, owner.id, ['a', 'b']);
  const mark = await as<{ markChannelRead: { lastReadSeq: number } }>(plain, 'mutation($id: ID!) { markChannelRead(channelId: $id, seq: 2) { lastReadSeq } }', { id: open.id });
  expect(mark.data?.markChannelRead.lastReadSeq).toBe(2);
  const receipts = 'query($id: ID!) { channel(id: $id) { readReceipts { user { id } lastReadSeq } } }';
  const asMember = await as<{ channel: { readReceipts: { user: { id: string }; lastReadSeq: number }[] } }>(owner, receipts, { id: open.id });
  expect(asMember.data?.channel.readReceipts).toEqual(expect.arrayContaining([{ user: { id: plain.id }, lastReadSeq: 2 }]));
  expect(errorCodes(await as(stranger, receipts, { id: open.id }))).toEqual(['FORBIDDEN']);
  const closed = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  const members = await as<{ channel: unknown }>(stranger, 'query($id: ID!) { channel(id: $id) { members { role } } }', { id: closed.id });
  expect(members.data?.channel).toBeNull();
});

test('a read receipt never moves backwards and must name an existing message', async () => {
  const owner = await person();
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  await createMessages(prisma(), channel.id, owner.id, ['a', 'b', 'c']);
  const mark = 'mutation($id: ID!, $seq: Int!) { markChannelRead(channelId: $id, seq: $seq) { lastReadSeq } }';
  await as(owner, mark, { id: channel.id, seq: 3 });
  const back = await as<{ markChannelRead: { lastReadSeq: number } }>(owner, mark, { id: channel.id, seq: 1 });
  expect(back.data?.markChannelRead.lastReadSeq).toBe(3);
  expect(errorCodes(await as(owner, mark, { id: channel.id, seq: 4 }))).toEqual(['BAD_USER_INPUT']);
  expect((await member(channel.id, owner.id))?.lastReadSeq).toBe(3);
});

async function emitCourseEvent(type: string, payload: Record<string, unknown>) {
  await prisma().$transaction((tx) => emitEvent(tx, 'courses', type, payload));
}

test('a course channel is created with its course and follows enrollments', async () => {
  const [owner, student] = [await person(), await person()];
  const courseId = randomUUID();
  await emitCourseEvent('CourseCreated', { courseId, ownerId: owner.id, title: 'Romans in Depth' });
  const channel = await waitFor(() => prisma().channel.findUnique({ where: { courseId } }), { what: 'the course channel' });
  expect(channel).toMatchObject({ kind: 'course', name: 'Romans in Depth' });
  expect(await member(channel.id, owner.id)).toMatchObject({ role: 'owner' });
  await emitCourseEvent('EnrollmentActivated', { enrollmentId: randomUUID(), userId: student.id, courseId });
  await waitFor(() => member(channel.id, student.id), { what: 'the student in the channel' });
  await emitCourseEvent('EnrollmentDropped', { enrollmentId: randomUUID(), userId: student.id, courseId, reason: 'dropped' });
  await waitFor(async () => (await member(channel.id, student.id)) === null, { what: 'the student removed' });
});

test('an enrollment that arrives before its course still puts the student in the channel', async () => {
  const [owner, student] = [await person(), await person()];
  const courseId = randomUUID();
  await emitCourseEvent('EnrollmentActivated', { enrollmentId: randomUUID(), userId: student.id, courseId });
  const early = await waitFor(() => prisma().channel.findUnique({ where: { courseId } }), { what: 'a provisional channel' });
  await waitFor(() => member(early.id, student.id), { what: 'the student' });
  await emitCourseEvent('CourseCreated', { courseId, ownerId: owner.id, title: 'Late Arrival' });
  await waitFor(() => member(early.id, owner.id), { what: 'the owner' });
  expect(await prisma().channel.findUnique({ where: { courseId } })).toMatchObject({ id: early.id, name: 'Late Arrival', createdById: owner.id });
  expect(await member(early.id, student.id)).toMatchObject({ role: 'member' });
});

test('a course channel is hidden from people not enrolled', async () => {
  const [owner, outsider] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'course', courseId: randomUUID() });
  const response = await as<{ channel: unknown }>(outsider, 'query($id: ID!) { channel(id: $id) { id } }', { id: channel.id });
  expect(response.data?.channel).toBeNull();
  expect(errorCodes(await as(outsider, 'mutation($id: ID!) { joinChannel(channelId: $id) { id } }', { id: channel.id }))).toEqual(['NOT_FOUND']);
});
