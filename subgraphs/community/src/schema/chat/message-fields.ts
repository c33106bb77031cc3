// What the chat area adds to Message: reactions, attachments, edit history and the thread below it.
import { builder } from '../../builder';
import { canReadChannel } from '../../channel-access';
import { messagePage } from '../../chat/message-pages';
import { viewerMembership } from '../../loaders';
import { MessageType } from '../content/message';
import { MessageAttachmentType } from './message-attachment';
import { MessageConnection } from './message-connection';
import { MessageEditType } from './message-edit';
import { ReactionSummaryType } from './reaction-summary';
import { messageAttachments, messageEdits, messageReactions } from './loaders';

builder.prismaObjectFields(MessageType, (t) => ({
  reactions: t.field({
    type: [ReactionSummaryType],
    description: 'One entry per emoji, in order of first use.',
    resolve: (message, _args, context) => (message.deletedAt !== null ? [] : messageReactions(context).load(message.id)),
  }),
  attachments: t.field({
    type: [MessageAttachmentType],
    description: 'Files sent with the message; none once it is deleted.',
    resolve: (message, _args, context) => (message.deletedAt !== null ? [] : messageAttachments(context).load(message.id)),
  }),
  edits: t.field({
    type: [MessageEditType],
    description: 'Earlier versions, oldest first; empty for deleted messages and for held ones you may not read.',
    resolve: async (message, _args, context) => {
      if (message.deletedAt !== null) return [];
      const own = context.viewer.kind === 'user' && context.viewer.id === message.authorId;
      if (message.moderation !== 'visible' && !own) {
        const member = await viewerMembership(context).load(message.channelId);
        if (!(member?.role === 'owner' || member?.role === 'moderator')) return [];
      }
      return messageEdits(context).load(message.id);
    },
  }),
  thread: t.connection(
    {
      type: MessageType,
      description: 'Replies to this message, oldest first; open with `last` and scroll back with `before`.',
      resolve: async (message, args, context) => {
        const member = await viewerMembership(context).load(message.channelId);
        const channel = await context.prisma.channel.findUniqueOrThrow({ where: { id: message.channelId } });
        if (message.threadRootId !== null || !canReadChannel(context.viewer, channel, member)) {
          return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
        }
        return messagePage(context.prisma, context.viewer, channel, member, { ...args, threadRootId: message.id });
      },
    },
    MessageConnection,
  ),
}));
