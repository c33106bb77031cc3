// Events the feed area consumes: school memberships (mirrored for the "my school" feed) and account
// deletions from users. Each handler marks the event processed in the same transaction as its effects.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';

const schoolMemberSchema = z.object({ schoolId: z.uuid(), userId: z.uuid() });
const userDeletedSchema = z.object({ userId: z.uuid() });

function idempotent<S extends z.ZodType>(handlerName: string, schema: S, apply: (tx: Db, payload: z.infer<S>) => Promise<unknown>) {
  return async (services: SubgraphServices, event: DomainEvent): Promise<void> => {
    const parsed = schema.safeParse(event.payload);
    if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
    await services.prisma.$transaction(async (tx) => {
      if (!(await handleOnce(tx, 'community', handlerName, event.id))) return;
      await apply(tx, parsed.data);
    });
  };
}

export const FEED_EVENT_HANDLERS = {
  'mirror-school-member-added': {
    type: 'SchoolMemberAdded',
    handle: idempotent('mirror-school-member-added', schoolMemberSchema, (tx, { schoolId, userId }) =>
      tx.schoolMembershipMirror.createMany({ data: [{ schoolId, userId }], skipDuplicates: true }),
    ),
  },
  'mirror-school-member-removed': {
    type: 'SchoolMemberRemoved',
    handle: idempotent('mirror-school-member-removed', schoolMemberSchema, (tx, { schoolId, userId }) =>
      tx.schoolMembershipMirror.deleteMany({ where: { schoolId, userId } }),
    ),
  },
  'forget-deleted-user': {
    type: 'UserDeleted',
    handle: idempotent('forget-deleted-user', userDeletedSchema, async (tx, { userId }) => {
      await tx.schoolMembershipMirror.deleteMany({ where: { userId } });
      await tx.follow.deleteMany({ where: { OR: [{ followerId: userId }, { followeeId: userId }] } });
      await tx.presenceSession.deleteMany({ where: { userId } });
    }),
  },
};

export function registerFeedEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(FEED_EVENT_HANDLERS)) {
    bus.on(`community.${handlerName}`, type, (event) => handle(services, event));
  }
}
