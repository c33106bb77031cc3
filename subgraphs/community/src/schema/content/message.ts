// The Message entity. Deleted messages stay as tombstones (no body); held and rejected messages show
// their body only to their author and the channel's moderators.
import type { Message } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { builder } from '../../builder';
import { canModerateChannel, canReadChannel } from '../../channel-access';
import { isUuid, viewerMembership } from '../../loaders';
import { ModerationStatusEnum } from './enums';
import { UserRef, userReference } from './user';

async function mayReadBody(message: Message, context: SubgraphContext): Promise<boolean> {
  if (message.deletedAt !== null) return false;
  if (message.moderation === 'visible') return true;
  if (context.viewer.kind === 'user' && context.viewer.id === message.authorId) return true;
  return canModerateChannel(context.viewer, await viewerMembership(context).load(message.channelId));
}

export const MessageType = builder.prismaObject('Message', {
  description: 'A chat message. `seq` orders a channel’s messages; pass the last one you saw to catch up.',
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq'),
    channel: t.relation('channel'),
    author: t.field({ type: UserRef, resolve: (message) => userReference(message.authorId) }),
    body: t.string({
      nullable: true,
      description: 'Markdown; null for deleted messages and for held or rejected ones you may not see.',
      resolve: async (message, _args, context) => ((await mayReadBody(message, context)) ? message.body : null),
    }),
    deleted: t.boolean({ resolve: (message) => message.deletedAt !== null }),
    moderation: t.field({
      type: ModerationStatusEnum,
      description: 'Whether the message is shown; held messages wait for a moderator.',
      resolve: (message) => message.moderation,
    }),
    threadRootId: t.exposeID('threadRootId', { nullable: true }),
    replyCount: t.exposeInt('replyCount'),
    mentions: t.field({ type: [UserRef], resolve: (message) => message.mentionedUserIds.map(userReference) }),
    editedAt: t.expose('editedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.asEntity(MessageType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const message = await context.prisma.message.findUnique({ where: { id: reference.id }, include: { channel: true } });
    if (message === null) return null;
    const member = await viewerMembership(context).load(message.channelId);
    return canReadChannel(context.viewer, message.channel, member) ? message : null;
  },
});
