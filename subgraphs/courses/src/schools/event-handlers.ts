// Events the schools area consumes from users: consent to share progress, and deleted accounts. Each
// handler records the event as processed in the same transaction as its effect (handleOnce), so a
// redelivered event changes nothing.
import type { z } from 'zod';
import type { Db, PrismaClient } from '../../../kit/src/db';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';
import { applySharingChange, forgetDeletedSchoolStudent, schoolProgressSharingChangedSchema, userDeletedSchema } from './school-students';

export type SchoolEventHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

function idempotent<S extends z.ZodType>(handlerName: string, schema: S, apply: (tx: Db, payload: z.infer<S>) => Promise<unknown>): SchoolEventHandler {
  return async (prisma, event) => {
    const parsed = schema.safeParse(event.payload);
    // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
    if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
    await prisma.$transaction(async (tx) => {
      if (!(await handleOnce(tx, 'courses', handlerName, event.id))) return;
      await apply(tx, parsed.data);
    });
  };
}

export const SCHOOL_EVENT_HANDLERS = {
  'mirror-school-student': {
    type: 'SchoolProgressSharingChanged',
    handle: idempotent('mirror-school-student', schoolProgressSharingChangedSchema, (tx, payload) => applySharingChange(tx, payload)),
  },
  'forget-deleted-school-student': {
    type: 'UserDeleted',
    handle: idempotent('forget-deleted-school-student', userDeletedSchema, (tx, payload) => forgetDeletedSchoolStudent(tx, payload)),
  },
} satisfies Record<string, { type: string; handle: SchoolEventHandler }>;

export function registerSchoolEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(SCHOOL_EVENT_HANDLERS)) {
    bus.on(`courses.${handlerName}`, type, (event) => handle(services.prisma, event));
  }
}
