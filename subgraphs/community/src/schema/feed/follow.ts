// Following people, for the "following" feed.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { followUser, unfollowUser } from '../../feed/posts';
import { uuidRule } from './rules';

builder.mutationFields((t) => ({
  followUser: t.boolean({
    description: 'Idempotent. Errors: BAD_USER_INPUT for yourself or an invalid id.',
    authScopes: { authenticated: true },
    args: { userId: t.arg.id({ required: true }).validate(uuidRule('user')) },
    resolve: async (_root, args, context) => {
      await followUser(context.prisma, signedInUserId(context), args.userId);
      return true;
    },
  }),
  unfollowUser: t.boolean({
    description: 'Idempotent.',
    authScopes: { authenticated: true },
    args: { userId: t.arg.id({ required: true }).validate(uuidRule('user')) },
    resolve: async (_root, args, context) => {
      await unfollowUser(context.prisma, signedInUserId(context), args.userId);
      return true;
    },
  }),
}));
