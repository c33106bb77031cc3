// Bad input to every chat mutation: the documented error code and nothing written.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createChannel, createMessages } from './support/channels';
import { chatRowCounts, PNG_BASE64 } from './support/chat';

let platform: TestPlatform;
let owner: Person;
const prisma = () => platform.handle.services.prisma;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = await createPerson(platform.handle.services.prisma);
});

afterAll(async () => {
  await platform?.stop();
});

interface Fixture {
  channelId: string;
  messageId: string;
}

const UPLOAD = 'mutation($c: ID!, $n: String!, $t: String!, $d: String!) { uploadMessageAttachment(channelId: $c, fileName: $n, contentType: $t, dataBase64: $d) { id } }';
const SEND = 'mutation($c: ID!, $b: String!, $r: ID, $a: [ID!]) { sendMessage(channelId: $c, body: $b, threadRootId: $r, attachmentIds: $a) { id } }';
const upload = (f: Fixture, overrides: Record<string, unknown>) => ({ c: f.channelId, n: 'file.png', t: 'image/png', d: PNG_BASE64, ...overrides });

const cases: { name: string; code: string; query: string; variables: (f: Fixture) => Record<string, unknown> }[] = [
  { name: 'an empty message', code: 'BAD_USER_INPUT', query: SEND, variables: (f) => ({ c: f.channelId, b: '   ' }) },
  { name: 'a message over 4,000 characters', code: 'BAD_USER_INPUT', query: SEND, variables: (f) => ({ c: f.channelId, b: 'x'.repeat(4001) }) },
  { name: 'a message to an unknown channel', code: 'NOT_FOUND', query: SEND, variables: () => ({ c: randomUUID(), b: 'hello' }) },
  { name: 'a message to a malformed channel id', code: 'BAD_USER_INPUT', query: SEND, variables: () => ({ c: 'channel-1', b: 'hello' }) },
  { name: 'a reply to an unknown message', code: 'BAD_USER_INPUT', query: SEND, variables: (f) => ({ c: f.channelId, b: 'hello', r: randomUUID() }) },
  { name: 'an unknown attachment', code: 'BAD_USER_INPUT', query: SEND, variables: (f) => ({ c: f.channelId, b: 'hello', a: [randomUUID()] }) },
  {
    name: 'an empty edit',
    code: 'BAD_USER_INPUT',
    query: 'mutation($m: ID!) { editMessage(messageId: $m, body: "") { id } }',
    variables: (f) => ({ m: f.messageId }),
  },
  {
    name: 'an edit of an unknown message',
    code: 'NOT_FOUND',
    query: 'mutation($m: ID!) { editMessage(messageId: $m, body: "new") { id } }',
    variables: () => ({ m: randomUUID() }),
  },
  { name: 'deleting an unknown message', code: 'NOT_FOUND', query: 'mutation($m: ID!) { deleteMessage(messageId: $m) { id } }', variables: () => ({ m: randomUUID() }) },
  {
    name: 'a reaction that is not an emoji',
    code: 'BAD_USER_INPUT',
    query: 'mutation($m: ID!) { addReaction(messageId: $m, emoji: "lol") { id } }',
    variables: (f) => ({ m: f.messageId }),
  },
  {
    name: 'a short name over 32 characters',
    code: 'BAD_USER_INPUT',
    query: 'mutation($m: ID!, $e: String!) { addReaction(messageId: $m, emoji: $e) { id } }',
    variables: (f) => ({ m: f.messageId, e: `:${'a'.repeat(40)}:` }),
  },
  { name: 'an attachment of a refused type', code: 'BAD_USER_INPUT', query: UPLOAD, variables: (f) => upload(f, { n: 'x.html', t: 'text/html', d: Buffer.from('<p>').toString('base64') }) },
  { name: 'an attachment whose bytes are not what it claims', code: 'BAD_USER_INPUT', query: UPLOAD, variables: (f) => upload(f, { d: Buffer.from('not a png').toString('base64') }) },
  { name: 'an attachment over 1 MB', code: 'BAD_USER_INPUT', query: UPLOAD, variables: (f) => upload(f, { d: Buffer.alloc(1024 * 1024 + 1, 0x89).toString('base64') }) },
  { name: 'an attachment that is not base64', code: 'BAD_USER_INPUT', query: UPLOAD, variables: (f) => upload(f, { d: '!!!not base64!!!' }) },
  { name: 'an attachment without a name', code: 'BAD_USER_INPUT', query: UPLOAD, variables: (f) => upload(f, { n: '  ' }) },
  {
    name: 'a channel of a kind people cannot create',
    code: 'BAD_USER_INPUT',
    query: 'mutation { createChannel(input: { kind: course, name: "Mine" }) { id } }',
    variables: () => ({}),
  },
  { name: 'a channel without a name', code: 'BAD_USER_INPUT', query: 'mutation { createChannel(input: { kind: public, name: "  " }) { id } }', variables: () => ({}) },
  {
    name: 'an invitation of a malformed user id',
    code: 'BAD_USER_INPUT',
    query: 'mutation($c: ID!) { inviteToChannel(channelId: $c, userId: "bob") { id } }',
    variables: (f) => ({ c: f.channelId }),
  },
  {
    name: 'an answer to an unknown invitation',
    code: 'NOT_FOUND',
    query: 'mutation($i: ID!) { respondToChannelInvite(inviteId: $i, accept: true) { id } }',
    variables: () => ({ i: randomUUID() }),
  },
  { name: 'joining an unknown channel', code: 'NOT_FOUND', query: 'mutation($c: ID!) { joinChannel(channelId: $c) { id } }', variables: () => ({ c: randomUUID() }) },
  {
    name: 'a role for someone not in the channel',
    code: 'NOT_FOUND',
    query: 'mutation($c: ID!, $u: ID!) { setChannelMemberRole(channelId: $c, userId: $u, role: moderator) { role } }',
    variables: (f) => ({ c: f.channelId, u: randomUUID() }),
  },
  {
    name: 'removing someone not in the channel',
    code: 'NOT_FOUND',
    query: 'mutation($c: ID!, $u: ID!) { removeChannelMember(channelId: $c, userId: $u) { id } }',
    variables: (f) => ({ c: f.channelId, u: randomUUID() }),
  },
  { name: 'archiving an unknown channel', code: 'NOT_FOUND', query: 'mutation($c: ID!) { archiveChannel(channelId: $c) { id } }', variables: () => ({ c: randomUUID() }) },
  {
    name: 'a read receipt past the newest message',
    code: 'BAD_USER_INPUT',
    query: 'mutation($c: ID!) { markChannelRead(channelId: $c, seq: 99) { lastReadSeq } }',
    variables: (f) => ({ c: f.channelId }),
  },
  {
    name: 'a forged history cursor',
    code: 'BAD_USER_INPUT',
    query: 'query($c: ID!) { channel(id: $c) { messages(last: 5, before: "bXNnOmZvcmdlZA") { edges { cursor } } } }',
    variables: (f) => ({ c: f.channelId }),
  },
];

test.each(cases)('$name is refused with $code and writes nothing', async ({ code, query, variables }) => {
  const channel = await createChannel(prisma(), { createdById: owner.id, kind: 'study_group' });
  const [message] = await createMessages(prisma(), channel.id, owner.id, ['existing']);
  const fixture = { channelId: channel.id, messageId: message!.id };
  const channelsBefore = await prisma().channel.count({ where: { createdById: owner.id } });
  const before = await chatRowCounts(platform, channel.id);
  const response = await platform.graphql(query, variables(fixture), { token: owner.token });
  expect(errorCodes(response)).toEqual([code]);
  expect(await chatRowCounts(platform, channel.id)).toEqual(before);
  expect(await prisma().channel.count({ where: { createdById: owner.id } })).toBe(channelsBefore);
});
