// The pub/sub topics the community domain publishes on and subscribes to, with their payloads. Domain
// code publishes after its transaction commits; subscription resolvers load what the payload names.
import type { PubSub } from '../../../kit/src/pubsub';

/** A message was added, edited, deleted or moderated. Subscribers reload it by id and filter by seq. */
export interface MessageEvent {
  kind: 'added' | 'updated';
  channelId: string;
  messageId: string;
  seq: number;
  /**
   * For updates: whether everyone could see the message before this change. A message hidden from a
   * reader before and after is not announced to them, so held messages stay unknown to them.
   */
  wasVisible?: boolean;
}

/** The reactions of a message changed; subscribers reload its reaction summary. */
export interface ReactionEvent {
  channelId: string;
  messageId: string;
  userId: string;
  emoji: string;
  added: boolean;
}

export interface TypingEvent {
  channelId: string;
  userId: string;
  /** ISO-8601; clients hide the indicator after this. */
  expiresAt: string;
}

export interface PresenceEvent {
  userId: string;
  status: 'online' | 'away' | 'offline';
  /** ISO-8601. */
  changedAt: string;
}

export interface PostEvent {
  postId: string;
  /** Null for public posts. */
  courseId: string | null;
  schoolId: string | null;
  authorId: string;
}

/** Someone stopped being a member (left, was removed, dropped the course): their live streams end. */
export interface MembershipEvent {
  channelId: string;
  userId: string;
  change: 'removed';
}

export interface NotificationEvent {
  notificationId: string;
  userId: string;
}

export const topics = {
  channelMessages: (channelId: string) => `community.channel.${channelId}.messages`,
  channelReactions: (channelId: string) => `community.channel.${channelId}.reactions`,
  channelTyping: (channelId: string) => `community.channel.${channelId}.typing`,
  channelMembership: (channelId: string) => `community.channel.${channelId}.membership`,
  presence: (userId: string) => `community.presence.${userId}`,
  posts: () => 'community.posts',
  notifications: (userId: string) => `community.user.${userId}.notifications`,
} as const;

export const publishMessageEvent = (pubsub: PubSub, event: MessageEvent) => pubsub.publish(topics.channelMessages(event.channelId), event);
export const publishReactionEvent = (pubsub: PubSub, event: ReactionEvent) => pubsub.publish(topics.channelReactions(event.channelId), event);
export const publishTypingEvent = (pubsub: PubSub, event: TypingEvent) => pubsub.publish(topics.channelTyping(event.channelId), event);
export const publishPresenceEvent = (pubsub: PubSub, event: PresenceEvent) => pubsub.publish(topics.presence(event.userId), event);
export const publishPostEvent = (pubsub: PubSub, event: PostEvent) => pubsub.publish(topics.posts(), event);
export const publishNotificationEvent = (pubsub: PubSub, event: NotificationEvent) => pubsub.publish(topics.notifications(event.userId), event);
export const publishMembershipRemoved = (pubsub: PubSub, channelId: string, userId: string) =>
  pubsub.publish(topics.channelMembership(channelId), { channelId, userId, change: 'removed' } satisfies MembershipEvent);
