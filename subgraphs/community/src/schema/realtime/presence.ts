// Presence, reportPresence, endPresenceSession, presence and presenceChanged: who is online. Signed-in
// people only.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { endPromptly, subscribeToAll, subscriptionsLive } from '../../realtime/live-stream';
import { endPresenceSession, presenceOf, reportPresence, type OverallStatus, type PersonPresence } from '../../realtime/presence';
import { publishPresenceEvent, topics, type PresenceEvent } from '../../realtime/topics';
import { PresenceStatusEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';

/** Most people one presence query or subscription may watch. */
export const MAX_PRESENCE_USER_IDS = 100;

const userIdsSchema = z
  .array(z.uuid('User ids are UUIDs.'))
  .min(1, 'Name at least one person.')
  .max(MAX_PRESENCE_USER_IDS, `Ask for at most ${MAX_PRESENCE_USER_IDS} people at a time.`);
const sessionIdSchema = z.uuid('The session id is the tab’s UUID (crypto.randomUUID()).');

interface PresenceView {
  userId: string;
  status: OverallStatus;
  changedAt: Date | string | null;
}

export const PresenceType = builder.objectRef<PresenceView>('Presence').implement({
  description: 'Whether a person is online (any tab active), away (every tab idle) or offline (no tab for 75 seconds).',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (presence) => userReference(presence.userId) }),
    status: t.field({ type: PresenceStatusEnum, resolve: (presence) => presence.status }),
    changedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the status last changed: on events the moment of the change; when asked, since when the person is connected (null when offline).',
      resolve: (presence) => presence.changedAt,
    }),
  }),
});

builder.queryFields((t) => ({
  presence: t.field({
    type: [PresenceType],
    description: 'The current status of up to 100 people, in the order asked.',
    authScopes: { authenticated: true },
    args: { userIds: t.arg.idList({ required: true, validate: userIdsSchema }) },
    resolve: (_root, args, context) => presenceOf(context.prisma, args.userIds),
  }),
}));

builder.mutationFields((t) => ({
  reportPresence: t.boolean({
    description:
      'A heartbeat from one tab: send it every 30 seconds with the tab’s own UUID and whether the person is active (online) or idle (away). ' +
      'Returns true when your overall status changed. CONFLICT when the session id belongs to someone else.',
    authScopes: { authenticated: true },
    args: {
      sessionId: t.arg.id({ required: true, validate: sessionIdSchema }),
      status: t.arg({
        type: PresenceStatusEnum,
        required: true,
        validate: z.enum(['online', 'away'], 'Report online or away; end the session to go offline.'),
      }),
    },
    resolve: async (_root, args, context) => {
      const userId = signedInUserId(context);
      const status = args.status === 'away' ? 'away' : 'online';
      const change = await reportPresence(context.prisma, { userId, sessionId: args.sessionId, status });
      if (change !== null) await publishPresenceEvent(context.pubsub, change);
      return change !== null;
    },
  }),

  endPresenceSession: t.boolean({
    description: 'Ends one tab’s session (send it when the tab closes). Returns false when there was no such session of yours.',
    authScopes: { authenticated: true },
    args: { sessionId: t.arg.id({ required: true, validate: sessionIdSchema }) },
    resolve: async (_root, args, context) => {
      const userId = signedInUserId(context);
      const { ended, change } = await endPresenceSession(context.prisma, { userId, sessionId: args.sessionId });
      if (change !== null) await publishPresenceEvent(context.pubsub, change);
      return ended;
    },
  }),
}));

builder.subscriptionFields((t) => ({
  presenceChanged: t.field({
    type: PresenceType,
    description: 'The current status of each of up to 100 people first, then every change of their status.',
    authScopes: { authenticated: true },
    args: { userIds: t.arg.idList({ required: true, validate: userIdsSchema }) },
    subscribe: (_root, args, context) => {
      // Scope checks wrap resolvers, not subscribe: refuse here so the anonymous get an error, not a stream.
      signedInUserId(context);
      const userIds = [...new Set(args.userIds)];
      const live = subscribeToAll<PresenceEvent>(context.pubsub, userIds.map(topics.presence));
      async function* changes(): AsyncGenerator<PresenceView> {
        try {
          await subscriptionsLive(context.pubsub);
          // A sweeper announces a timeout a little after a query already reports it; say each status once.
          const lastSent = new Map<string, OverallStatus>();
          const current: PersonPresence[] = await presenceOf(context.prisma, userIds);
          for (const presence of current) {
            lastSent.set(presence.userId, presence.status);
            yield presence;
          }
          for await (const event of live) {
            if (lastSent.get(event.userId) === event.status) continue;
            lastSent.set(event.userId, event.status);
            yield event;
          }
        } finally {
          await live.return?.();
        }
      }
      return endPromptly(changes(), () => void live.return?.());
    },
    resolve: (presence: PresenceView) => presence,
  }),
}));
