// Events the schools area consumes from users: consent to share progress, and deleted accounts. Each
// handler records the event as processed in the same transaction as its effect, so a
// redelivered event changes nothing.
import type { PrismaClient } from '../../../kit/src/db';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { domainFactHandler } from '../../../kit/src/events/fact-handler';
import { applySharingChange, forgetDeletedSchoolStudent, schoolProgressSharingChangedSchema, userDeletedSchema } from './school-students';

export type SchoolEventHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

// Parse, then apply and mark the event processed in one transaction, so a redelivery changes nothing.
const idempotent = domainFactHandler('courses');

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
