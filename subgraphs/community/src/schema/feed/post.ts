// The Post entity with its feed, the writing mutations and the live `postAdded` stream.
import type { Post } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { signFileUrl } from '../../../../kit/src/storage';
import { builder } from '../../builder';
import { announceNotifications } from '../../notifications';
import { publishPostEvent, topics, type PostEvent } from '../../realtime/topics';
import { canReadPost, loadAudience } from '../../feed/audience';
import { feedWhere, postMatchesScope, type FeedScope } from '../../feed/feed-query';
import { createPost, deletePost, editPost, likePost, sharePost, unlikePost, type PostMedia, type SignedInViewer } from '../../feed/posts';
import { isUuid } from '../../loaders';
import { ModerationStatusEnum, PostKindEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';
import { FeedScopeEnum } from './enums';
import { viewerAudience, viewerLikes } from './feed-loaders';
import { altTextRule, postBodyRule, uuidRule } from './rules';

/** Signed picture links live an hour, like avatars. */
const MEDIA_URL_TTL_SECONDS = 60 * 60;

const signedInViewer = (context: SubgraphContext): SignedInViewer => {
  signedInUserId(context);
  return context.viewer as SignedInViewer;
};

/** Authors and admins see why their content is held or hidden; others do not. */
const seesModeration = (post: Post, context: SubgraphContext) =>
  context.viewer.kind === 'user' && (context.viewer.id === post.authorId || context.viewer.roles.includes('admin'));

export const PostMediaType = builder.objectRef<PostMedia>('PostMedia').implement({
  description: 'A picture on a post.',
  fields: (t) => ({
    key: t.exposeString('fileKey'),
    url: t.string({ description: 'A signed link valid for an hour.', resolve: (media, _args, context) => signFileUrl(context.fileSigningSecret, media.fileKey, MEDIA_URL_TTL_SECONDS) }),
    contentType: t.exposeString('contentType'),
    width: t.exposeInt('width', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
    alt: t.exposeString('alt'),
  }),
});

export const PostType = builder.prismaObject('Post', {
  description: 'A post in the community feed: public, or shared with one course’s or one school’s members.',
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.field({ type: UserRef, resolve: (post) => userReference(post.authorId) }),
    kind: t.field({ type: PostKindEnum, resolve: (post) => post.kind }),
    body: t.string({ nullable: true, description: 'Markdown; null once deleted.', resolve: (post) => (post.deletedAt ? null : post.body) }),
    isPrayerRequest: t.exposeBoolean('isPrayerRequest'),
    scriptureRefs: t.exposeStringList('scriptureRefs', { description: 'Normalised Bible references found in the body, e.g. "John 3:16".' }),
    media: t.field({ type: [PostMediaType], resolve: (post) => (post.deletedAt ? [] : (post.media as unknown as PostMedia[])) }),
    courseId: t.exposeID('courseId', { nullable: true }),
    schoolId: t.exposeID('schoolId', { nullable: true }),
    likeCount: t.exposeInt('likeCount'),
    commentCount: t.exposeInt('commentCount'),
    shareCount: t.exposeInt('shareCount'),
    viewerLiked: t.boolean({ resolve: (post, _args, context) => viewerLikes(context).load(post.id) }),
    moderation: t.field({
      type: ModerationStatusEnum,
      nullable: true,
      description: 'Whether the post is shown; null unless you are its author or an admin.',
      resolve: (post, _args, context) => (seesModeration(post, context) ? post.moderation : null),
    }),
    moderationReason: t.string({
      nullable: true,
      description: 'Why a moderator rejected the post; only for its author and admins.',
      resolve: (post, _args, context) => (seesModeration(post, context) ? post.moderationReason : null),
    }),
    deleted: t.boolean({ resolve: (post) => post.deletedAt !== null }),
    editedAt: t.expose('editedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    comments: t.relatedConnection('comments', {
      cursor: 'id',
      description: 'Top-level comments, oldest first; each lists its replies.',
      args: {},
      query: (_args, context) => ({
        where: {
          parentCommentId: null,
          OR: [{ moderation: 'visible' as const, deletedAt: null }, ...(context.viewer.kind === 'user' ? [{ authorId: context.viewer.id, deletedAt: null }] : [])],
        },
        orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
      }),
    }),
  }),
});

builder.asEntity(PostType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so readability is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id) || context.viewer.kind !== 'user') return null;
    const post = await context.prisma.post.findUnique({ where: { id: reference.id } });
    return post && canReadPost(await viewerAudience(context), post) ? post : null;
  },
});

const PostMediaInput = builder.inputType('PostMediaInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'The key uploadPostMedia returned.' }),
    alt: t.string({ description: 'What the picture shows, for people who cannot see it.' }).validate(altTextRule.nullish()),
  }),
});

const CreatePostInput = builder.inputType('CreatePostInput', {
  fields: (t) => ({
    kind: t.field({ type: PostKindEnum, description: 'Announcements are for instructors and admins. @default text' }),
    body: t.string({ required: true, description: 'Markdown, 1–10,000 characters.' }).validate(postBodyRule),
    isPrayerRequest: t.boolean({ description: '@default false' }),
    courseId: t.id({ description: 'Share with the members of this course’s channel only.' }).validate(uuidRule('course').nullish()),
    schoolId: t.id({ description: 'Share with this school’s members only.' }).validate(uuidRule('school').nullish()),
    media: t.field({ type: [PostMediaInput], description: 'At most 10 pictures.' }),
  }),
});

const EditPostInput = builder.inputType('EditPostInput', {
  fields: (t) => ({
    postId: t.id({ required: true }).validate(uuidRule('post')),
    body: t.string({ description: 'Markdown, 1–10,000 characters.' }).validate(postBodyRule.nullish()),
    kind: t.field({ type: PostKindEnum }),
    isPrayerRequest: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  feed: t.prismaConnection({
    type: 'Post',
    cursor: 'id',
    description: 'Posts newest first. Held, rejected and deleted posts appear only to their author.',
    authScopes: { authenticated: true },
    args: { scope: t.arg({ type: FeedScopeEnum, required: true }) },
    resolve: async (query, _root, args, context) => {
      const where = await feedWhere(context.prisma, await viewerAudience(context), args.scope);
      return context.prisma.post.findMany({ ...query, where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    },
  }),
  post: t.prismaField({
    type: 'Post',
    nullable: true,
    description: 'A post you may see; null otherwise.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      const post = await context.prisma.post.findUnique({ ...query, where: { id: args.id } });
      return post && canReadPost(await viewerAudience(context), post) ? post : null;
    },
  }),
}));

/** Tells live subscribers about a post that is now shown. */
const announcePost = (context: SubgraphContext, post: Post) =>
  post.moderation === 'visible' && post.deletedAt === null
    ? publishPostEvent(context.pubsub, { postId: post.id, courseId: post.courseId, schoolId: post.schoolId, authorId: post.authorId })
    : Promise.resolve();

const postIdArg = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({ postId: t.arg.id({ required: true }).validate(uuidRule('post')) });

builder.mutationFields((t) => ({
  createPost: t.prismaField({
    type: 'Post',
    description:
      'Writes a post. Errors: FORBIDDEN for announcements by non-staff, for a course or school you are not a member of, or while banned; BAD_USER_INPUT for invalid input.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreatePostInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { post, notifications } = await createPost(context.prisma, context.storage, signedInViewer(context), {
        kind: input.kind ?? 'text',
        body: input.body,
        isPrayerRequest: input.isPrayerRequest ?? false,
        courseId: input.courseId,
        schoolId: input.schoolId,
        media: input.media ?? [],
      });
      await announceNotifications(context.pubsub, notifications);
      await announcePost(context, post);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: post.id } });
    },
  }),
  editPost: t.prismaField({
    type: 'Post',
    description: 'The author edits a post. Errors: NOT_FOUND, FORBIDDEN (not the author, or banned), BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EditPostInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { post, notifications } = await editPost(context.prisma, signedInViewer(context), input);
      await announceNotifications(context.pubsub, notifications);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: post.id } });
    },
  }),
  deletePost: t.prismaField({
    type: 'Post',
    description: 'Soft-deletes a post (its author or an admin). Errors: NOT_FOUND, FORBIDDEN.',
    authScopes: { authenticated: true },
    args: postIdArg(t),
    resolve: async (query, _root, args, context) => {
      const post = await deletePost(context.prisma, signedInViewer(context), args.postId);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: post.id } });
    },
  }),
  likePost: t.prismaField({
    type: 'Post',
    description: 'Idempotent. Errors: NOT_FOUND when you cannot see the post.',
    authScopes: { authenticated: true },
    args: postIdArg(t),
    resolve: async (query, _root, args, context) => {
      await likePost(context.prisma, signedInViewer(context), args.postId);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: args.postId } });
    },
  }),
  unlikePost: t.prismaField({
    type: 'Post',
    description: 'Idempotent. Errors: NOT_FOUND when you cannot see the post.',
    authScopes: { authenticated: true },
    args: postIdArg(t),
    resolve: async (query, _root, args, context) => {
      await unlikePost(context.prisma, signedInViewer(context), args.postId);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: args.postId } });
    },
  }),
  sharePost: t.prismaField({
    type: 'Post',
    description: 'Records a share and counts it. Errors: NOT_FOUND when you cannot see the post.',
    authScopes: { authenticated: true },
    args: postIdArg(t),
    resolve: async (query, _root, args, context) => {
      await sharePost(context.prisma, signedInViewer(context), args.postId);
      return context.prisma.post.findUniqueOrThrow({ ...query, where: { id: args.postId } });
    },
  }),
}));

/** The post events this subscriber may receive: in its scope, visible, and readable by it right now. */
async function* postsFor(context: SubgraphContext, scope: FeedScope): AsyncGenerator<PostEvent> {
  const viewer = signedInViewer(context);
  const events = context.pubsub.subscribe<PostEvent>(topics.posts());
  try {
    for await (const event of events) {
      const post = await context.prisma.post.findUnique({ where: { id: event.postId } });
      if (post === null || post.moderation !== 'visible' || post.deletedAt !== null) continue;
      // Memberships and follows change while a stream is open, so they are read per event.
      const audience = await loadAudience(context.prisma, viewer);
      const follows = scope === 'following' ? await context.prisma.follow.findMany({ where: { followerId: viewer.id, followeeId: post.authorId } }) : [];
      if (!canReadPost(audience, post) || !postMatchesScope(audience, scope, post, new Set(follows.map((follow) => follow.followeeId)))) continue;
      yield event;
    }
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  postAdded: t.field({
    type: PostType,
    description: 'New posts in a feed scope as they are published (held posts never appear).',
    authScopes: { authenticated: true },
    args: { scope: t.arg({ type: FeedScopeEnum, required: true }) },
    subscribe: (_root, args, context) => postsFor(context, args.scope),
    resolve: (event: PostEvent, _args, context) => context.prisma.post.findUniqueOrThrow({ where: { id: event.postId } }),
  }),
}));
