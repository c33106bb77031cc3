// The feed's four scopes, their visibility rules and stable cursor pagination, through the gateway.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { emitEvent } from '../../kit/src/events';
import { randomUUID } from 'node:crypto';
import { createCourseChannel, createMirroredSchool, createPostRow } from './support/feed';

let platform: TestPlatform;
let viewer: Person;
let friend: Person;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  const prisma = platform.handle.services.prisma;
  viewer = await createPerson(prisma);
  friend = await createPerson(prisma);
  stranger = await createPerson(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;
const FEED = 'query F($scope: FeedScope!, $first: Int!, $after: String) { feed(scope: $scope, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }';
interface FeedData {
  feed: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}
const feedIds = async (scope: string, person: Person, first = 100) =>
  (await platform.graphql<FeedData>(FEED, { scope, first }, { token: person.token })).data!.feed.edges.map((edge) => edge.node.id);

test('following lists posts by people you follow, newest first, and not after unfollowing', async () => {
  const older = await createPostRow(prisma(), { authorId: friend.id, createdAt: new Date(Date.now() - 60_000) });
  const newer = await createPostRow(prisma(), { authorId: friend.id });
  await platform.graphql(`mutation { followUser(userId: "${friend.id}") }`, {}, { token: viewer.token });
  const ids = await feedIds('following', viewer);
  expect(ids.filter((id) => [older.id, newer.id].includes(id))).toEqual([newer.id, older.id]);
  await platform.graphql(`mutation { unfollowUser(userId: "${friend.id}") }`, {}, { token: viewer.token });
  expect(await feedIds('following', viewer)).not.toContain(newer.id);
});

test('you cannot follow yourself', async () => {
  expect(errorCodes(await platform.graphql(`mutation { followUser(userId: "${viewer.id}") }`, {}, { token: viewer.token }))).toEqual(['BAD_USER_INPUT']);
  expect(await prisma().follow.count({ where: { followerId: viewer.id, followeeId: viewer.id } })).toBe(0);
});

test('my_courses lists posts of your course channels only and strangers never see them', async () => {
  const { courseId } = await createCourseChannel(prisma(), friend.id, [viewer.id]);
  const post = await createPostRow(prisma(), { authorId: friend.id, courseId });
  expect(await feedIds('my_courses', viewer)).toContain(post.id);
  expect(await feedIds('my_courses', stranger)).not.toContain(post.id);
  expect(await feedIds('everyone', stranger)).not.toContain(post.id);
  expect(await feedIds('everyone', viewer)).not.toContain(post.id);
});

test('my_school lists posts of your schools only', async () => {
  const schoolId = await createMirroredSchool(prisma(), [viewer.id, friend.id]);
  const post = await createPostRow(prisma(), { authorId: friend.id, schoolId });
  expect(await feedIds('my_school', viewer)).toContain(post.id);
  expect(await feedIds('my_school', stranger)).not.toContain(post.id);
});

test('a following feed does not leak a followed person’s course posts to non-members', async () => {
  const { courseId } = await createCourseChannel(prisma(), friend.id);
  const post = await createPostRow(prisma(), { authorId: friend.id, courseId });
  await prisma().follow.create({ data: { followerId: stranger.id, followeeId: friend.id } });
  expect(await feedIds('following', stranger)).not.toContain(post.id);
});

test('held and rejected posts are their author’s alone; admins also see held ones', async () => {
  const held = await createPostRow(prisma(), { authorId: friend.id, moderation: 'held' });
  const rejected = await createPostRow(prisma(), { authorId: friend.id, moderation: 'rejected' });
  const shown = await feedIds('everyone', stranger);
  expect(shown).not.toContain(held.id);
  expect(shown).not.toContain(rejected.id);
  const own = await feedIds('everyone', friend);
  expect(own).toEqual(expect.arrayContaining([held.id, rejected.id]));
  const admin = await createPerson(prisma(), { roles: ['admin'] });
  const forAdmin = await feedIds('everyone', admin);
  expect(forAdmin).toContain(held.id);
  expect(forAdmin).not.toContain(rejected.id);
});

test('pages follow stable cursors without repeats or gaps', async () => {
  const author = await createPerson(prisma());
  const base = Date.now() - 3_600_000;
  const created: { id: string }[] = [];
  for (let index = 0; index < 5; index += 1) created.push(await createPostRow(prisma(), { authorId: author.id, createdAt: new Date(base + index * 1000) }));
  await prisma().follow.create({ data: { followerId: viewer.id, followeeId: author.id } });
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FeedData = (await platform.graphql<FeedData>(FEED, { scope: 'following', first: 2, after }, { token: viewer.token })).data!;
    seen.push(...page.feed.edges.map((edge) => edge.node.id).filter((id) => created.some((post) => post.id === id)));
    // A post written after the first page does not shift the pages that follow.
    if (after === null) await createPostRow(prisma(), { authorId: author.id });
    if (!page.feed.pageInfo.hasNextPage) break;
    after = page.feed.pageInfo.endCursor;
  }
  expect(seen).toEqual([...created].reverse().map((post) => post.id));
});

test('the anonymous are refused the feed', async () => {
  expect(errorCodes(await platform.graphql(FEED, { scope: 'everyone', first: 5 }))).toEqual(['UNAUTHENTICATED']);
});

test('school membership events fill and empty the mirror; deleting a user forgets them', async () => {
  const schoolId = randomUUID();
  const person = await createPerson(prisma());
  await prisma().$transaction((tx) => emitEvent(tx, 'users', 'SchoolMemberAdded', { schoolId, userId: person.id }));
  await waitFor(() => prisma().schoolMembershipMirror.findUnique({ where: { userId_schoolId: { userId: person.id, schoolId } } }), { what: 'the mirrored membership' });
  await prisma().$transaction((tx) => emitEvent(tx, 'users', 'SchoolMemberRemoved', { schoolId, userId: person.id }));
  await waitFor(async () => (await prisma().schoolMembershipMirror.count({ where: { userId: person.id } })) === 0, { what: 'the removed membership' });
  await prisma().schoolMembershipMirror.create({ data: { userId: person.id, schoolId } });
  await prisma().follow.create({ data: { followerId: person.id, followeeId: friend.id } });
  await prisma().$transaction((tx) => emitEvent(tx, 'users', 'UserDeleted', { userId: person.id }));
  await waitFor(async () => (await prisma().schoolMembershipMirror.count({ where: { userId: person.id } })) + (await prisma().follow.count({ where: { followerId: person.id } })) === 0, {
    what: 'the deleted person’s rows to go',
  });
});
