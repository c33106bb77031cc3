// Writing posts through the gateway: who may post where, scripture references, media, edits, deletes,
// comments, likes and shares.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourseChannel, createMirroredSchool, createPostRow, TINY_PNG_BASE64 } from './support/feed';

let platform: TestPlatform;
let author: Person;
let reader: Person;
let instructor: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  const prisma = platform.handle.services.prisma;
  author = await createPerson(prisma, { displayName: 'Ada Author' });
  reader = await createPerson(prisma, { displayName: 'Rex Reader' });
  instructor = await createPerson(prisma, { roles: ['student', 'instructor'] });
});

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;

const CREATE = `mutation C($input: CreatePostInput!) {
  createPost(input: $input) { id kind body scriptureRefs courseId schoolId moderation likeCount commentCount shareCount viewerLiked media { key contentType width height alt url } }
}`;

interface CreatedPost {
  id: string;
  kind: string;
  scriptureRefs: string[];
  moderation: string | null;
  media: { key: string; width: number | null; alt: string; url: string }[];
}

const create = (input: Record<string, unknown>, person: Person) => platform.graphql<{ createPost: CreatedPost }>(CREATE, { input }, { token: person.token });

test('a public post stores normalised scripture references', async () => {
  const response = await create({ body: 'Loved Jn 3:16 and 1 Cor 13:4–7 today; not John 99:1.', kind: 'testimony' }, author);
  expect(response.errors).toBeUndefined();
  expect(response.data?.createPost).toMatchObject({ kind: 'testimony', scriptureRefs: ['John 3:16', '1 Corinthians 13:4-7'], moderation: 'visible' });
});

test('announcements are refused to students and allowed to instructors', async () => {
  expect(errorCodes(await create({ body: 'Hear ye', kind: 'announcement' }, author))).toEqual(['FORBIDDEN']);
  const response = await create({ body: 'Exams on Friday', kind: 'announcement' }, instructor);
  expect(response.data?.createPost.kind).toBe('announcement');
});

test('only members of a course’s channel may post to that course', async () => {
  const { courseId } = await createCourseChannel(prisma(), instructor.id, [author.id]);
  expect((await create({ body: 'Question on lecture 2', courseId }, author)).data?.createPost).toMatchObject({ courseId });
  const refused = await create({ body: 'Let me in', courseId }, reader);
  expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  expect(await prisma().post.count({ where: { courseId, authorId: reader.id } })).toBe(0);
});

test('only members of a school may post to that school', async () => {
  const schoolId = await createMirroredSchool(prisma(), [author.id]);
  expect((await create({ body: 'School picnic!', schoolId }, author)).data?.createPost).toMatchObject({ schoolId });
  expect(errorCodes(await create({ body: 'Hi school', schoolId }, reader))).toEqual(['FORBIDDEN']);
});

test('a stranger cannot read a course post, a member can', async () => {
  const { courseId } = await createCourseChannel(prisma(), instructor.id, [author.id]);
  const post = await createPostRow(prisma(), { authorId: instructor.id, courseId });
  const query = 'query P($id: ID!) { post(id: $id) { id body } }';
  expect((await platform.graphql<{ post: unknown }>(query, { id: post.id }, { token: reader.token })).data?.post).toBeNull();
  expect((await platform.graphql<{ post: { id: string } }>(query, { id: post.id }, { token: author.token })).data?.post?.id).toBe(post.id);
});

test('an uploaded picture is attached by its key with its size and alt text', async () => {
  const upload = await platform.graphql<{ uploadPostMedia: { key: string; contentType: string } }>(
    'mutation U($d: String!) { uploadPostMedia(fileName: "dot.png", contentType: "image/png", dataBase64: $d) { key contentType size } }',
    { d: TINY_PNG_BASE64 },
    { token: author.token },
  );
  expect(upload.errors).toBeUndefined();
  const key = upload.data!.uploadPostMedia.key;
  const response = await create({ body: 'A dot', media: [{ key, alt: 'one pixel' }] }, author);
  expect(response.data?.createPost.media).toEqual([expect.objectContaining({ key, width: 1, height: 1, alt: 'one pixel', contentType: 'image/png' })]);
  expect(response.data?.createPost.media[0]?.url).toMatch(/^\/files\//);
});

test('someone else’s picture key is refused', async () => {
  const upload = await platform.graphql<{ uploadPostMedia: { key: string } }>(
    'mutation U($d: String!) { uploadPostMedia(fileName: "dot.png", contentType: "image/png", dataBase64: $d) { key } }',
    { d: TINY_PNG_BASE64 },
    { token: author.token },
  );
  expect(errorCodes(await create({ body: 'Stolen', media: [{ key: upload.data!.uploadPostMedia.key }] }, reader))).toEqual(['BAD_USER_INPUT']);
});

test('the author edits a post and its references follow; others are refused', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id, body: 'Ps 23' });
  const edit = 'mutation E($input: EditPostInput!) { editPost(input: $input) { body scriptureRefs editedAt } }';
  const edited = await platform.graphql<{ editPost: { scriptureRefs: string[]; editedAt: string } }>(edit, { input: { postId: post.id, body: 'Rom 8:28' } }, { token: author.token });
  expect(edited.data?.editPost.scriptureRefs).toEqual(['Romans 8:28']);
  expect(edited.data?.editPost.editedAt).toBeTruthy();
  expect(errorCodes(await platform.graphql(edit, { input: { postId: post.id, body: 'hijack' } }, { token: reader.token }))).toEqual(['FORBIDDEN']);
});

test('a deleted post is gone for others and a tombstone for its author; admins may delete too', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const del = 'mutation D($id: ID!) { deletePost(postId: $id) { deleted body } }';
  expect(errorCodes(await platform.graphql(del, { id: post.id }, { token: reader.token }))).toEqual(['FORBIDDEN']);
  expect((await platform.graphql<{ deletePost: unknown }>(del, { id: post.id }, { token: author.token })).data?.deletePost).toEqual({ deleted: true, body: null });
  const query = 'query P($id: ID!) { post(id: $id) { id deleted } }';
  expect((await platform.graphql<{ post: unknown }>(query, { id: post.id }, { token: reader.token })).data?.post).toBeNull();
  const admin = await createPerson(prisma(), { roles: ['admin'] });
  const other = await createPostRow(prisma(), { authorId: author.id });
  expect((await platform.graphql<{ deletePost: { deleted: boolean } }>(del, { id: other.id }, { token: admin.token })).data?.deletePost.deleted).toBe(true);
});

test('likes are idempotent and counted; unlike undoes once', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const like = 'mutation L($id: ID!) { likePost(postId: $id) { likeCount viewerLiked } }';
  await platform.graphql(like, { id: post.id }, { token: reader.token });
  const twice = await platform.graphql<{ likePost: unknown }>(like, { id: post.id }, { token: reader.token });
  expect(twice.data?.likePost).toEqual({ likeCount: 1, viewerLiked: true });
  const unlike = 'mutation U($id: ID!) { unlikePost(postId: $id) { likeCount viewerLiked } }';
  await platform.graphql(unlike, { id: post.id }, { token: reader.token });
  expect((await platform.graphql<{ unlikePost: unknown }>(unlike, { id: post.id }, { token: reader.token })).data?.unlikePost).toEqual({ likeCount: 0, viewerLiked: false });
});

test('every share is a row and counted', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const share = 'mutation S($id: ID!) { sharePost(postId: $id) { shareCount } }';
  await platform.graphql(share, { id: post.id }, { token: reader.token });
  const second = await platform.graphql<{ sharePost: { shareCount: number } }>(share, { id: post.id }, { token: reader.token });
  expect(second.data?.sharePost.shareCount).toBe(2);
  expect(await prisma().postShare.count({ where: { postId: post.id } })).toBe(2);
});

test('comments and one-level replies notify the post author and the parent comment’s author', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const add = 'mutation A($postId: ID!, $body: String!, $parent: ID) { addComment(postId: $postId, body: $body, parentCommentId: $parent) { id parentCommentId } }';
  const top = await platform.graphql<{ addComment: { id: string } }>(add, { postId: post.id, body: 'Amen' }, { token: reader.token });
  const replier = await createPerson(prisma());
  const reply = await platform.graphql<{ addComment: { id: string; parentCommentId: string } }>(add, { postId: post.id, body: 'Agreed', parent: top.data!.addComment.id }, { token: replier.token });
  expect(reply.data?.addComment.parentCommentId).toBe(top.data!.addComment.id);
  const nested = await platform.graphql(add, { postId: post.id, body: 'Too deep', parent: reply.data!.addComment.id }, { token: author.token });
  expect(errorCodes(nested)).toEqual(['BAD_USER_INPUT']);
  expect((await prisma().post.findUniqueOrThrow({ where: { id: post.id } })).commentCount).toBe(2);
  const kinds = async (userId: string) => (await prisma().notification.findMany({ where: { userId, payload: { path: ['postId'], equals: post.id } } })).map((row) => row.kind).sort();
  expect(await kinds(author.id)).toEqual(['comment', 'comment']);
  expect(await kinds(reader.id)).toEqual(['reply']);
  const read = await platform.graphql<{ post: { comments: { edges: { node: { body: string; replies: { body: string }[] } }[] } } }>(
    'query P($id: ID!) { post(id: $id) { comments(first: 10) { edges { node { body replies { body } } } } } }',
    { id: post.id },
    { token: reader.token },
  );
  expect(read.data?.post.comments.edges.map((edge) => edge.node)).toEqual([{ body: 'Amen', replies: [{ body: 'Agreed' }] }]);
});

test('a deleted comment leaves the count and the thread', async () => {
  const post = await createPostRow(prisma(), { authorId: author.id });
  const added = await platform.graphql<{ addComment: { id: string } }>('mutation { addComment(postId: "' + post.id + '", body: "oops") { id } }', {}, { token: reader.token });
  const del = 'mutation D($id: ID!) { deleteComment(commentId: $id) { body } }';
  expect(errorCodes(await platform.graphql(del, { id: added.data!.addComment.id }, { token: author.token }))).toEqual(['FORBIDDEN']);
  expect((await platform.graphql<{ deleteComment: { body: null } }>(del, { id: added.data!.addComment.id }, { token: reader.token })).data?.deleteComment.body).toBeNull();
  expect((await prisma().post.findUniqueOrThrow({ where: { id: post.id } })).commentCount).toBe(0);
});

test('mentioned people who can see a course post are notified; outsiders are not', async () => {
  const { courseId } = await createCourseChannel(prisma(), instructor.id, [author.id, reader.id]);
  const outsider = await createPerson(prisma());
  const body = `Thanks @[Rex](${reader.id}) and @[Out](${outsider.id})`;
  const response = await create({ body, courseId }, author);
  const postId = response.data!.createPost.id;
  const mentionsOf = (userId: string) => prisma().notification.count({ where: { userId, kind: 'mention', payload: { path: ['postId'], equals: postId } } });
  expect(await mentionsOf(reader.id)).toBe(1);
  expect(await mentionsOf(outsider.id)).toBe(0);
});

test('a banned person cannot post or comment and is told why and until when', async () => {
  const banned = await createPerson(prisma());
  const expiresAt = new Date(Date.now() + 86_400_000);
  await prisma().ban.create({ data: { userId: banned.id, reason: 'Spamming links', bannedById: instructor.id, expiresAt } });
  const refused = await create({ body: 'Buy now' }, banned);
  expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  expect(refused.errors?.[0]?.message).toContain('Spamming links');
  expect(refused.errors?.[0]?.extensions?.expiresAt).toBe(expiresAt.toISOString());
  const post = await createPostRow(prisma(), { authorId: author.id });
  expect(errorCodes(await platform.graphql(`mutation { addComment(postId: "${post.id}", body: "spam") { id } }`, {}, { token: banned.token }))).toEqual(['FORBIDDEN']);
  expect(await prisma().post.count({ where: { authorId: banned.id } })).toBe(0);
});
