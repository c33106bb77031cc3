// The viewer's own channels and pending invitations.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { ChannelKindEnum } from '../content/enums';

builder.queryFields((t) => ({
  myChannels: t.prismaField({
    type: ['Channel'],
    description: 'Channels you belong to (archived ones excluded unless asked), most recently created first; ask for unreadCount and lastMessage.',
    authScopes: { authenticated: true },
    args: { kind: t.arg({ type: ChannelKindEnum }), includeArchived: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, context) =>
      context.prisma.channel.findMany({
        ...query,
        where: {
          members: { some: { userId: signedInUserId(context) } },
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.includeArchived ? {} : { archivedAt: null }),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
  myChannelInvites: t.prismaField({
    type: ['ChannelInvite'],
    description: 'Invitations waiting for your answer, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.channelInvite.findMany({
        ...query,
        where: { inviteeId: signedInUserId(context), status: 'pending', channel: { archivedAt: null } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
}));
