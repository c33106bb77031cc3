// Events the learning area consumes: access grants from economy, family links and deletions from users,
// acceptances into a program from admissions.
// Each handler records the event as processed in the same transaction as its effects (handleOnce), so a
// redelivered event changes nothing.
import type { PrismaClient } from '../../../kit/src/db';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { domainFactHandler } from '../../../kit/src/events/fact-handler';
import { courseAccessGrantedSchema, courseAccessRevokedSchema, grantCourseAccess, revokeCourseAccess } from './access-grants';
import { forgetGuardianLinks, parentLinkConfirmedSchema, recordGuardianLink, userDeletedSchema } from './guardians';
import { ENROL_ACCEPTED_STUDENT_HANDLER, applicationAcceptedSchema, enrolAcceptedStudent } from './program-enrolment';

export type LearningEventHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

// Parse, then apply and mark the event processed in one transaction, so a redelivery changes nothing.
const idempotent = domainFactHandler('courses');

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
