// When a message reaches many subscribers of one channel at once, they share one database read.
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { testDatabaseUrl } from '../../kit/src/testing/test-database-url';
import { createPerson } from '../../../scripts/platform/test-people';
import { prismaMessageReader } from '../src/realtime/message-stream';
import { createChannel, createMessages } from './support/channels';

let prisma: PrismaClient;
const statements: string[] = [];

beforeAll(() => {
  prisma = createPrismaClient({ url: testDatabaseUrl(), onQuery: (sql) => statements.push(sql) });
});

afterAll(async () => {
  await prisma?.$disconnect();
});

test('a hundred concurrent reads of the same range run one statement and all get the messages', async () => {
  const owner = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  await createMessages(prisma, channel.id, owner.id, ['one', 'two', 'three']);
  statements.length = 0;
  const readers = Array.from({ length: 100 }, () => prismaMessageReader(prisma, channel.id));
  const pages = await Promise.all(readers.map((reader) => reader.readMessages(1, 3, 200)));
  expect(pages.every((page) => page.map((message) => message.body).join() === 'two,three')).toBe(true);
  expect(statements.filter((sql) => sql.includes('"message"'))).toHaveLength(1);
});

test('a read after the shared one settled goes to the database again and sees new messages', async () => {
  const owner = await createPerson(prisma);
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public' });
  await createMessages(prisma, channel.id, owner.id, ['first']);
  const reader = prismaMessageReader(prisma, channel.id);
  expect((await reader.readMessages(0, null, 200)).map((message) => message.body)).toEqual(['first']);
  await createMessages(prisma, channel.id, owner.id, ['second']);
  expect((await reader.readMessages(0, null, 200)).map((message) => message.body)).toEqual(['first', 'second']);
});
