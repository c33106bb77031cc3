// messageAdded and messageUpdated: a channel's messages as they are sent, edited, deleted or moderated.
import { z } from 'zod';
import type { Message } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { requireReadableChannel } from '../../channel-access';
import { endPromptly } from '../../realtime/live-stream';
import { prismaMessageReader, streamChannelMessages } from '../../realtime/message-stream';
import { messageVisibilityFor } from '../../realtime/message-visibility';
import { topics, type MessageEvent } from '../../realtime/topics';
import { MessageType } from '../content/message';
import { channelIdSchema } from './arguments';
import { membershipGuardFor } from './guard';
import { refuseEnded, untilMembershipEnds, type AccessEnded } from '../../realtime/membership-guard';

builder.subscriptionFields((t) => ({
  messageAdded: t.field({
    type: MessageType,
    description:
      'New messages of a channel you can read, each exactly once and in `seq` order. Pass `after` (the last seq you saw) to ' +
      'first receive everything you missed, e.g. after a reconnect. Held and rejected messages reach only their author and moderators.',
    args: {
      channelId: t.arg.id({ required: true, validate: channelIdSchema }),
      after: t.arg.int({ validate: z.number().int().min(0, '`after` is a message seq: 0 or more.') }),
    },
    subscribe: async (_root, args, context) => {
      const { channel, member } = await requireReadableChannel(context.prisma, context.viewer, args.channelId);
      const messages = streamChannelMessages({
        pubsub: context.pubsub,
        channelId: args.channelId,
        after: args.after ?? null,
        reader: prismaMessageReader(context.prisma, args.channelId),
        isVisible: messageVisibilityFor(context.viewer, member),
      });
      return untilMembershipEnds(membershipGuardFor(context, channel), messages);
    },
    resolve: (event: Message | AccessEnded) => refuseEnded(event),
  }),

  messageUpdated: t.field({
    type: MessageType,
    description:
      'Edits, deletions (the message comes back as a tombstone: `deleted` true, no body) and moderation changes in a channel you can read. ' +
      'A message you could see that is then held or rejected comes with a null body, so clients can hide it; messages you never could see are not announced.',
    args: { channelId: t.arg.id({ required: true, validate: channelIdSchema }) },
    subscribe: async (_root, args, context) => {
      const { channel, member } = await requireReadableChannel(context.prisma, context.viewer, args.channelId);
      const isVisible = messageVisibilityFor(context.viewer, member);
      const live = context.pubsub.subscribe<MessageEvent>(topics.channelMessages(args.channelId));
      async function* updates(): AsyncGenerator<Message> {
        try {
          for await (const event of live) {
            if (event.kind !== 'updated') continue;
            const message = await context.prisma.message.findUnique({ where: { id: event.messageId } });
            if (message === null || message.channelId !== args.channelId) continue;
            // Readers who could not see the message before or after learn nothing about it; readers
            // who saw it and now may not get it without a body, so they can hide it.
            if (isVisible(message) || event.wasVisible === true) yield message;
          }
        } finally {
          await live.return?.();
        }
      }
      return untilMembershipEnds(membershipGuardFor(context, channel), endPromptly(updates(), () => void live.return?.()));
    },
    resolve: (event: Message | AccessEnded) => refuseEnded(event),
  }),
}));
