// Bans: admins ban from the whole community, channel owners and moderators from their channel.
import { z } from 'zod';
import type { SubgraphContext } from '../../../../kit/src/context';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { banUser, liftBan } from '../../feed/moderation';
import type { SignedInViewer } from '../../feed/posts';
import { UserRef, userReference } from '../content/user';
import { banReasonRule, uuidRule } from './rules';

const signedInViewer = (context: SubgraphContext): SignedInViewer => {
  signedInUserId(context);
  return context.viewer as SignedInViewer;
};

export const BanType = builder.prismaObject('Ban', {
  description: 'A person barred from posting, commenting and sending messages, everywhere or in one channel.',
  fields: (t) => ({
    id: t.exposeID('id'),
    user: t.field({ type: UserRef, resolve: (ban) => userReference(ban.userId) }),
    channelId: t.exposeID('channelId', { nullable: true, description: 'Null for a community-wide ban.' }),
    reason: t.exposeString('reason'),
    bannedBy: t.field({ type: UserRef, resolve: (ban) => userReference(ban.bannedById) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    liftedAt: t.expose('liftedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.mutationFields((t) => ({
  banUser: t.prismaField({
    type: 'Ban',
    description:
      'Without channelId: admins only. With it: the channel’s owners and moderators. Errors: BAD_USER_INPUT, NOT_FOUND (channel), FORBIDDEN.',
    authScopes: { authenticated: true },
    args: {
      userId: t.arg.id({ required: true }).validate(uuidRule('user')),
      channelId: t.arg.id().validate(uuidRule('channel').nullish()),
      reason: t.arg.string({ required: true, description: '3–500 characters; shown to the person.' }).validate(banReasonRule),
      expiresAt: t.arg({ type: 'DateTime', description: 'Leave out for a ban without end.' }).validate(z.date().nullish()),
    },
    resolve: async (query, _root, args, context) => {
      const ban = await banUser(context.prisma, signedInViewer(context), args);
      return context.prisma.ban.findUniqueOrThrow({ ...query, where: { id: ban.id } });
    },
  }),
  liftBan: t.prismaField({
    type: 'Ban',
    description: 'Ends a ban now (idempotent). Same permissions as banUser. Errors: NOT_FOUND, FORBIDDEN.',
    authScopes: { authenticated: true },
    args: { banId: t.arg.id({ required: true }).validate(uuidRule('ban')) },
    resolve: async (query, _root, args, context) => {
      const ban = await liftBan(context.prisma, signedInViewer(context), args.banId);
      return context.prisma.ban.findUniqueOrThrow({ ...query, where: { id: ban.id } });
    },
  }),
}));
