// Per-request loaders of the feed area: one SQL statement per hop however many posts a page holds.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { PostComment } from '../../../../kit/src/db';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { loadAudience, type Audience } from '../../feed/audience';

/** What the signed-in viewer belongs to, loaded once per request. */
export function viewerAudience(context: SubgraphContext): Promise<Audience> {
  signedInUserId(context);
  const viewer = context.viewer as Extract<typeof context.viewer, { kind: 'user' }>;
  return context.loader('community.feed.audience', () => loadAudience(context.prisma, viewer));
}

/** Whether the viewer liked each post. */
export const viewerLikes = (context: SubgraphContext) =>
  context.loader('community.feed.viewerLikes', () =>
    new DataLoader<string, boolean>(async (postIds) => {
      if (context.viewer.kind !== 'user') return postIds.map(() => false);
      const rows = await context.prisma.postLike.findMany({ where: { userId: context.viewer.id, postId: { in: [...postIds] } }, select: { postId: true } });
      const liked = new Set(rows.map((row) => row.postId));
      return postIds.map((id) => liked.has(id));
    }),
  );

/** Replies to each top-level comment, oldest first; hidden ones only for their author and admins. */
export const commentReplies = (context: SubgraphContext) =>
  context.loader('community.feed.commentReplies', () =>
    new DataLoader<string, PostComment[]>(async (parentIds) => {
      const viewerId = context.viewer.kind === 'user' ? context.viewer.id : null;
      const rows = await context.prisma.postComment.findMany({
        where: {
          parentCommentId: { in: [...parentIds] },
          OR: [{ moderation: 'visible', deletedAt: null }, ...(viewerId ? [{ authorId: viewerId, deletedAt: null }] : [])],
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return parentIds.map((id) => rows.filter((row) => row.parentCommentId === id));
    }),
  );
