// ReactionChange and reactionChanged: someone added or removed an emoji on a message.
import type { Message } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { requireReadableChannel } from '../../channel-access';
import { endPromptly } from '../../realtime/live-stream';
import { messageVisibilityFor } from '../../realtime/message-visibility';
import { topics, type ReactionEvent } from '../../realtime/topics';
import { MessageType } from '../content/message';
import { UserRef, userReference } from '../content/user';
import { channelIdSchema } from './arguments';
import { membershipGuardFor } from './guard';
import { refuseEnded, untilMembershipEnds, type AccessEnded } from '../../realtime/membership-guard';

interface ReactionChange {
  message: Message;
  emoji: string;
  count: number;
  userId: string;
  added: boolean;
}

export const ReactionChangeType = builder.objectRef<ReactionChange>('ReactionChange').implement({
  description: 'A reaction added to or removed from a message, with the emoji’s new total on it.',
  fields: (t) => ({
    message: t.field({ type: MessageType, resolve: (change) => change.message }),
    emoji: t.exposeString('emoji'),
    count: t.exposeInt('count', { description: 'How many people now react with this emoji.' }),
    user: t.field({ type: UserRef, description: 'Who reacted or took their reaction back.', resolve: (change) => userReference(change.userId) }),
    added: t.exposeBoolean('added', { description: 'True when added, false when removed.' }),
  }),
});

builder.subscriptionFields((t) => ({
  reactionChanged: t.field({
    type: ReactionChangeType,
    description: 'Reactions added and removed in a channel you can read (on held or rejected messages only for their author and moderators).',
    args: { channelId: t.arg.id({ required: true, validate: channelIdSchema }) },
    subscribe: async (_root, args, context) => {
      const { channel, member } = await requireReadableChannel(context.prisma, context.viewer, args.channelId);
      const isVisible = messageVisibilityFor(context.viewer, member);
      const live = context.pubsub.subscribe<ReactionEvent>(topics.channelReactions(args.channelId));
      async function* changes(): AsyncGenerator<ReactionChange> {
        try {
          for await (const event of live) {
            const message = await context.prisma.message.findUnique({ where: { id: event.messageId } });
            if (message === null || message.channelId !== args.channelId || !isVisible(message)) continue;
            const count = await context.prisma.messageReaction.count({ where: { messageId: message.id, emoji: event.emoji } });
            yield { message, emoji: event.emoji, count, userId: event.userId, added: event.added };
          }
        } finally {
          await live.return?.();
        }
      }
      return untilMembershipEnds(membershipGuardFor(context, channel), endPromptly(changes(), () => void live.return?.()));
    },
    resolve: (event: ReactionChange | AccessEnded) => refuseEnded(event),
  }),
}));
