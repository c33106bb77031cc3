// Events the learning area consumes: access grants from economy, family links and deletions from users,
// acceptances into a program from admissions.
// Each handler records the event as processed in the same transaction as its effects (handleOnce), so a
// redelivered event changes nothing.
import type { z } from 'zod';
import type { Db, PrismaClient } from '../../../kit/src/db';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';
import { courseAccessGrantedSchema, courseAccessRevokedSchema, grantCourseAccess, revokeCourseAccess } from './access-grants';
import { forgetGuardianLinks, parentLinkConfirmedSchema, recordGuardianLink, userDeletedSchema } from './guardians';
import { ENROL_ACCEPTED_STUDENT_HANDLER, applicationAcceptedSchema, enrolAcceptedStudent } from './program-enrolment';

export type LearningEventHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

/** Parses the payload, then runs `apply` and the processed-event mark in one transaction. */
function idempotent<S extends z.ZodType>(
  handlerName: string,
  schema: S,
  apply: (tx: Db, payload: z.infer<S>) => Promise<unknown>,
): LearningEventHandler {
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

export const LEARNING_EVENT_HANDLERS = {
  'grant-course-access': {
    type: 'CourseAccessGranted',
    handle: idempotent('grant-course-access', courseAccessGrantedSchema, (tx, payload) => grantCourseAccess(tx, payload)),
  },
  'revoke-course-access': {
    type: 'CourseAccessRevoked',
    handle: idempotent('revoke-course-access', courseAccessRevokedSchema, (tx, payload) => revokeCourseAccess(tx, payload)),
  },
  'mirror-guardian-link': {
    type: 'ParentLinkConfirmed',
    handle: idempotent('mirror-guardian-link', parentLinkConfirmedSchema, (tx, payload) => recordGuardianLink(tx, payload)),
  },
  'forget-deleted-guardian': {
    type: 'UserDeleted',
    handle: idempotent('forget-deleted-guardian', userDeletedSchema, (tx, payload) => forgetGuardianLinks(tx, payload)),
  },
  [ENROL_ACCEPTED_STUDENT_HANDLER]: {
    type: 'ApplicationAccepted',
    handle: idempotent(ENROL_ACCEPTED_STUDENT_HANDLER, applicationAcceptedSchema, (tx, payload) => enrolAcceptedStudent(tx, payload)),
  },
} satisfies Record<string, { type: string; handle: LearningEventHandler }>;

export function registerLearningEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(LEARNING_EVENT_HANDLERS)) {
    bus.on(`courses.${handlerName}`, type, (event) => handle(services.prisma, event));
  }
}
