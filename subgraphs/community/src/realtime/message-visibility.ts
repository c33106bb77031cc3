// Which messages a reader receives on live streams: held and rejected ones reach only their author and
// the channel's moderators.
import type { ChannelMember, Message } from '../../../kit/src/db';
import type { Viewer } from '../../../kit/src/viewer';
import { canModerateChannel } from '../channel-access';

export type MessageVisibility = (message: Pick<Message, 'moderation' | 'authorId'>) => boolean;

/** Decides once per subscription, from the viewer's membership when it started. */
export function messageVisibilityFor(viewer: Viewer, member: Pick<ChannelMember, 'role'> | null): MessageVisibility {
  const moderates = canModerateChannel(viewer, member);
  const viewerId = viewer.kind === 'user' ? viewer.id : null;
  return (message) => message.moderation === 'visible' || moderates || message.authorId === viewerId;
}
