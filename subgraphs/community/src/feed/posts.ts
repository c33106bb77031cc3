// Posts: writing, editing and deleting them, likes, shares and the pictures attached to them. Every
// write runs in one transaction; the caller announces notifications and live events after it commits.
import { randomUUID } from 'node:crypto';
import type { Db, Post, PostKind, Prisma, PrismaClient } from '../../../kit/src/db';
import { badInput, forbidden, notFound } from '../../../kit/src/errors';
import { checkUpload, recordStoredFile, type Storage } from '../../../kit/src/storage';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { mentionedUserIds } from '../mentions';
import { createNotifications, type CreatedNotification } from '../notifications';
import { canReadPost, loadAudience, membersOfPostScope } from './audience';
import { assertNotBanned, heldForBlockedWords } from './moderation-rules';
import { openBlockedWordCase } from './moderation';
import { normalisedScriptureReferences } from '../../../kit/src/scripture-references';
import { ownedStoredFiles } from '../../../kit/src/storage';

import type { SignedInViewer } from '../../../kit/src/signed-in';

export type { SignedInViewer };

export const POST_MEDIA_MAX_BYTES = 1024 * 1024;
export const POST_MEDIA_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const POST_MEDIA_PURPOSE = 'post-media';
export const MAX_MEDIA_PER_POST = 10;
const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Staff may post announcements. */
export const canAnnounce = (viewer: Viewer) => ['instructor', 'school_admin', 'admin'].some((role) => hasRole(viewer, role as never));

/** One picture on a post, as stored in `Post.media`. */
export interface PostMedia {
  fileKey: string;
  contentType: string;
  width: number | null;
  height: number | null;
  alt: string;
}

export interface WrittenPost {
  post: Post;
  notifications: CreatedNotification[];
}

/** Stores an uploaded picture for a post the uploader is about to write; returns its storage key. */
export async function uploadPostMedia(
  prisma: PrismaClient,
  storage: Storage,
  input: { userId: string; contentType: string; bytes: Buffer },
): Promise<{ key: string; contentType: string; size: number }> {
  const contentType = checkUpload({
    bytes: input.bytes,
    declaredContentType: input.contentType,
    allowed: { contentTypes: POST_MEDIA_CONTENT_TYPES, maxBytes: POST_MEDIA_MAX_BYTES },
  });
  const key = `post-media/${input.userId}/${randomUUID()}.${EXTENSIONS[contentType] ?? 'img'}`;
  await storage.put(key, input.bytes, contentType);
  try {
    await prisma.$transaction((tx) => recordStoredFile(tx, { key, ownerId: input.userId, contentType, size: input.bytes.length, purpose: POST_MEDIA_PURPOSE }));
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  return { key, contentType, size: input.bytes.length };
}

/** Pixel size from a PNG, GIF or JPEG header, or nulls when it cannot be read cheaply. */
export function imageSize(bytes: Buffer): { width: number | null; height: number | null } {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes.toString('ascii', 1, 4) === 'PNG') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length >= 10 && bytes.toString('ascii', 0, 3) === 'GIF') return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
      const marker = bytes[offset + 1]!;
      const length = bytes.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return { width: null, height: null };
}

async function resolveMedia(tx: Db, storage: Storage, authorId: string, media: readonly { key: string; alt?: string | null }[]): Promise<PostMedia[]> {
  if (media.length === 0) return [];
  if (media.length > MAX_MEDIA_PER_POST) throw badInput(`Attach at most ${MAX_MEDIA_PER_POST} pictures.`, 'media');
  const keys = media.map((item) => item.key);
  if (new Set(keys).size !== keys.length) throw badInput('Each picture can be attached once. Remove the duplicate.', 'media');
  const files = await ownedStoredFiles(tx, { keys, ownerId: authorId, purpose: POST_MEDIA_PURPOSE });
  const byKey = new Map(files.map((file) => [file.key, file]));
  const resolved: PostMedia[] = [];
  for (const item of media) {
    const file = byKey.get(item.key);
    if (!file) throw badInput('A picture key is not one of your uploads. Upload the picture with uploadPostMedia and use the key it returns.', 'media');
    const stored = await storage.get(item.key);
    resolved.push({ fileKey: file.key, contentType: file.contentType, ...(stored ? imageSize(stored.bytes) : { width: null, height: null }), alt: item.alt ?? '' });
  }
  return resolved;
}

async function assertMayPostIn(tx: Db, viewer: SignedInViewer, target: { courseId?: string | null; schoolId?: string | null }): Promise<void> {
  if (target.courseId) {
    const member = await tx.channelMember.findFirst({ where: { userId: viewer.id, channel: { kind: 'course', courseId: target.courseId } }, select: { userId: true } });
    if (!member && !hasRole(viewer, 'admin')) throw forbidden('Only members of this course’s channel can post to it. Enroll in the course to join.');
  }
  if (target.schoolId) {
    const member = await tx.schoolMembershipMirror.findUnique({ where: { userId_schoolId: { userId: viewer.id, schoolId: target.schoolId } } });
    if (!member && !hasRole(viewer, 'admin')) throw forbidden('Only members of this school can post to it.');
  }
}

/** Notifies the mentioned people who can see the post. */
export async function notifyMentioned(
  tx: Db,
  post: Pick<Post, 'id' | 'courseId' | 'schoolId'>,
  userIds: readonly string[],
  actorId: string,
  extra: Prisma.InputJsonObject = {},
): Promise<CreatedNotification[]> {
  const mentioned = await membersOfPostScope(tx, post, userIds);
  return createNotifications(tx, mentioned.map((userId) => ({ userId, kind: 'mention' as const, payload: { postId: post.id, ...extra }, actorId })));
}

export interface CreatePostInput {
  kind: PostKind;
  body: string;
  isPrayerRequest: boolean;
  courseId?: string | null;
  schoolId?: string | null;
  media: { key: string; alt?: string | null }[];
}

export async function createPost(prisma: PrismaClient, storage: Storage, viewer: SignedInViewer, input: CreatePostInput): Promise<WrittenPost> {
  if (input.courseId && input.schoolId) throw badInput('Share a post with one course or one school, not both.', 'schoolId');
  if (input.kind === 'announcement' && !canAnnounce(viewer)) throw forbidden('Only instructors and school or platform admins can post announcements.');
  return prisma.$transaction(async (tx) => {
    await assertNotBanned(tx, { userId: viewer.id });
    await assertMayPostIn(tx, viewer, input);
    const media = await resolveMedia(tx, storage, viewer.id, input.media);
    const blocked = await heldForBlockedWords(tx, input.body);
    const post = await tx.post.create({
      data: {
        authorId: viewer.id,
        kind: input.kind,
        body: input.body,
        isPrayerRequest: input.isPrayerRequest,
        scriptureRefs: normalisedScriptureReferences(input.body),
        media: media as unknown as Prisma.InputJsonValue,
        courseId: input.courseId ?? null,
        schoolId: input.schoolId ?? null,
        moderation: blocked.length > 0 ? 'held' : 'visible',
      },
    });
    if (blocked.length > 0) {
      await openBlockedWordCase(tx, { targetType: 'post', targetId: post.id, authorId: viewer.id, words: blocked });
      return { post, notifications: [] };
    }
    return { post, notifications: await notifyMentioned(tx, post, mentionedUserIds(input.body), viewer.id) };
  });
}

/** Loads a post the viewer may see, or NOT_FOUND (never revealing what they may not see). */
export async function requireReadablePost(db: Db, viewer: SignedInViewer, postId: string): Promise<Post> {
  const post = await db.post.findUnique({ where: { id: postId } });
  if (post === null || !canReadPost(await loadAudience(db, viewer), post)) throw notFound('That post');
  return post;
}

/** Like `requireReadablePost`, but only posts that are shown to everyone in their scope. */
async function requireShownPost(db: Db, viewer: SignedInViewer, postId: string): Promise<Post> {
  const post = await requireReadablePost(db, viewer, postId);
  if (post.deletedAt !== null || post.moderation !== 'visible') throw notFound('That post');
  return post;
}

export interface EditPostInput {
  postId: string;
  body?: string | null;
  kind?: PostKind | null;
  isPrayerRequest?: boolean | null;
}

/** The author edits; a body that now has blocked words is held again for a moderator. */
export async function editPost(prisma: PrismaClient, viewer: SignedInViewer, input: EditPostInput): Promise<WrittenPost> {
  if (input.kind === 'announcement' && !canAnnounce(viewer)) throw forbidden('Only instructors and school or platform admins can post announcements.');
  return prisma.$transaction(async (tx) => {
    const current = await requireReadablePost(tx, viewer, input.postId);
    if (current.deletedAt !== null) throw notFound('That post');
    if (current.authorId !== viewer.id) throw forbidden('Only the author can edit a post.');
    await assertNotBanned(tx, { userId: viewer.id });
    const body = input.body ?? current.body;
    const blocked = input.body != null ? await heldForBlockedWords(tx, body) : [];
    const hold = blocked.length > 0 && current.moderation === 'visible';
    const post = await tx.post.update({
      where: { id: current.id },
      data: {
        body,
        scriptureRefs: normalisedScriptureReferences(body),
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.isPrayerRequest != null ? { isPrayerRequest: input.isPrayerRequest } : {}),
        ...(hold ? { moderation: 'held' as const } : {}),
        editedAt: new Date(),
      },
    });
    if (hold) await openBlockedWordCase(tx, { targetType: 'post', targetId: post.id, authorId: viewer.id, words: blocked });
    // Only people newly mentioned by this edit hear about it.
    const before = new Set(mentionedUserIds(current.body));
    const added = mentionedUserIds(body).filter((id) => !before.has(id));
    if (post.moderation !== 'visible' || added.length === 0) return { post, notifications: [] };
    return { post, notifications: await notifyMentioned(tx, post, added, viewer.id) };
  });
}

/** Soft delete by the author or an admin. */
export async function deletePost(prisma: PrismaClient, viewer: SignedInViewer, postId: string): Promise<Post> {
  return prisma.$transaction(async (tx) => {
    const post = await requireReadablePost(tx, viewer, postId);
    if (post.deletedAt !== null) throw notFound('That post');
    if (post.authorId !== viewer.id && !hasRole(viewer, 'admin')) throw forbidden('Only the author or an admin can delete a post.');
    return tx.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
  });
}

/** Idempotent: a second like changes nothing. The count moves in the same transaction as the row. */
export async function likePost(prisma: PrismaClient, viewer: SignedInViewer, postId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireShownPost(tx, viewer, postId);
    const inserted = await tx.postLike.createMany({ data: [{ postId, userId: viewer.id }], skipDuplicates: true });
    if (inserted.count > 0) await tx.post.update({ where: { id: postId }, data: { likeCount: { increment: inserted.count } } });
  });
}

export async function unlikePost(prisma: PrismaClient, viewer: SignedInViewer, postId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireReadablePost(tx, viewer, postId);
    const removed = await tx.postLike.deleteMany({ where: { postId, userId: viewer.id } });
    if (removed.count > 0) await tx.post.update({ where: { id: postId }, data: { likeCount: { decrement: removed.count } } });
  });
}

/** Every share is a row; the count is their number. */
export async function sharePost(prisma: PrismaClient, viewer: SignedInViewer, postId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireShownPost(tx, viewer, postId);
    await tx.postShare.create({ data: { postId, userId: viewer.id } });
    await tx.post.update({ where: { id: postId }, data: { shareCount: { increment: 1 } } });
  });
}

export async function followUser(prisma: PrismaClient, followerId: string, followeeId: string): Promise<void> {
  if (followerId === followeeId) throw badInput('You cannot follow yourself.', 'userId');
  await prisma.follow.createMany({ data: [{ followerId, followeeId }], skipDuplicates: true });
}

export async function unfollowUser(prisma: PrismaClient, followerId: string, followeeId: string): Promise<void> {
  await prisma.follow.deleteMany({ where: { followerId, followeeId } });
}
