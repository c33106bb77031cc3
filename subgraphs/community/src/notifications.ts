// Notifications: written in the transaction of what caused them, announced after it commits.
import type { Db, Prisma } from '../../kit/src/db';
import type { PubSub } from '../../kit/src/pubsub';
import { publishNotificationEvent } from './realtime/topics';

export type NotificationKind = 'mention' | 'reply' | 'comment' | 'moderation' | 'invite';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** What it points at, e.g. { channelId, messageId } or { postId }. */
  payload: Prisma.InputJsonValue;
  actorId?: string;
}

export interface CreatedNotification {
  id: string;
  userId: string;
}

/** Writes the notifications (never to the actor themself); returns them for `announceNotifications`. */
export async function createNotifications(tx: Db, notifications: readonly NewNotification[]): Promise<CreatedNotification[]> {
  const wanted = notifications.filter((notification) => notification.userId !== notification.actorId);
  const created: CreatedNotification[] = [];
  for (const notification of wanted) {
    const row = await tx.notification.create({
      data: { userId: notification.userId, kind: notification.kind, payload: notification.payload, actorId: notification.actorId ?? null },
      select: { id: true, userId: true },
    });
    created.push(row);
  }
  return created;
}

/** Publishes notificationAdded for each, after the transaction that wrote them committed. */
export async function announceNotifications(pubsub: PubSub, created: readonly CreatedNotification[]): Promise<void> {
  await Promise.all(created.map((row) => publishNotificationEvent(pubsub, { notificationId: row.id, userId: row.userId })));
}
