// SQL statements per request for lists of growing length, counted at the Prisma layer of every subgraph
// while one request runs through the gateway: a catalog page (courses with faculty, modules, lectures,
// instructors from users and prices from economy) and a chat-history page (messages with authors from
// users, reactions and attachments). The ratio to the one-item list must be 1.0 at every size.
//
//   npm run bench:n-plus-one
//
// Lists go up to the largest page each list serves (100 courses, 100 messages). Runs against the
// PostgreSQL on this machine, in a scratch database it drops afterwards.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../scripts/platform/test-platform';
import { createInstructor, createPerson, type Person } from '../scripts/platform/test-people';
import { createScratchDatabase, type ScratchDatabase } from '../subgraphs/kit/src/testing/scratch-database';
import { isBackgroundStatement } from '../subgraphs/kit/src/testing/background-statements';
import { createCatalogCourses } from '../subgraphs/courses/test/support/catalog-courses';
import { createFaculty } from '../subgraphs/courses/test/support/courses';
import { createChannel, createMessages } from '../subgraphs/community/test/support/channels';

const SIZES = [1, 10, 100] as const;
const LARGEST = SIZES[SIZES.length - 1]!;

const CATALOG = `query Catalog($first: Int!, $tag: String!) {
  courses(first: $first, filter: { tag: $tag }) {
    edges { node { id title faculty { name } modules { title lectures { title } } instructors { displayName } price { usdCents free } } }
  }
}`;

const CHAT_HISTORY = `query History($id: ID!, $last: Int!) {
  channel(id: $id) { messages(last: $last) { edges { node { body author { displayName } reactions { emoji count viewerReacted } attachments { fileName } } } } }
}`;

interface Row {
  list: string;
  size: number;
  items: number;
  statements: number;
  ratio: number;
}

let recording: string[] | null = null;

async function countStatements(platform: TestPlatform, query: string, variables: Record<string, unknown>, token?: string): Promise<{ statements: number; items: number }> {
  recording = [];
  try {
    const response = await platform.graphql<Record<string, { edges?: unknown[]; messages?: { edges: unknown[] } }>>(query, variables, token ? { token } : {});
    if (response.errors) throw new Error(`${query.split('(')[0]} failed: ${JSON.stringify(response.errors)}`);
    const data = response.data!;
    const items = data.courses?.edges?.length ?? data.channel?.messages?.edges.length ?? 0;
    return { statements: recording.length, items };
  } finally {
    recording = null;
  }
}

async function arrangeCatalog(platform: TestPlatform, tag: string): Promise<void> {
  const prisma = platform.handle.services.prisma;
  const instructors: Person[] = [];
  for (let index = 0; index < 5; index += 1) instructors.push(await createInstructor(prisma, `Bench Teacher ${index + 1}`));
  const faculty = await createFaculty(prisma);
  await createCatalogCourses(
    prisma,
    Array.from({ length: LARGEST }, (_, index) => ({
      ownerId: instructors[index % instructors.length]!.id,
      instructorIds: [instructors[(index + 1) % instructors.length]!.id],
      facultyId: faculty.id,
      tags: [tag],
      modules: [[{}, {}], [{}]],
    })),
  );
}

async function arrangeChat(platform: TestPlatform, viewer: Person): Promise<string> {
  const prisma = platform.handle.services.prisma;
  const authors: Person[] = [];
  for (let index = 0; index < 4; index += 1) authors.push(await createPerson(prisma, { displayName: `Bench Author ${index}` }));
  const channel = await createChannel(prisma, { createdById: viewer.id, kind: 'public' });
  for (const author of authors) {
    const messages = await createMessages(prisma, channel.id, author.id, Array.from({ length: LARGEST / authors.length }, (_, index) => `message ${index}`));
    for (const message of messages) {
      await prisma.messageReaction.create({ data: { messageId: message.id, userId: viewer.id, emoji: '👍' } });
      await prisma.messageAttachment.create({
        data: { channelId: channel.id, uploaderId: author.id, messageId: message.id, fileKey: `chat/${channel.id}/${message.id}.png`, fileName: 'a.png', contentType: 'image/png', size: 1 },
      });
    }
  }
  return channel.id;
}

function printTable(rows: Row[]): void {
  console.log('\nSQL statements per request (target: ratio 1.0 to the one-item list at every size)\n');
  console.log('list          size  items  statements  ratio  target');
  for (const row of rows) {
    const verdict = row.ratio === 1 ? 'met' : 'MISSED';
    console.log(`${row.list.padEnd(12)} ${String(row.size).padStart(5)} ${String(row.items).padStart(6)} ${String(row.statements).padStart(11)} ${row.ratio.toFixed(2).padStart(6)}  1.00 ${verdict}`);
  }
}

async function main(): Promise<void> {
  let database: ScratchDatabase | undefined;
  let platform: TestPlatform | undefined;
  try {
    database = await createScratchDatabase('bench_n_plus_one', { empty: true });
    platform = await startTestPlatform(
      { DATABASE_URL: database.url },
      { onQuery: (sql) => { if (recording && !isBackgroundStatement(sql)) recording.push(sql); } },
    );
    const tag = `bench-${randomUUID().slice(0, 8)}`;
    const viewer = await createPerson(platform.handle.services.prisma, { displayName: 'Bench Viewer' });
    await arrangeCatalog(platform, tag);
    const channelId = await arrangeChat(platform, viewer);

    const rows: Row[] = [];
    for (const [list, measure] of [
      ['catalog', (size: number) => countStatements(platform!, CATALOG, { first: size, tag })],
      ['chat history', (size: number) => countStatements(platform!, CHAT_HISTORY, { id: channelId, last: size }, viewer.token)],
    ] as const) {
      // Warm-up: the first request plans queries and fills caches; only later ones are counted.
      await measure(1);
      let baseline: number | undefined;
      for (const size of SIZES) {
        const { statements, items } = await measure(size);
        if (items !== size) throw new Error(`${list}: asked for ${size} items and got ${items}`);
        baseline ??= statements;
        rows.push({ list, size, items, statements, ratio: statements / baseline });
      }
    }
    printTable(rows);
    if (rows.some((row) => row.ratio !== 1)) process.exitCode = 1;
  } finally {
    await platform?.stop();
    await database?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
