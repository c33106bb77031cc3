// A feed page with authors (resolved by users), likes, comments and replies costs the same number of
// SQL statements for 10 posts as for 40. Runs in its own database so no other test's events reach this
// platform's event bus while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createPostRow } from './support/feed';

let database: ScratchDatabase;
let platform: TestPlatform;
let viewer: Person;
let recording: string[] | null = null;

const PAGE = `query Page($first: Int!) {
  feed(scope: everyone, first: $first) {
    edges { node {
      id body author { displayName } viewerLiked likeCount scriptureRefs
      comments(first: 3) { edges { node { body author { displayName } replies { body author { displayName } } } } }
    } }
  }
}`;

interface PageData {
  feed: { edges: { node: { comments: { edges: { node: { replies: unknown[] } }[] } } }[] };
}

beforeAll(async () => {
  database = await createScratchDatabase('community_feed_n_plus_one', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    {
      onQuery: (sql) => {
        // The event bus polls the outbox on a timer, however many posts a page holds.
        if (recording && !sql.includes('outbox_event')) recording.push(sql);
      },
    },
  );
  const prisma = platform.handle.services.prisma;
  viewer = await createPerson(prisma);
  const authors: Person[] = [];
  for (let index = 0; index < 4; index += 1) authors.push(await createPerson(prisma, { displayName: `Writer ${index + 1}` }));
  for (let index = 0; index < 45; index += 1) {
    const author = authors[index % authors.length]!;
    const post = await createPostRow(prisma, { authorId: author.id, body: `Post ${index} on Ps 23` });
    const top = await prisma.postComment.create({ data: { postId: post.id, authorId: authors[(index + 1) % authors.length]!.id, body: 'Amen' } });
    await prisma.postComment.create({ data: { postId: post.id, authorId: author.id, parentCommentId: top.id, body: 'Thanks' } });
    if (index % 2 === 0) await prisma.postLike.create({ data: { postId: post.id, userId: viewer.id } });
  }
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

async function countStatements(first: number): Promise<{ statements: number; data: PageData }> {
  recording = [];
  try {
    const response = await platform.graphql<PageData>(PAGE, { first }, { token: viewer.token });
    expect(response.errors).toBeUndefined();
    return { statements: recording.length, data: response.data! };
  } finally {
    recording = null;
  }
}

test('a feed page costs the same number of statements for 10 posts as for 40', async () => {
  const small = await countStatements(10);
  const large = await countStatements(40);
  expect(small.data.feed.edges).toHaveLength(10);
  expect(large.data.feed.edges).toHaveLength(40);
  expect(large.data.feed.edges[0]?.node.comments.edges[0]?.node.replies).toHaveLength(1);
  expect(large.statements).toBe(small.statements);
});
