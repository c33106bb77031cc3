// Comments on posts (one level of replies) and the mutations that add and delete them.
import { signedInUserId } from '../../../../kit/src/signed-in';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { PostComment } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { addComment, deleteComment } from '../../feed/comments';
import type { SignedInViewer } from '../../feed/posts';
import { announceNotifications } from '../../notifications';
import { ModerationStatusEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';
import { commentReplies } from './feed-loaders';
import { commentBodyRule, uuidRule } from './rules';

const seesModeration = (comment: PostComment, context: SubgraphContext) =>
  context.viewer.kind === 'user' && (context.viewer.id === comment.authorId || context.viewer.roles.includes('admin'));

export const PostCommentType = builder.prismaObject('PostComment', {
  description: 'A comment on a post, or a reply to a top-level comment.',
  fields: (t) => ({
    id: t.exposeID('id'),
    post: t.relation('post'),
    author: t.field({ type: UserRef, resolve: (comment) => userReference(comment.authorId) }),
    body: t.string({ nullable: true, description: 'Null once deleted.', resolve: (comment) => (comment.deletedAt ? null : comment.body) }),
    parentCommentId: t.exposeID('parentCommentId', { nullable: true }),
    moderation: t.field({
      type: ModerationStatusEnum,
      nullable: true,
      description: 'Null unless you are the author or an admin.',
      resolve: (comment, _args, context) => (seesModeration(comment, context) ? comment.moderation : null),
    }),
    moderationReason: t.string({
      nullable: true,
      resolve: (comment, _args, context) => (seesModeration(comment, context) ? comment.moderationReason : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(PostCommentType, (t) => ({
  replies: t.field({
    type: [PostCommentType],
    description: 'Replies to a top-level comment, oldest first.',
    resolve: (comment, _args, context) => (comment.parentCommentId === null ? commentReplies(context).load(comment.id) : []),
  }),
}));

builder.mutationFields((t) => ({
  addComment: t.prismaField({
    type: 'PostComment',
    description:
      'Comments on a post you can see, or replies to one of its top-level comments. Errors: NOT_FOUND, FORBIDDEN while banned, BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: {
      postId: t.arg.id({ required: true }).validate(uuidRule('post')),
      body: t.arg.string({ required: true, description: 'Markdown, 1–4,000 characters.' }).validate(commentBodyRule),
      parentCommentId: t.arg.id({ description: 'A top-level comment of the same post.' }).validate(uuidRule('comment').nullish()),
    },
    resolve: async (query, _root, args, context) => {
      signedInUserId(context);
      const { comment, notifications } = await addComment(context.prisma, context.viewer as SignedInViewer, args);
      await announceNotifications(context.pubsub, notifications);
      return context.prisma.postComment.findUniqueOrThrow({ ...query, where: { id: comment.id } });
    },
  }),
  deleteComment: t.prismaField({
    type: 'PostComment',
    description: 'Soft-deletes a comment (its author or an admin). Errors: NOT_FOUND, FORBIDDEN.',
    authScopes: { authenticated: true },
    args: { commentId: t.arg.id({ required: true }).validate(uuidRule('comment')) },
    resolve: async (query, _root, args, context) => {
      signedInUserId(context);
      const comment = await deleteComment(context.prisma, context.viewer as SignedInViewer, args.commentId);
      return context.prisma.postComment.findUniqueOrThrow({ ...query, where: { id: comment.id } });
    },
  }),
}));
