// Reports, blocked-word holds, decisions, the queue and bans, through the gateway; and the reported
// text on a case, which moderators read in the queue and others never do.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createChannel, createMessages } from './support/channels';
import { createBlockedWord, createCourseChannel, createPostRow } from './support/feed';

let platform: TestPlatform;
let author: Person;
let reader: Person;
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  const prisma = platform.handle.services.prisma;
  author = await createPerson(prisma);
  reader = await createPerson(prisma);
  admin = await createPerson(prisma, { roles: ['student', 'admin'] });
});

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;
const REPORT = 'mutation R($type: ReportTarget!, $id: ID!, $reason: String!) { report(targetType: $type, targetId: $id, reason: $reason) { id status source reporter { id } } }';
const DECIDE = 'mutation D($id: ID!, $decision: ModerationDecision!, $reason: String) { decideModerationCase(caseId: $id, decision: $decision, reason: $reason) { id status decisionReason } }';
const POST = 'query P($id: ID!) { post(id: $id) { id body moderation moderationReason } }';

test('a second report of the same post by the same person is a CONFLICT', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const first = await platform.graphql<{ report: { status: string; source: string } }>(REPORT, { type: 'post', id: post.id, reason: 'This is misleading advice' }, { token: reader.token });
  expect(first.data?.report).toMatchObject({ status: 'open', source: 'report' });
  expect(errorCodes(await platform.graphql(REPORT, { type: 'post', id: post.id, reason: 'Still misleading advice' }, { token: reader.token }))).toEqual(['CONFLICT']);
});

test('you cannot report what you cannot see', async () => {
  const { courseId } = await createCourseChannel(prisma(), author.id);
  const post = await createPostRow(prisma(), { authorId: author.id, courseId });
  expect(errorCodes(await platform.graphql(REPORT, { type: 'post', id: post.id, reason: 'I should not see this' }, { token: reader.token }))).toEqual(['NOT_FOUND']);
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'private' });
  const [message] = await createMessages(prisma(), channel.id, author.id, ['secret']);
  expect(errorCodes(await platform.graphql(REPORT, { type: 'message', id: message!.id, reason: 'I should not see this' }, { token: reader.token }))).toEqual(['NOT_FOUND']);
  expect(await prisma().moderationCase.count({ where: { targetId: { in: [post.id, message!.id] } } })).toBe(0);
});

test('a post with a blocked word is held, hidden from others, and shown to its author with its status', async () => {
  const word = await createBlockedWord(prisma());
  const created = await platform.graphql<{ createPost: { id: string; moderation: string } }>(
    'mutation C($body: String!) { createPost(input: { body: $body }) { id moderation } }',
    { body: `This has ${word.toUpperCase()} in it` },
    { token: author.token },
  );
  expect(created.data?.createPost.moderation).toBe('held');
  const postId = created.data!.createPost.id;
  expect((await platform.graphql<{ post: unknown }>(POST, { id: postId }, { token: reader.token })).data?.post).toBeNull();
  const heldCase = await prisma().moderationCase.findFirstOrThrow({ where: { targetId: postId } });
  expect(heldCase.source).toBe('blocked_word');
  const mine = await platform.graphql<{ myModerationCases: { edges: { node: { id: string; reporter: unknown } }[] } }>(
    '{ myModerationCases(first: 50) { edges { node { id reporter { id } } } } }',
    {},
    { token: author.token },
  );
  expect(mine.data?.myModerationCases.edges.map((edge) => edge.node.id)).toContain(heldCase.id);
  const theirs = await platform.graphql<{ myModerationCases: { edges: { node: { id: string } }[] } }>('{ myModerationCases(first: 50) { edges { node { id } } } }', {}, { token: reader.token });
  expect(theirs.data?.myModerationCases.edges.map((edge) => edge.node.id)).not.toContain(heldCase.id);
});

test('approving a held post shows it to everyone and tells the author', async () => {
  const word = await createBlockedWord(prisma());
  const created = await platform.graphql<{ createPost: { id: string } }>(`mutation { createPost(input: { body: "about ${word}" }) { id } }`, {}, { token: author.token });
  const postId = created.data!.createPost.id;
  const heldCase = await prisma().moderationCase.findFirstOrThrow({ where: { targetId: postId } });
  expect(errorCodes(await platform.graphql(DECIDE, { id: heldCase.id, decision: 'approve' }, { token: reader.token }))).toEqual(['FORBIDDEN']);
  const decided = await platform.graphql<{ decideModerationCase: { status: string } }>(DECIDE, { id: heldCase.id, decision: 'approve' }, { token: admin.token });
  expect(decided.data?.decideModerationCase.status).toBe('approved');
  expect((await platform.graphql<{ post: { moderation: unknown } }>(POST, { id: postId }, { token: reader.token })).data?.post).toMatchObject({ moderation: null });
  expect(await prisma().notification.count({ where: { userId: author.id, kind: 'moderation', payload: { path: ['caseId'], equals: heldCase.id } } })).toBe(1);
  expect(errorCodes(await platform.graphql(DECIDE, { id: heldCase.id, decision: 'reject', reason: 'again' }, { token: admin.token }))).toEqual(['CONFLICT']);
});

test('rejecting a reported post hides it and gives the author the reason', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const report = await platform.graphql<{ report: { id: string } }>(REPORT, { type: 'post', id: post.id, reason: 'Harassing another member' }, { token: reader.token });
  await platform.graphql(DECIDE, { id: report.data!.report.id, decision: 'reject', reason: 'Harassment' }, { token: admin.token });
  expect((await platform.graphql<{ post: unknown }>(POST, { id: post.id }, { token: reader.token })).data?.post).toBeNull();
  const asAuthor = await platform.graphql<{ post: unknown }>(POST, { id: post.id }, { token: author.token });
  expect(asAuthor.data?.post).toMatchObject({ moderation: 'rejected', moderationReason: 'Harassment' });
});

test('a held comment is invisible to others until approved and is not counted', async () => {
  const word = await createBlockedWord(prisma());
  const post = await createPostRow(prisma(), { authorId: author.id });
  const added = await platform.graphql<{ addComment: { id: string; moderation: string } }>(
    `mutation { addComment(postId: "${post.id}", body: "say ${word}") { id moderation } }`,
    {},
    { token: reader.token },
  );
  expect(added.data?.addComment.moderation).toBe('held');
  const comments = 'query P($id: ID!) { post(id: $id) { commentCount comments(first: 5) { edges { node { id } } } } }';
  expect((await platform.graphql<{ post: { commentCount: number; comments: { edges: unknown[] } } }>(comments, { id: post.id }, { token: author.token })).data?.post).toEqual({ commentCount: 0, comments: { edges: [] } });
  const heldCase = await prisma().moderationCase.findFirstOrThrow({ where: { targetId: added.data!.addComment.id } });
  await platform.graphql(DECIDE, { id: heldCase.id, decision: 'approve' }, { token: admin.token });
  const after = await platform.graphql<{ post: { commentCount: number; comments: { edges: unknown[] } } }>(comments, { id: post.id }, { token: author.token });
  expect(after.data?.post.commentCount).toBe(1);
  expect(after.data?.post.comments.edges).toHaveLength(1);
});

test('channel moderators see and decide cases about their channel’s messages; strangers are refused the queue', async () => {
  const owner = await createPerson(prisma());
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'public', members: [{ userId: author.id }] });
  const [message] = await createMessages(prisma(), channel.id, author.id, ['rude words']);
  const report = await platform.graphql<{ report: { id: string } }>(REPORT, { type: 'message', id: message!.id, reason: 'Rude to everyone here' }, { token: reader.token });
  const QUEUE = '{ moderationQueue(first: 100) { edges { node { id reporter { id } } } } }';
  const queue = await platform.graphql<{ moderationQueue: { edges: { node: { id: string; reporter: { id: string } } }[] } }>(QUEUE, {}, { token: owner.token });
  expect(queue.data?.moderationQueue.edges.map((edge) => edge.node)).toEqual([{ id: report.data!.report.id, reporter: { id: reader.id } }]);
  expect(errorCodes(await platform.graphql(QUEUE, {}, { token: reader.token }))).toEqual(['FORBIDDEN']);
  await platform.graphql(DECIDE, { id: report.data!.report.id, decision: 'reject', reason: 'Rude' }, { token: owner.token });
  expect((await prisma().message.findUniqueOrThrow({ where: { id: message!.id } })).moderation).toBe('rejected');
});

test('community bans are for admins, channel bans for the channel’s moderators, and lifting ends them', async () => {
  const BAN = 'mutation B($userId: ID!, $channelId: ID, $reason: String!) { banUser(userId: $userId, channelId: $channelId, reason: $reason) { id channelId liftedAt } }';
  expect(errorCodes(await platform.graphql(BAN, { userId: reader.id, reason: 'Spam' }, { token: author.token }))).toEqual(['FORBIDDEN']);
  const owner = await createPerson(prisma());
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'public' });
  const ban = await platform.graphql<{ banUser: { id: string; channelId: string } }>(BAN, { userId: reader.id, channelId: channel.id, reason: 'Spam' }, { token: owner.token });
  expect(ban.data?.banUser.channelId).toBe(channel.id);
  expect(errorCodes(await platform.graphql(BAN, { userId: author.id, channelId: channel.id, reason: 'Spam' }, { token: reader.token }))).toEqual(['FORBIDDEN']);
  const lifted = await platform.graphql<{ liftBan: { liftedAt: string } }>('mutation L($id: ID!) { liftBan(banId: $id) { liftedAt } }', { id: ban.data!.banUser.id }, { token: owner.token });
  expect(lifted.data?.liftBan.liftedAt).toBeTruthy();
  const community = await platform.graphql<{ banUser: { channelId: null } }>(BAN, { userId: author.id, reason: 'Abuse' }, { token: admin.token });
  expect(community.data?.banUser.channelId).toBeNull();
  await prisma().ban.updateMany({ where: { userId: author.id }, data: { liftedAt: new Date() } });
});

test('only admins manage blocked words', async () => {
  const word = `zzword${Date.now()}`;
  expect(errorCodes(await platform.graphql(`mutation { addBlockedWord(word: "${word}") }`, {}, { token: reader.token }))).toEqual(['FORBIDDEN']);
  expect((await platform.graphql<{ addBlockedWord: string }>(`mutation { addBlockedWord(word: "  ${word.toUpperCase()} ") }`, {}, { token: admin.token })).data?.addBlockedWord).toBe(word);
  expect((await platform.graphql<{ removeBlockedWord: boolean }>(`mutation { removeBlockedWord(word: "${word}") }`, {}, { token: admin.token })).data?.removeBlockedWord).toBe(true);
});

// The reported text on a case.
const REPORT_READING_CONTENT = 'mutation R($type: ReportTarget!, $id: ID!, $reason: String!) { report(targetType: $type, targetId: $id, reason: $reason) { id content } }';
const QUEUE_WITH_CONTENT = '{ moderationQueue(first: 100) { edges { node { id targetId content } } } }';

interface QueueWithContent {
  moderationQueue: { edges: { node: { id: string; targetId: string; content: string | null } }[] };
}

test('an admin reads the reported post in the queue, and the reporter does not get it back', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id, body: 'Buy cheap essays at my site' });
  const reported = await platform.graphql<{ report: { id: string; content: string | null } }>(
    REPORT_READING_CONTENT,
    { type: 'post', id: post.id, reason: 'This is spam for essay mills' },
    { token: reader.token },
  );
  expect(reported.data?.report.content).toBeNull();
  const queue = await platform.graphql<QueueWithContent>(QUEUE_WITH_CONTENT, {}, { token: admin.token });
  expect(queue.data?.moderationQueue.edges.find((edge) => edge.node.targetId === post.id)?.node.content).toBe('Buy cheap essays at my site');
});

test('a channel moderator reads a reported message of their channel; once deleted it reads null', async () => {
  const channel = await createChannel(prisma(), { createdById: author.id, kind: 'public', members: [{ userId: reader.id }] });
  const [message] = await createMessages(prisma(), channel.id, reader.id, ['a rude remark']);
  await platform.graphql(REPORT_READING_CONTENT, { type: 'message', id: message!.id, reason: 'Rude to other members' }, { token: author.token });
  const contentOf = async () =>
    (await platform.graphql<QueueWithContent>(QUEUE_WITH_CONTENT, {}, { token: author.token })).data?.moderationQueue.edges.find((edge) => edge.node.targetId === message!.id)?.node.content;
  expect(await contentOf()).toBe('a rude remark');
  await prisma().message.update({ where: { id: message!.id }, data: { deletedAt: new Date() } });
  expect(await contentOf()).toBeNull();
});
