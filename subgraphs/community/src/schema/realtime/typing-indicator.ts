// TypingIndicator, setTyping and typing: who is writing in a channel right now.
import { forbidden } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { canPostInChannel, requireReadableChannel } from '../../channel-access';
import { endPromptly } from '../../realtime/live-stream';
import { topics, type TypingEvent } from '../../realtime/topics';
import { announceTyping, typingThrottle } from '../../realtime/typing';
import { UserRef, userReference } from '../content/user';
import { channelIdSchema } from './arguments';
import { membershipGuardFor } from './guard';
import { refuseEnded, untilMembershipEnds, type AccessEnded } from '../../realtime/membership-guard';

export const TypingIndicatorType = builder.objectRef<TypingEvent>('TypingIndicator').implement({
  description: 'Someone is typing in a channel; hide the indicator after `expiresAt` unless it is renewed.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (event) => userReference(event.userId) }),
    channelId: t.exposeID('channelId'),
    expiresAt: t.field({ type: 'DateTime', resolve: (event) => event.expiresAt }),
  }),
});

builder.mutationFields((t) => ({
  setTyping: t.boolean({
    description:
      'Tells the channel you are typing. Call it as often as you like (e.g. on each keystroke): at most one announcement per person ' +
      'per channel every 3 seconds goes out, each lasting 6 seconds. Returns true when this call announced you, false when a recent ' +
      'announcement still stands.',
    authScopes: { authenticated: true },
    args: { channelId: t.arg.id({ required: true, validate: channelIdSchema }) },
    resolve: async (_root, args, context) => {
      const userId = signedInUserId(context);
      const { channel, member } = await requireReadableChannel(context.prisma, context.viewer, args.channelId);
      if (!canPostInChannel(context.viewer, channel, member)) throw forbidden('You cannot post in this channel.');
      return (await announceTyping(context.pubsub, typingThrottle, { channelId: channel.id, userId, now: new Date() })) !== null;
    },
  }),
}));

builder.subscriptionFields((t) => ({
  typing: t.field({
    type: TypingIndicatorType,
    description: 'Other people typing in a channel you can read (never yourself).',
    args: { channelId: t.arg.id({ required: true, validate: channelIdSchema }) },
    subscribe: async (_root, args, context) => {
      const viewerId = signedInUserId(context);
      const { channel } = await requireReadableChannel(context.prisma, context.viewer, args.channelId);
      const live = context.pubsub.subscribe<TypingEvent>(topics.channelTyping(args.channelId));
      async function* othersTyping(): AsyncGenerator<TypingEvent> {
        try {
          for await (const event of live) if (event.userId !== viewerId) yield event;
        } finally {
          await live.return?.();
        }
      }
      return untilMembershipEnds(membershipGuardFor(context, channel), endPromptly(othersTyping(), () => void live.return?.()));
    },
    resolve: (event: TypingEvent | AccessEnded) => refuseEnded(event),
  }),
}));
