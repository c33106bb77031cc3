// The chat lists cost the same number of SQL statements for a few items as for many: myChannels with
// newest messages and authors, and a page of messages with reactions, attachments and authors. Runs in
// its own database so that no other test's events reach this platform while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createChannel, createMessages } from './support/channels';

let database: ScratchDatabase;
let platform: TestPlatform;
let recording: string[] | null = null;
let viewer: Person;
let authors: Person[];
let busyChannelId: string;

beforeAll(async () => {
  database = await createScratchDatabase('community_chat_n_plus_one', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    { onQuery: (sql) => { if (recording && !sql.includes('outbox_event')) recording.push(sql); } },
  );
  const prisma = platform.handle.services.prisma;
  viewer = await createPerson(prisma, { displayName: 'Viewer' });
  authors = [];
  for (let index = 0; index < 4; index += 1) authors.push(await createPerson(prisma, { displayName: `Author ${index}` }));
  for (let index = 0; index < 30; index += 1) {
    const author = authors[index % authors.length]!;
    const channel = await createChannel(prisma, { createdById: author.id, kind: 'private', members: [{ userId: viewer.id }] });
    await createMessages(prisma, channel.id, author.id, ['hello', `latest ${index}`]);
  }
  const busy = await createChannel(prisma, { createdById: viewer.id, kind: 'public' });
  busyChannelId = busy.id;
  for (const author of authors) {
    const messages = await createMessages(prisma, busy.id, author.id, Array.from({ length: 10 }, (_, index) => `message ${index}`));
    for (const message of messages) {
      await prisma.messageReaction.create({ data: { messageId: message.id, userId: viewer.id, emoji: '👍' } });
      await prisma.messageAttachment.create({
        data: { channelId: busy.id, uploaderId: author.id, messageId: message.id, fileKey: `chat/${busy.id}/${message.id}.png`, fileName: 'a.png', contentType: 'image/png', size: 1 },
      });
    }
  }
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

async function countStatements(query: string, variables: Record<string, unknown>): Promise<number> {
  recording = [];
  try {
    const response = await platform.graphql(query, variables, { token: viewer.token });
    expect(response.errors).toBeUndefined();
    return recording.length;
  } finally {
    recording = null;
  }
}

test('myChannels with unread counts and the newest message’s author costs the same for 30 channels as for 1', async () => {
  const query = '{ myChannels { id unreadCount lastMessage { body author { displayName } } } }';
  const all = await countStatements(query, {});
  const one = await countStatements('{ myChannels(kind: public) { id unreadCount lastMessage { body author { displayName } } } }', {});
  expect(all).toBe(one);
});

test('a page of messages with reactions, attachments and authors costs the same for 40 messages as for 2', async () => {
  const query = 'query($id: ID!, $last: Int!) { channel(id: $id) { messages(last: $last) { edges { node { body author { displayName } reactions { emoji count viewerReacted } attachments { fileName url } } } } } }';
  const few = await countStatements(query, { id: busyChannelId, last: 2 });
  const many = await countStatements(query, { id: busyChannelId, last: 40 });
  expect(many).toBe(few);
});
