// Messages through the gateway: sending (order, mentions, threads, attachments, bans, the blocked-word
// hold, the rate limit), editing, deleting, reactions, paging, read position and search.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createChannel, createMessages } from './support/channels';
import { PNG_BASE64, send } from './support/chat';

let platform: TestPlatform;
const prisma = () => platform.handle.services.prisma;
const person = (displayName?: string) => createPerson(prisma(), { displayName });
const as = <T = Record<string, unknown>>(who: Person | null, query: string, variables: Record<string, unknown> = {}) =>
  platform.graphql<T>(query, variables, who ? { token: who.token } : {});

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

const PAGE = `query Page($id: ID!, $last: Int, $before: String, $first: Int, $after: String, $threadRootId: ID) {
  channel(id: $id) { messages(last: $last, before: $before, first: $first, after: $after, threadRootId: $threadRootId) {
    edges { cursor node { seq body deleted moderation } }
    pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
  } }
}`;
interface Page {
  channel: {
    messages: {
      edges: { cursor: string; node: { seq: number; body: string | null; deleted: boolean; moderation: string } }[];
      pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
    };
  } | null;
}

test('messages take consecutive sequence numbers in the order they commit', async () => {
  const owner = await person();
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  const sent = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((body) => send(platform, owner, channel.id, body)));
  expect(sent.map((message) => message.seq).sort()).toEqual([1, 2, 3, 4, 5]);
  expect((await prisma().channel.findUniqueOrThrow({ where: { id: channel.id } })).lastSeq).toBe(5);
});

test('anyone signed in posts in a public channel; strangers cannot post in a private one', async () => {
  const [owner, walker] = [await person(), await person()];
  const open = await createChannel(prisma(), { createdById: owner.id, kind: 'public' });
  expect((await send(platform, walker, open.id, 'hello')).seq).toBe(1);
  const closed = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group' });
  const refused = await as(walker, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "hi") { id } }', { id: closed.id });
  expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
  expect(errorCodes(await as(null, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "hi") { id } }', { id: open.id }))).toEqual(['UNAUTHENTICATED']);
});

test('mentions notify the mentioned people who can read the channel, and nobody else', async () => {
  const [author, reader, outsider] = [await person(), await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private', members: [{ userId: reader.id }] });
  const message = await send(platform, author, channel.id, `Hi @[Reader](${reader.id}) and @[Outsider](${outsider.id}) and @[Me](${author.id})`);
  expect(message.mentions.map((mention) => mention.id)).toEqual([reader.id, outsider.id]);
  const notifications = await prisma().notification.findMany({ where: { userId: { in: [reader.id, outsider.id, author.id] } } });
  expect(notifications.map((row) => [row.userId, row.kind])).toEqual([[reader.id, 'mention']]);
  expect(notifications[0]?.payload).toEqual({ channelId: channel.id, messageId: message.id });
});

test('a reply joins the root’s thread, counts on the root and notifies its author', async () => {
  const [author, replier] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private', members: [{ userId: replier.id }] });
  const root = await send(platform, author, channel.id, 'Question?');
  const reply = await send(platform, replier, channel.id, 'Answer.', { threadRootId: root.id });
  expect(reply.threadRootId).toBe(root.id);
  expect((await prisma().message.findUniqueOrThrow({ where: { id: root.id } })).replyCount).toBe(1);
  expect(await prisma().notification.count({ where: { userId: author.id, kind: 'reply' } })).toBe(1);
  const thread = await as<{ channel: { messages: { edges: { node: { seq: number; thread: { edges: { node: { body: string } }[] } } }[] } } }>(
    author,
    'query($id: ID!) { channel(id: $id) { messages(last: 10) { edges { node { seq thread(last: 10) { edges { node { body } } } } } } } }',
    { id: channel.id },
  );
  expect(thread.data?.channel.messages.edges).toEqual([{ node: { seq: root.seq, thread: { edges: [{ node: { body: 'Answer.' } }] } } }]);
  const nested = await as(author, 'mutation($id: ID!, $root: ID!) { sendMessage(channelId: $id, body: "deeper", threadRootId: $root) { id } }', {
    id: channel.id,
    root: reply.id,
  });
  expect(errorCodes(nested)).toEqual(['BAD_USER_INPUT']);
});

test('editing keeps the previous text in the history and only the author may edit', async () => {
  const [author, other] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'public', members: [{ userId: other.id, role: 'moderator' }] });
  const message = await send(platform, author, channel.id, 'Frist');
  const edit = 'mutation($id: ID!, $body: String!) { editMessage(messageId: $id, body: $body) { body editedAt edits { previousBody } } }';
  expect(errorCodes(await as(other, edit, { id: message.id, body: 'Hacked' }))).toEqual(['FORBIDDEN']);
  const edited = await as<{ editMessage: { body: string; editedAt: string | null; edits: { previousBody: string }[] } }>(author, edit, { id: message.id, body: 'First' });
  expect(edited.data?.editMessage).toMatchObject({ body: 'First', edits: [{ previousBody: 'Frist' }] });
  expect(edited.data?.editMessage.editedAt).not.toBeNull();
});

test('the author and the channel’s moderators delete messages, leaving tombstones; others cannot', async () => {
  const [author, moderator, plain] = [await person(), await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private', members: [{ userId: moderator.id, role: 'moderator' }, { userId: plain.id }] });
  const [first, second] = [await send(platform, plain, channel.id, 'spam'), await send(platform, author, channel.id, 'keep')];
  const remove = 'mutation($id: ID!) { deleteMessage(messageId: $id) { deleted body } }';
  expect(errorCodes(await as(plain, remove, { id: second.id }))).toEqual(['FORBIDDEN']);
  const removed = await as<{ deleteMessage: { deleted: boolean; body: string | null } }>(moderator, remove, { id: first.id });
  expect(removed.data?.deleteMessage).toEqual({ deleted: true, body: null });
  const page = await as<Page>(author, PAGE, { id: channel.id, last: 10 });
  expect(page.data?.channel?.messages.edges.map((edge) => [edge.node.seq, edge.node.deleted, edge.node.body])).toEqual([
    [1, true, null],
    [2, false, 'keep'],
  ]);
  expect((await prisma().message.findUniqueOrThrow({ where: { id: first.id } })).deletedById).toBe(moderator.id);
});

test('reactions are one per person per emoji, counted, and marked as yours', async () => {
  const [author, fan] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'public' });
  const message = await send(platform, author, channel.id, 'React to me');
  const add = 'mutation($id: ID!, $emoji: String!) { addReaction(messageId: $id, emoji: $emoji) { reactions { emoji count viewerReacted } } }';
  await as(author, add, { id: message.id, emoji: '👍' });
  await as(fan, add, { id: message.id, emoji: '👍' });
  const twice = await as<{ addReaction: { reactions: unknown[] } }>(fan, add, { id: message.id, emoji: '👍' });
  expect(twice.errors).toBeUndefined();
  await as(fan, add, { id: message.id, emoji: ':pray:' });
  const mine = await as<{ addReaction: { reactions: unknown[] } }>(author, add, { id: message.id, emoji: '👍' });
  expect(mine.data?.addReaction.reactions).toEqual([
    { emoji: '👍', count: 2, viewerReacted: true },
    { emoji: ':pray:', count: 1, viewerReacted: false },
  ]);
  const removed = await as<{ removeReaction: { reactions: unknown[] } }>(
    fan,
    'mutation($id: ID!) { removeReaction(messageId: $id, emoji: ":pray:") { reactions { emoji count viewerReacted } } }',
    { id: message.id },
  );
  expect(removed.data?.removeReaction.reactions).toEqual([{ emoji: '👍', count: 2, viewerReacted: true }]);
});

test('an uploaded image is attached by sending and served through a signed link', async () => {
  const author = await person();
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private' });
  const upload = await as<{ uploadMessageAttachment: { id: string; contentType: string; size: number } }>(
    author,
    'mutation($c: ID!, $data: String!) { uploadMessageAttachment(channelId: $c, fileName: "dot.png", contentType: "image/png", dataBase64: $data) { id contentType size } }',
    { c: channel.id, data: PNG_BASE64 },
  );
  expect(upload.errors).toBeUndefined();
  expect(upload.data?.uploadMessageAttachment).toMatchObject({ contentType: 'image/png', size: Buffer.from(PNG_BASE64, 'base64').length });
  const message = await send(platform, author, channel.id, 'See picture', { attachmentIds: [upload.data!.uploadMessageAttachment.id] });
  expect(message.attachments).toEqual([{ id: upload.data!.uploadMessageAttachment.id, fileName: 'dot.png', url: expect.stringMatching(/^\/files\/chat\/.+\?expires=\d+&signature=/) }]);
  const again = await as(author, 'mutation($c: ID!, $a: [ID!]) { sendMessage(channelId: $c, body: "again", attachmentIds: $a) { id } }', {
    c: channel.id,
    a: [upload.data!.uploadMessageAttachment.id],
  });
  expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
});

test('someone else’s upload cannot be attached', async () => {
  const [author, other] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private', members: [{ userId: other.id }] });
  const attachment = await prisma().messageAttachment.create({
    data: { channelId: channel.id, uploaderId: author.id, fileKey: 'chat/x/y.png', fileName: 'y.png', contentType: 'image/png', size: 1 },
  });
  const response = await as(other, 'mutation($c: ID!, $a: [ID!]) { sendMessage(channelId: $c, body: "mine now", attachmentIds: $a) { id } }', { c: channel.id, a: [attachment.id] });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(await prisma().message.count({ where: { channelId: channel.id } })).toBe(0);
});

test('history opens at the newest messages and pages backwards, then catches up forwards', async () => {
  const owner = await person();
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'private' });
  await createMessages(prisma(), channel.id, owner.id, Array.from({ length: 7 }, (_, index) => `m${index + 1}`));
  const newest = await as<Page>(owner, PAGE, { id: channel.id, last: 3 });
  expect(newest.data?.channel?.messages.edges.map((edge) => edge.node.seq)).toEqual([5, 6, 7]);
  expect(newest.data?.channel?.messages.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  const older = await as<Page>(owner, PAGE, { id: channel.id, last: 3, before: newest.data?.channel?.messages.pageInfo.startCursor });
  expect(older.data?.channel?.messages.edges.map((edge) => edge.node.seq)).toEqual([2, 3, 4]);
  const oldest = await as<Page>(owner, PAGE, { id: channel.id, last: 3, before: older.data?.channel?.messages.pageInfo.startCursor });
  expect(oldest.data?.channel?.messages.edges.map((edge) => edge.node.seq)).toEqual([1]);
  expect(oldest.data?.channel?.messages.pageInfo.hasPreviousPage).toBe(false);
  const catchUp = await as<Page>(owner, PAGE, { id: channel.id, first: 10, after: older.data?.channel?.messages.pageInfo.endCursor });
  expect(catchUp.data?.channel?.messages.edges.map((edge) => edge.node.seq)).toEqual([5, 6, 7]);
});

test('a cursor from another channel or a made-up one is refused as bad input', async () => {
  const owner = await person();
  const [one, two] = [await createChannel(prisma(), { createdById: owner.id }), await createChannel(prisma(), { createdById: owner.id })];
  await createMessages(prisma(), one.id, owner.id, ['a', 'b']);
  const page = await as<Page>(owner, PAGE, { id: one.id, last: 1 });
  expect(errorCodes(await as(owner, PAGE, { id: two.id, last: 1, before: page.data?.channel?.messages.pageInfo.startCursor }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await as(owner, PAGE, { id: one.id, last: 1, before: 'Zm9yZ2Vk' }))).toEqual(['BAD_USER_INPUT']);
});

test('a message with a blocked word is held for moderation: shown to its author, hidden from others, and queued', async () => {
  const [author, reader] = [await person(), await person()];
  const word = `zorbleck${Date.now()}`;
  await prisma().blockedWord.create({ data: { word } });
  const channel = await createChannel(prisma(), { createdById: reader.id, kind: 'private', members: [{ userId: author.id }] });
  const held = await send(platform, author, channel.id, `You are a ${word.toUpperCase()}!`);
  expect(held.moderation).toBe('held');
  expect(await prisma().moderationCase.findMany({ where: { targetId: held.id }, select: { source: true, authorId: true, status: true } })).toEqual([
    { source: 'blocked_word', authorId: author.id, status: 'open' },
  ]);
  // The channel's owner moderates it, so they see the held message with its body.
  const asOwner = await as<Page>(reader, PAGE, { id: channel.id, last: 10 });
  expect(asOwner.data?.channel?.messages.edges.map((edge) => edge.node.body)).toEqual([`You are a ${word.toUpperCase()}!`]);
  const plain = await person();
  await prisma().channelMember.create({ data: { channelId: channel.id, userId: plain.id } });
  const asPlain = await as<Page>(plain, PAGE, { id: channel.id, last: 10 });
  expect(asPlain.data?.channel?.messages.edges).toEqual([]);
  await prisma().blockedWord.delete({ where: { word } });
});

test('a banned person cannot send, and is told why and until when', async () => {
  const [owner, banned] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'public' });
  const expiresAt = new Date(Date.now() + 3_600_000);
  await prisma().ban.create({ data: { userId: banned.id, channelId: channel.id, reason: 'Spamming links', bannedById: owner.id, expiresAt } });
  const response = await as(banned, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "let me in") { id } }', { id: channel.id });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(response.errors?.[0]?.message).toContain('Spamming links');
  expect(response.errors?.[0]?.extensions).toMatchObject({ reason: 'Spamming links', expiresAt: expiresAt.toISOString() });
  expect(await prisma().message.count({ where: { channelId: channel.id } })).toBe(0);
});

test('the twenty-first message within ten seconds is rate limited with a retry time and not written', async () => {
  const sender = await person();
  const channel = await createChannel(prisma(), { createdById: sender.id, kind: 'private' });
  const other = await createChannel(prisma(), { createdById: sender.id, kind: 'private' });
  for (let index = 0; index < 10; index += 1) await send(platform, sender, channel.id, `burst ${index}`);
  for (let index = 0; index < 10; index += 1) await send(platform, sender, other.id, `burst ${index}`);
  const limited = await as(sender, 'mutation($id: ID!) { sendMessage(channelId: $id, body: "one too many") { id } }', { id: channel.id });
  expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
  const retryAfter = limited.errors?.[0]?.extensions?.retryAfter;
  expect(typeof retryAfter).toBe('number');
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(10);
  expect(await prisma().message.count({ where: { channelId: channel.id } })).toBe(10);
  expect((await prisma().channel.findUniqueOrThrow({ where: { id: channel.id } })).lastSeq).toBe(10);
});

test('your own messages do not count as unread', async () => {
  const [ada, bob] = [await person(), await person()];
  const channel = await createChannel(prisma(), { createdById: ada.id, kind: 'private', members: [{ userId: bob.id }] });
  await send(platform, bob, channel.id, 'from bob');
  await send(platform, ada, channel.id, 'from ada');
  await send(platform, bob, channel.id, 'bob again');
  const unread = 'query($id: ID!) { channel(id: $id) { unreadCount } }';
  expect((await as<{ channel: { unreadCount: number } }>(ada, unread, { id: channel.id })).data?.channel.unreadCount).toBe(1);
  expect((await as<{ channel: { unreadCount: number } }>(bob, unread, { id: channel.id })).data?.channel.unreadCount).toBe(0);
});

test('search finds words in channels you can read, ranked, paged, and never in others or deleted messages', async () => {
  const [ada, outsider] = [await person(), await person()];
  const word = `quasar${Date.now().toString(36).replace(/\d/g, 'x')}`;
  const mine = await createChannel(prisma(), { createdById: ada.id, kind: 'private' });
  const hidden = await createChannel(prisma(), { createdById: outsider.id, kind: 'private' });
  const best = await send(platform, ada, mine.id, `${word} ${word} ${word} is the topic`);
  const weaker = await send(platform, ada, mine.id, `a note on ${word} among many other words about things`);
  const gone = await send(platform, ada, mine.id, `${word} to delete`);
  await as(ada, 'mutation($id: ID!) { deleteMessage(messageId: $id) { id } }', { id: gone.id });
  await send(platform, outsider, hidden.id, `${word} private to someone else`);
  const search = 'query($q: String!, $first: Int, $after: String) { searchMessages(query: $q, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
  type Result = { searchMessages: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const first = await as<Result>(ada, search, { q: word, first: 1 });
  expect(first.data?.searchMessages.edges.map((edge) => edge.node.id)).toEqual([best.id]);
  expect(first.data?.searchMessages.pageInfo.hasNextPage).toBe(true);
  const second = await as<Result>(ada, search, { q: word, first: 5, after: first.data?.searchMessages.pageInfo.endCursor });
  expect(second.data?.searchMessages.edges.map((edge) => edge.node.id)).toEqual([weaker.id]);
  const edited = await as(ada, 'mutation($id: ID!) { editMessage(messageId: $id, body: "nothing to see") { id } }', { id: weaker.id });
  expect(edited.errors).toBeUndefined();
  expect((await as<Result>(ada, search, { q: word, first: 5 })).data?.searchMessages.edges.map((edge) => edge.node.id)).toEqual([best.id]);
  expect(errorCodes(await as(ada, search, { q: word, after: 'forged' }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await as(ada, 'query($q: String!, $c: ID) { searchMessages(query: $q, channelId: $c) { edges { node { id } } } }', { q: word, c: hidden.id }))).toEqual(['NOT_FOUND']);
});
