// Every feed and moderation mutation refuses bad input with its documented code and writes nothing.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createPostRow } from './support/feed';

let platform: TestPlatform;
let person: Person;
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  person = await createPerson(platform.handle.services.prisma);
  admin = await createPerson(platform.handle.services.prisma, { roles: ['admin'] });
});

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;
const NOT_A_UUID = 'not-a-uuid';
const MISSING = '00000000-0000-4000-8000-000000000000';

interface Case {
  name: string;
  query: (postId: string) => string;
  code: string;
  asAdmin?: boolean;
  anonymous?: boolean;
}

const cases: Case[] = [
  { name: 'createPost with an empty body', query: () => 'mutation { createPost(input: { body: "   " }) { id } }', code: 'BAD_USER_INPUT' },
  { name: 'createPost with a body over 10,000 characters', query: () => `mutation { createPost(input: { body: "${'a'.repeat(10_001)}" }) { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'createPost for both a course and a school', query: () => `mutation { createPost(input: { body: "hi", courseId: "${MISSING}", schoolId: "${MISSING}" }) { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'createPost with a malformed course id', query: () => `mutation { createPost(input: { body: "hi", courseId: "${NOT_A_UUID}" }) { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'createPost with an unknown media key', query: () => 'mutation { createPost(input: { body: "hi", media: [{ key: "post-media/x/y.png" }] }) { id } }', code: 'BAD_USER_INPUT' },
  { name: 'createPost while signed out', query: () => 'mutation { createPost(input: { body: "hi" }) { id } }', code: 'UNAUTHENTICATED', anonymous: true },
  { name: 'editPost with an empty body', query: (id) => `mutation { editPost(input: { postId: "${id}", body: "" }) { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'editPost of a missing post', query: () => `mutation { editPost(input: { postId: "${MISSING}", body: "x" }) { id } }`, code: 'NOT_FOUND' },
  { name: 'deletePost with a malformed id', query: () => `mutation { deletePost(postId: "${NOT_A_UUID}") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'likePost of a missing post', query: () => `mutation { likePost(postId: "${MISSING}") { id } }`, code: 'NOT_FOUND' },
  { name: 'unlikePost with a malformed id', query: () => `mutation { unlikePost(postId: "${NOT_A_UUID}") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'sharePost of a missing post', query: () => `mutation { sharePost(postId: "${MISSING}") { id } }`, code: 'NOT_FOUND' },
  { name: 'addComment with an empty body', query: (id) => `mutation { addComment(postId: "${id}", body: " ") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'addComment replying to a missing comment', query: (id) => `mutation { addComment(postId: "${id}", body: "hi", parentCommentId: "${MISSING}") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'deleteComment of a missing comment', query: () => `mutation { deleteComment(commentId: "${MISSING}") { id } }`, code: 'NOT_FOUND' },
  { name: 'followUser with a malformed id', query: () => `mutation { followUser(userId: "${NOT_A_UUID}") }`, code: 'BAD_USER_INPUT' },
  { name: 'unfollowUser with a malformed id', query: () => `mutation { unfollowUser(userId: "${NOT_A_UUID}") }`, code: 'BAD_USER_INPUT' },
  { name: 'uploadPostMedia that is not base64', query: () => 'mutation { uploadPostMedia(fileName: "a.png", contentType: "image/png", dataBase64: "%%%") { key } }', code: 'BAD_USER_INPUT' },
  { name: 'uploadPostMedia of a PDF', query: () => `mutation { uploadPostMedia(fileName: "a.pdf", contentType: "application/pdf", dataBase64: "${Buffer.from('%PDF-1.4').toString('base64')}") { key } }`, code: 'BAD_USER_INPUT' },
  { name: 'uploadPostMedia whose bytes are not the declared image', query: () => `mutation { uploadPostMedia(fileName: "a.png", contentType: "image/png", dataBase64: "${Buffer.from('<html>').toString('base64')}") { key } }`, code: 'BAD_USER_INPUT' },
  { name: 'uploadPostMedia over 1 MB', query: () => `mutation { uploadPostMedia(fileName: "a.png", contentType: "image/png", dataBase64: "${'A'.repeat(1_500_000)}") { key } }`, code: 'BAD_USER_INPUT' },
  { name: 'report with a reason under 10 characters', query: (id) => `mutation { report(targetType: post, targetId: "${id}", reason: "bad") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'report with a reason over 500 characters', query: (id) => `mutation { report(targetType: post, targetId: "${id}", reason: "${'x'.repeat(501)}") { id } }`, code: 'BAD_USER_INPUT' },
  { name: 'report of a missing comment', query: () => `mutation { report(targetType: comment, targetId: "${MISSING}", reason: "Long enough reason") { id } }`, code: 'NOT_FOUND' },
  { name: 'decideModerationCase rejecting without a reason', query: () => `mutation { decideModerationCase(caseId: "${MISSING}", decision: reject) { id } }`, code: 'BAD_USER_INPUT', asAdmin: true },
  { name: 'decideModerationCase of a missing case', query: () => `mutation { decideModerationCase(caseId: "${MISSING}", decision: approve) { id } }`, code: 'NOT_FOUND', asAdmin: true },
  { name: 'banUser with a past expiry', query: () => `mutation { banUser(userId: "${MISSING}", reason: "Spam", expiresAt: "2000-01-01T00:00:00Z") { id } }`, code: 'BAD_USER_INPUT', asAdmin: true },
  { name: 'banUser with an empty reason', query: () => `mutation { banUser(userId: "${MISSING}", reason: " ") { id } }`, code: 'BAD_USER_INPUT', asAdmin: true },
  { name: 'banUser from a missing channel', query: () => `mutation { banUser(userId: "${MISSING}", channelId: "${MISSING}", reason: "Spam") { id } }`, code: 'NOT_FOUND', asAdmin: true },
  { name: 'liftBan of a missing ban', query: () => `mutation { liftBan(banId: "${MISSING}") { id } }`, code: 'NOT_FOUND', asAdmin: true },
  { name: 'addBlockedWord of one letter', query: () => 'mutation { addBlockedWord(word: "x") }', code: 'BAD_USER_INPUT', asAdmin: true },
  { name: 'removeBlockedWord of an over-long phrase', query: () => `mutation { removeBlockedWord(word: "${'y'.repeat(61)}") }`, code: 'BAD_USER_INPUT', asAdmin: true },
];

test.each(cases)('$name is $code and writes nothing', async ({ query, code, asAdmin, anonymous }) => {
  const post = await createPostRow(prisma(), { authorId: person.id });
  const before = await Promise.all([
    prisma().post.count({ where: { authorId: { in: [person.id, admin.id] } } }),
    prisma().postComment.count({ where: { postId: post.id } }),
    prisma().moderationCase.count({ where: { targetId: post.id } }),
    prisma().ban.count({ where: { userId: MISSING } }),
    prisma().storedFile.count({ where: { ownerId: { in: [person.id, admin.id] } } }),
    prisma().follow.count({ where: { followerId: person.id } }),
  ]);
  const response = await platform.graphql(query(post.id), {}, anonymous ? {} : { token: (asAdmin ? admin : person).token });
  expect(errorCodes(response)).toEqual([code]);
  const after = await Promise.all([
    prisma().post.count({ where: { authorId: { in: [person.id, admin.id] } } }),
    prisma().postComment.count({ where: { postId: post.id } }),
    prisma().moderationCase.count({ where: { targetId: post.id } }),
    prisma().ban.count({ where: { userId: MISSING } }),
    prisma().storedFile.count({ where: { ownerId: { in: [person.id, admin.id] } } }),
    prisma().follow.count({ where: { followerId: person.id } }),
  ]);
  expect(after).toEqual(before);
  expect((await prisma().post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe(post.body);
});
