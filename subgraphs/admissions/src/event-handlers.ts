// The events the admissions domain consumes, registered on the bus before it starts. Each area exports
// its handlers; this file is the one list.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { COURSE_COMPLETED_HANDLER, handleCourseCompletedForAdmissions } from './eligibility/completed-courses';
import { registerEvaluationEventHandlers } from './evaluation/event-handlers';
import { registerSubmissionEventHandlers } from './submission/event-handlers';

export function registerAdmissionsEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`admissions.${COURSE_COMPLETED_HANDLER}`, 'CourseCompleted', (event) => handleCourseCompletedForAdmissions(services.prisma, event));
  registerSubmissionEventHandlers(bus, services);
  registerEvaluationEventHandlers(bus, services);
}
