// Channel and membership mutations: thin resolvers over src/chat/channels.ts.
import { builder } from '../../builder';
import {
  archiveChannel,
  createChannel,
  inviteToChannel,
  joinChannel,
  leaveChannel,
  markChannelRead,
  openDirectChannel,
  removeChannelMember,
  respondToChannelInvite,
  setChannelMemberRole,
  type CreatableChannelKind,
} from '../../chat/channels';
import { ChannelType } from '../content/channel';
import { ChannelRoleEnum } from '../content/enums';
import { idRule } from './arguments';
import { ChannelInviteType } from './channel-invite';
import { ChannelMemberType } from './channel-member';
import { CreateChannelInput, createChannelRule } from './create-channel-input';
import { ReadReceiptType } from './read-receipt';
import { publishMembershipRemoved } from '../../realtime/topics';
import { signedInUserId } from '../../../../kit/src/signed-in';

const authenticated = { authenticated: true } as const;

builder.mutationFields((t) => ({
  createChannel: t.field({
    type: ChannelType,
    description: 'Starts a public or private channel or a study group; you become its owner.',
    authScopes: authenticated,
    args: { input: t.arg({ type: CreateChannelInput, required: true, validate: createChannelRule }) },
    resolve: (_root, { input }, context) =>
      createChannel(context.prisma, context.viewer, { kind: input.kind as CreatableChannelKind, name: input.name, description: input.description }),
  }),
  openDirectChannel: t.field({
    type: ChannelType,
    description: 'Your direct conversation with someone: the existing one, or a new one.',
    authScopes: authenticated,
    args: { userId: t.arg.id({ required: true, validate: idRule('user') }) },
    resolve: (_root, args, context) => openDirectChannel(context.prisma, context.viewer, args.userId),
  }),
  inviteToChannel: t.field({
    type: ChannelInviteType,
    description: 'Invites someone into a private channel or study group (owners and moderators).',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }), userId: t.arg.id({ required: true, validate: idRule('user') }) },
    resolve: (_root, args, context) => inviteToChannel(context.prisma, context.pubsub, context.viewer, args),
  }),
  respondToChannelInvite: t.field({
    type: ChannelInviteType,
    description: 'Accepts (joining the channel) or declines an invitation addressed to you.',
    authScopes: authenticated,
    args: { inviteId: t.arg.id({ required: true, validate: idRule('invitation') }), accept: t.arg.boolean({ required: true }) },
    resolve: (_root, args, context) => respondToChannelInvite(context.prisma, context.viewer, args),
  }),
  joinChannel: t.field({
    type: ChannelType,
    description: 'Joins a public channel.',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }) },
    resolve: (_root, args, context) => joinChannel(context.prisma, context.viewer, args.channelId),
  }),
  leaveChannel: t.field({
    type: ChannelType,
    description: 'Leaves a channel. The last owner must make someone else an owner first (CONFLICT).',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }) },
    resolve: async (_root, args, context) => {
      const channel = await leaveChannel(context.prisma, context.viewer, args.channelId);
      await publishMembershipRemoved(context.pubsub, channel.id, signedInUserId(context));
      return channel;
    },
  }),
  setChannelMemberRole: t.field({
    type: ChannelMemberType,
    description: 'Makes a member an owner, moderator or plain member (owners only).',
    authScopes: authenticated,
    args: {
      channelId: t.arg.id({ required: true, validate: idRule('channel') }),
      userId: t.arg.id({ required: true, validate: idRule('user') }),
      role: t.arg({ type: ChannelRoleEnum, required: true }),
    },
    resolve: (_root, args, context) => setChannelMemberRole(context.prisma, context.viewer, args),
  }),
  removeChannelMember: t.field({
    type: ChannelType,
    description: 'Removes someone from a channel (owners and moderators; only owners remove owners).',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }), userId: t.arg.id({ required: true, validate: idRule('user') }) },
    resolve: async (_root, args, context) => {
      const channel = await removeChannelMember(context.prisma, context.viewer, args);
      await publishMembershipRemoved(context.pubsub, channel.id, args.userId.toLowerCase());
      return channel;
    },
  }),
  archiveChannel: t.field({
    type: ChannelType,
    description: 'Archives a channel (owners): it stays readable but takes no new messages or members.',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }) },
    resolve: (_root, args, context) => archiveChannel(context.prisma, context.viewer, args.channelId),
  }),
  markChannelRead: t.field({
    type: ReadReceiptType,
    description: 'Moves your read receipt to `seq` (a message of the channel); it never moves backwards.',
    authScopes: authenticated,
    args: { channelId: t.arg.id({ required: true, validate: idRule('channel') }), seq: t.arg.int({ required: true }) },
    resolve: (_root, args, context) => markChannelRead(context.prisma, context.viewer, args),
  }),
}));
