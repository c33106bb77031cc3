// Channels and their membership: creating, direct conversations, invitations, joining and leaving,
// roles and archiving. Each function runs its checks and writes in one transaction.
import type { Channel, ChannelInvite, ChannelMember, ChannelRole, Db, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { canModerateChannel, requireReadableChannel } from '../channel-access';
import { announceNotifications, createNotifications, type CreatedNotification } from '../notifications';
import type { PubSub } from '../../../kit/src/pubsub';
import { signedInViewerId as signedInId } from '../../../kit/src/signed-in';

/** Kinds a person may create directly; course channels come from courses, direct ones from openDirectChannel. */
export const CREATABLE_CHANNEL_KINDS = ['public', 'private', 'study_group'] as const;
export type CreatableChannelKind = (typeof CREATABLE_CHANNEL_KINDS)[number];

export const CHANNEL_NAME_MAX = 80;
export const CHANNEL_DESCRIPTION_MAX = 500;

export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createChannel(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { kind: CreatableChannelKind; name: string; description?: string | null },
): Promise<Channel> {
  const userId = signedInId(viewer);
  const name = input.name.trim();
  if (name.length === 0 || name.length > CHANNEL_NAME_MAX) throw badInput(`Give the channel a name of 1-${CHANNEL_NAME_MAX} characters.`, 'name');
  const description = (input.description ?? '').trim();
  if (description.length > CHANNEL_DESCRIPTION_MAX) throw badInput(`Keep the description under ${CHANNEL_DESCRIPTION_MAX} characters.`, 'description');
  return prisma.$transaction((tx) =>
    tx.channel.create({ data: { kind: input.kind, name, description, createdById: userId, members: { create: { userId, role: 'owner' } } } }),
  );
}

/** Both ids sorted and joined with ":" — one direct channel per pair, whoever opens it. */
export const directKeyOf = (a: string, b: string) => [a.toLowerCase(), b.toLowerCase()].sort().join(':');

/** The direct channel between the viewer and `otherUserId`, created on first use. */
export async function openDirectChannel(prisma: PrismaClient, viewer: Viewer, otherUserId: string): Promise<Channel> {
  const userId = signedInId(viewer);
  if (otherUserId.toLowerCase() === userId.toLowerCase()) throw badInput('You cannot open a direct conversation with yourself.', 'userId');
  const directKey = directKeyOf(userId, otherUserId);
  const existing = await prisma.channel.findUnique({ where: { directKey } });
  if (existing) return existing;
  try {
    return await prisma.$transaction((tx) =>
      tx.channel.create({
        data: {
          kind: 'direct',
          name: 'Direct conversation',
          directKey,
          createdById: userId,
          members: { create: [{ userId, role: 'member' }, { userId: otherUserId.toLowerCase(), role: 'member' }] },
        },
      }),
    );
  } catch (error) {
    // Both people opened it at once: the other transaction's channel is the one.
    if (isUniqueViolation(error)) return prisma.channel.findUniqueOrThrow({ where: { directKey } });
    throw error;
  }
}

async function memberOf(tx: Db, channelId: string, userId: string): Promise<ChannelMember | null> {
  return tx.channelMember.findUnique({ where: { channelId_userId: { channelId, userId } } });
}

function assertNotArchived(channel: Channel): void {
  if (channel.archivedAt !== null) throw conflict('This channel is archived; it no longer changes.');
}

async function ownerCount(tx: Db, channelId: string): Promise<number> {
  return tx.channelMember.count({ where: { channelId, role: 'owner' } });
}

export async function inviteToChannel(
  prisma: PrismaClient,
  pubsub: PubSub,
  viewer: Viewer,
  input: { channelId: string; userId: string },
): Promise<ChannelInvite> {
  const inviterId = signedInId(viewer);
  const inviteeId = input.userId.toLowerCase();
  let created: CreatedNotification[] = [];
  const invite = await prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, input.channelId);
    if (channel.kind !== 'private' && channel.kind !== 'study_group') {
      throw badInput('Only private channels and study groups take invitations; public channels can be joined directly.', 'channelId');
    }
    if (!canModerateChannel(viewer, member)) throw forbidden('Only the channel’s owners and moderators can invite people.');
    assertNotArchived(channel);
    if (inviteeId === inviterId) throw badInput('You are already in this channel.', 'userId');
    if (await memberOf(tx, channel.id, inviteeId)) throw conflict('That person is already a member of this channel.');
    const row = await tx.channelInvite.upsert({
      where: { channelId_inviteeId: { channelId: channel.id, inviteeId } },
      create: { channelId: channel.id, inviterId, inviteeId },
      update: { inviterId, status: 'pending', respondedAt: null, createdAt: new Date() },
    });
    created = await createNotifications(tx, [
      { userId: inviteeId, kind: 'invite', actorId: inviterId, payload: { channelId: channel.id, inviteId: row.id } },
    ]);
    return row;
  });
  await announceNotifications(pubsub, created);
  return invite;
}

export async function respondToChannelInvite(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { inviteId: string; accept: boolean },
): Promise<ChannelInvite> {
  const userId = signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const invite = await tx.channelInvite.findUnique({ where: { id: input.inviteId }, include: { channel: true } });
    if (invite === null || invite.inviteeId !== userId) throw notFound('That invitation');
    if (invite.status !== 'pending') throw conflict(`You already ${invite.status} this invitation.`);
    if (input.accept) {
      assertNotArchived(invite.channel);
      await tx.channelMember.upsert({
        where: { channelId_userId: { channelId: invite.channelId, userId } },
        create: { channelId: invite.channelId, userId, role: 'member' },
        update: {},
      });
    }
    return tx.channelInvite.update({
      where: { id: invite.id },
      data: { status: input.accept ? 'accepted' : 'declined', respondedAt: new Date() },
    });
  });
}

/** Joins a public channel; joining one you are already in changes nothing. */
export async function joinChannel(prisma: PrismaClient, viewer: Viewer, channelId: string): Promise<Channel> {
  const userId = signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, channelId);
    if (member) return channel;
    if (channel.kind !== 'public') throw forbidden('Only public channels can be joined; ask an owner for an invitation.');
    assertNotArchived(channel);
    await tx.channelMember.createMany({ data: [{ channelId, userId, role: 'member' }], skipDuplicates: true });
    return channel;
  });
}

/** Leaves a channel. The last owner must hand over first while anybody else remains. */
export async function leaveChannel(prisma: PrismaClient, viewer: Viewer, channelId: string): Promise<Channel> {
  const userId = signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, channelId);
    if (member === null) throw badInput('You are not a member of this channel.', 'channelId');
    if (member.role === 'owner' && (await ownerCount(tx, channelId)) === 1) {
      const others = await tx.channelMember.count({ where: { channelId, userId: { not: userId } } });
      if (others > 0) throw conflict('You are the last owner: make someone else an owner before you leave.');
    }
    await tx.channelMember.delete({ where: { channelId_userId: { channelId, userId } } });
    return channel;
  });
}

export async function setChannelMemberRole(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { channelId: string; userId: string; role: ChannelRole },
): Promise<ChannelMember> {
  signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, input.channelId);
    if (member?.role !== 'owner') throw forbidden('Only the channel’s owners can change roles.');
    if (channel.kind === 'direct') throw badInput('Direct conversations have no roles.', 'channelId');
    assertNotArchived(channel);
    const target = await memberOf(tx, channel.id, input.userId.toLowerCase());
    if (target === null) throw notFound('That member');
    if (target.role === input.role) return target;
    if (target.role === 'owner' && (await ownerCount(tx, channel.id)) === 1) {
      throw conflict('A channel needs an owner: make someone else an owner first.');
    }
    return tx.channelMember.update({ where: { channelId_userId: { channelId: channel.id, userId: target.userId } }, data: { role: input.role } });
  });
}

export async function removeChannelMember(prisma: PrismaClient, viewer: Viewer, input: { channelId: string; userId: string }): Promise<Channel> {
  const removerId = signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, input.channelId);
    if (!canModerateChannel(viewer, member)) throw forbidden('Only the channel’s owners and moderators can remove members.');
    if (channel.kind === 'direct') throw badInput('Nobody can be removed from a direct conversation.', 'channelId');
    const targetId = input.userId.toLowerCase();
    if (targetId === removerId) throw badInput('To remove yourself, leave the channel.', 'userId');
    const target = await memberOf(tx, channel.id, targetId);
    if (target === null) throw notFound('That member');
    if (target.role === 'owner' && member?.role !== 'owner') throw forbidden('Only owners can remove an owner.');
    await tx.channelMember.delete({ where: { channelId_userId: { channelId: channel.id, userId: targetId } } });
    return channel;
  });
}

export async function archiveChannel(prisma: PrismaClient, viewer: Viewer, channelId: string): Promise<Channel> {
  signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, channelId);
    if (member?.role !== 'owner' && !(viewer.kind === 'user' && viewer.roles.includes('admin'))) {
      throw forbidden('Only the channel’s owners can archive it.');
    }
    if (channel.archivedAt !== null) return channel;
    return tx.channel.update({ where: { id: channel.id }, data: { archivedAt: new Date() } });
  });
}

/**
 * Moves the viewer's read receipt forward to `seq` (never backwards). The sequence number must belong
 * to a message of the channel.
 */
export async function markChannelRead(prisma: PrismaClient, viewer: Viewer, input: { channelId: string; seq: number }): Promise<ChannelMember> {
  const userId = signedInId(viewer);
  return prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, input.channelId);
    if (member === null) throw forbidden('Join the channel to keep a read position in it.');
    if (!Number.isInteger(input.seq) || input.seq < 1 || input.seq > channel.lastSeq) {
      throw badInput(`seq must be the number of a message in this channel (1-${channel.lastSeq}).`, 'seq');
    }
    await tx.channelMember.updateMany({
      where: { channelId: channel.id, userId, lastReadSeq: { lt: input.seq } },
      data: { lastReadSeq: input.seq, lastReadAt: new Date() },
    });
    return tx.channelMember.findUniqueOrThrow({ where: { channelId_userId: { channelId: channel.id, userId } } });
  });
}
