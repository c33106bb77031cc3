// Who may read and act in a channel. Plain values in, decisions out; resolvers and domain code share it.
import type { Channel, ChannelMember, Db } from '../../kit/src/db';
import { notFound, unauthenticated } from '../../kit/src/errors';
import { hasRole, type Viewer } from '../../kit/src/viewer';

/** Public channels are open to every signed-in person; every other kind only to its members. */
export function canReadChannel(viewer: Viewer, channel: Pick<Channel, 'kind'>, member: Pick<ChannelMember, 'role'> | null): boolean {
  if (viewer.kind !== 'user') return false;
  if (hasRole(viewer, 'admin')) return true;
  return channel.kind === 'public' || member !== null;
}

/** Members post; in public channels anyone signed in may post (joining on the way is the caller's choice). */
export function canPostInChannel(viewer: Viewer, channel: Pick<Channel, 'kind' | 'archivedAt'>, member: Pick<ChannelMember, 'role'> | null): boolean {
  if (viewer.kind !== 'user' || channel.archivedAt !== null) return false;
  return member !== null || channel.kind === 'public';
}

/** Owners and moderators of the channel, and platform admins. */
export function canModerateChannel(viewer: Viewer, member: Pick<ChannelMember, 'role'> | null): boolean {
  if (viewer.kind !== 'user') return false;
  return hasRole(viewer, 'admin') || member?.role === 'owner' || member?.role === 'moderator';
}

export interface ChannelWithMembership {
  channel: Channel;
  member: ChannelMember | null;
}

/**
 * Loads a channel the viewer may read, or throws: UNAUTHENTICATED for the anonymous, NOT_FOUND when it
 * does not exist or the viewer may not read it (a private channel's existence is not revealed).
 */
export async function requireReadableChannel(db: Db, viewer: Viewer, channelId: string): Promise<ChannelWithMembership> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to read channels.');
  const channel = await db.channel.findUnique({ where: { id: channelId } });
  const member = channel ? await db.channelMember.findUnique({ where: { channelId_userId: { channelId, userId: viewer.id } } }) : null;
  if (channel === null || !canReadChannel(viewer, channel, member)) throw notFound('That channel');
  return { channel, member };
}
