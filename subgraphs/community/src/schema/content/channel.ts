// The Channel entity: public facts for readers; the rest (members, messages, unread) in the chat area.
import { builder } from '../../builder';
import { canReadChannel } from '../../channel-access';
import { isUuid, viewerMembership } from '../../loaders';
import { ChannelKindEnum, ChannelRoleEnum } from './enums';

export const ChannelType = builder.prismaObject('Channel', {
  description: 'A place to talk: public, private (by invitation), a course’s channel, a direct conversation or a study group.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ChannelKindEnum, resolve: (channel) => channel.kind }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    courseId: t.exposeID('courseId', { nullable: true }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerRole: t.field({
      type: ChannelRoleEnum,
      nullable: true,
      description: 'Your role here; null when you are not a member.',
      resolve: async (channel, _args, context) => (await viewerMembership(context).load(channel.id))?.role ?? null,
    }),
  }),
});

builder.asEntity(ChannelType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so readability is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const channel = await context.prisma.channel.findUnique({ where: { id: reference.id } });
    if (channel === null) return null;
    const member = await viewerMembership(context).load(channel.id);
    return canReadChannel(context.viewer, channel, member) ? channel : null;
  },
});

builder.queryFields((t) => ({
  channel: t.prismaField({
    type: 'Channel',
    nullable: true,
    description: 'A channel you can read; null otherwise (private channels are not revealed to outsiders).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      const channel = await context.prisma.channel.findUnique({ ...query, where: { id: args.id } });
      if (channel === null) return null;
      const member = await viewerMembership(context).load(channel.id);
      return canReadChannel(context.viewer, channel, member) ? channel : null;
    },
  }),
}));
