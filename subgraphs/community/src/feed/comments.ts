// Comments on posts, one level deep: a comment either answers the post or replies to a top-level comment.
import type { PostComment, PrismaClient } from '../../../kit/src/db';
import { badInput, forbidden, notFound } from '../../../kit/src/errors';
import { hasRole } from '../../../kit/src/viewer';
import { mentionedUserIds } from '../mentions';
import { createNotifications, type CreatedNotification, type NewNotification } from '../notifications';
import { openBlockedWordCase } from './moderation';
import { assertNotBanned, heldForBlockedWords } from './moderation-rules';
import { notifyMentioned, requireReadablePost, type SignedInViewer } from './posts';

export interface WrittenComment {
  comment: PostComment;
  notifications: CreatedNotification[];
}

export async function addComment(
  prisma: PrismaClient,
  viewer: SignedInViewer,
  input: { postId: string; body: string; parentCommentId?: string | null },
): Promise<WrittenComment> {
  return prisma.$transaction(async (tx) => {
    const post = await requireReadablePost(tx, viewer, input.postId);
    if (post.deletedAt !== null || post.moderation !== 'visible') throw notFound('That post');
    await assertNotBanned(tx, { userId: viewer.id });
    const parent = input.parentCommentId ? await tx.postComment.findUnique({ where: { id: input.parentCommentId } }) : null;
    if (input.parentCommentId) {
      if (parent === null || parent.postId !== post.id || parent.deletedAt !== null || parent.moderation !== 'visible') {
        throw badInput('Reply to a comment on this same post.', 'parentCommentId');
      }
      if (parent.parentCommentId !== null) throw badInput('Replies are one level deep: reply to the top-level comment instead.', 'parentCommentId');
    }
    const blocked = await heldForBlockedWords(tx, input.body);
    const comment = await tx.postComment.create({
      data: {
        postId: post.id,
        authorId: viewer.id,
        parentCommentId: parent?.id ?? null,
        body: input.body,
        moderation: blocked.length > 0 ? 'held' : 'visible',
      },
    });
    if (blocked.length > 0) {
      await openBlockedWordCase(tx, { targetType: 'comment', targetId: comment.id, authorId: viewer.id, words: blocked });
      return { comment, notifications: [] };
    }
    await tx.post.update({ where: { id: post.id }, data: { commentCount: { increment: 1 } } });
    const payload = { postId: post.id, commentId: comment.id };
    const direct: NewNotification[] = [{ userId: post.authorId, kind: 'comment', payload, actorId: viewer.id }];
    if (parent) direct.push({ userId: parent.authorId, kind: 'reply', payload, actorId: viewer.id });
    // One notice per person: a post author replied to on their own post hears of the reply only.
    const byUser = new Map(direct.map((notification) => [notification.userId, notification]));
    const notifications = await createNotifications(tx, [...byUser.values()]);
    const mentioned = mentionedUserIds(input.body).filter((id) => !byUser.has(id));
    notifications.push(...(await notifyMentioned(tx, post, mentioned, viewer.id, { commentId: comment.id })));
    return { comment, notifications };
  });
}

/** Soft delete by the comment's author or an admin; the post's count follows. */
export async function deleteComment(prisma: PrismaClient, viewer: SignedInViewer, commentId: string): Promise<PostComment> {
  return prisma.$transaction(async (tx) => {
    const comment = await tx.postComment.findUnique({ where: { id: commentId } });
    if (comment === null || comment.deletedAt !== null) throw notFound('That comment');
    await requireReadablePost(tx, viewer, comment.postId);
    if (comment.moderation !== 'visible' && comment.authorId !== viewer.id && !hasRole(viewer, 'admin')) throw notFound('That comment');
    if (comment.authorId !== viewer.id && !hasRole(viewer, 'admin')) throw forbidden('Only the author or an admin can delete a comment.');
    if (comment.moderation === 'visible') await tx.post.update({ where: { id: comment.postId }, data: { commentCount: { decrement: 1 } } });
    return tx.postComment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
  });
}
