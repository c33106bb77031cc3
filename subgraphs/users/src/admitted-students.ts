// An accepted applicant becomes a student: admissions' ApplicationAccepted grants the student role. The
// role reaches the person's access token at its next refresh.
import { z } from 'zod';
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { domainFactHandler } from '../../kit/src/events/fact-handler';
import { addRole } from './roles';

export const GRANT_STUDENT_ROLE_HANDLER = 'grant-student-role';

/** The part of admissions' ApplicationAccepted payload users needs. */
export const applicationAcceptedSchema = z.object({ applicationId: z.uuid(), applicantId: z.uuid() });

export function registerAdmissionHandlers(bus: EventBus, services: SubgraphServices): void {
  const handle = domainFactHandler('users')(GRANT_STUDENT_ROLE_HANDLER, applicationAcceptedSchema, (tx, accepted) =>
    addRole(tx, accepted.applicantId, 'student'),
  );
  bus.on(`users.${GRANT_STUDENT_ROLE_HANDLER}`, 'ApplicationAccepted', (event) => handle(services.prisma, event));
}
