// Notifications as their recipient reads them; nobody else ever sees them.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { topics, type NotificationEvent } from '../../realtime/topics';
import { UserRef, userReference } from './user';

export const NotificationType = builder.prismaObject('Notification', {
  description: 'Something that happened that concerns you: a mention, a reply, a comment, a moderation decision, an invitation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'mention | reply | comment | moderation | invite' }),
    payload: t.field({ type: 'JSON', description: 'What it points at, e.g. { channelId, messageId } or { postId }.', resolve: (row) => row.payload }),
    actor: t.field({ type: UserRef, nullable: true, resolve: (row) => (row.actorId ? userReference(row.actorId) : null) }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    description: 'Your notifications, newest first.',
    authScopes: { authenticated: true },
    args: { unreadOnly: t.arg.boolean() },
    resolve: (query, _root, args, context) =>
      context.prisma.notification.findMany({
        ...query,
        where: { userId: signedInUserId(context), ...(args.unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    description: 'Marks your notifications read (all of them, or those named); returns how many changed.',
    authScopes: { authenticated: true },
    args: { ids: t.arg.idList({ validate: z.array(z.uuid('Notification ids are UUIDs.')).max(500) }) },
    resolve: async (_root, args, context) => {
      const changed = await context.prisma.notification.updateMany({
        where: { userId: signedInUserId(context), readAt: null, ...(args.ids ? { id: { in: args.ids } } : {}) },
        data: { readAt: new Date() },
      });
      return changed.count;
    },
  }),
}));

builder.subscriptionFields((t) => ({
  notificationAdded: t.field({
    type: NotificationType,
    description: 'Your new notifications as they happen.',
    authScopes: { authenticated: true },
    subscribe: (_root, _args, context) => context.pubsub.subscribe<NotificationEvent>(topics.notifications(signedInUserId(context))),
    resolve: async (event: NotificationEvent, _args, context) =>
      context.prisma.notification.findUniqueOrThrow({ where: { id: event.notificationId } }),
  }),
}));
