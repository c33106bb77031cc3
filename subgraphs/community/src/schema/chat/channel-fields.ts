// What the chat area adds to Channel: members, unread count, newest message, history and read receipts.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { forbidden, notFound } from '../../../../kit/src/errors';
import { hasRole } from '../../../../kit/src/viewer';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Channel } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { canReadChannel } from '../../channel-access';
import { messagePage } from '../../chat/message-pages';
import { viewerMembership } from '../../loaders';
import { ChannelType } from '../content/channel';
import { MessageType } from '../content/message';
import { idRule } from './arguments';
import { lastMessages } from './loaders';
import { MessageConnection } from './message-connection';
import { ReadReceiptType } from './read-receipt';

/** Channels reach the client only when readable, but an invitation names its channel too: check again. */
async function readableMembership(channel: Channel, context: SubgraphContext) {
  const member = await viewerMembership(context).load(channel.id);
  if (!canReadChannel(context.viewer, channel, member)) throw notFound('That channel');
  return member;
}

builder.prismaObjectFields(ChannelType, (t) => ({
  members: t.prismaField({
    type: ['ChannelMember'],
    description: 'Everyone in the channel, owners first. Only for people who can read the channel.',
    resolve: async (query, channel, _args, context) => {
      await readableMembership(channel, context);
      return context.prisma.channelMember.findMany({ ...query, where: { channelId: channel.id }, orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }] });
    },
  }),
  lastSeq: t.exposeInt('lastSeq', { description: 'The sequence number of the newest message (0 when there is none).' }),
  unreadCount: t.int({
    nullable: true,
    description:
      'Messages after your read receipt (lastSeq − lastReadSeq), counting every message after it including replies. ' +
      'Sending a message marks the channel read up to it, so your own messages never count. Null when you are not a member.',
    resolve: async (channel, _args, context) => {
      const member = await viewerMembership(context).load(channel.id);
      return member ? Math.max(0, channel.lastSeq - member.lastReadSeq) : null;
    },
  }),
  lastMessage: t.field({
    type: MessageType,
    nullable: true,
    description: 'The newest message (a tombstone when deleted; no body when held for moderation and not yours).',
    resolve: async (channel, _args, context) => {
      const member = await viewerMembership(context).load(channel.id);
      if (!canReadChannel(context.viewer, channel, member)) return null;
      return lastMessages(context).load({ channelId: channel.id, seq: channel.lastSeq });
    },
  }),
  messages: t.connection(
    {
      type: MessageType,
      description:
        'The channel’s top-level messages (or one thread’s replies), oldest first within a page. Open with `last` (default 50, at most 100) ' +
        'and scroll back with `before`; catch up with `first`/`after`. Deleted messages are tombstones; held ones appear only to their author and moderators.',
      args: { threadRootId: t.arg.id({ validate: idRule('message').nullish() }) },
      resolve: async (channel, args, context, info) => {
        const member = await readableMembership(channel, context);
        return messagePage(context.prisma, context.viewer, channel, member, args, queryFromInfo({ context, info, path: ['edges', 'node'] }));
      },
    },
    MessageConnection,
  ),
  readReceipts: t.field({
    type: [ReadReceiptType],
    description: 'How far each member has read. Only members (and admins) see them.',
    resolve: async (channel, _args, context) => {
      const member = await readableMembership(channel, context);
      if (member === null && !hasRole(context.viewer, 'admin')) throw forbidden('Only members see who has read what.');
      return context.prisma.channelMember.findMany({ where: { channelId: channel.id }, orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }] });
    },
  }),
}));
