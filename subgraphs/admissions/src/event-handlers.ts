// The events the admissions domain consumes, registered on the bus before it starts.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { COURSE_COMPLETED_HANDLER, handleCourseCompletedForAdmissions } from './eligibility/completed-courses';

export function registerAdmissionsEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`admissions.${COURSE_COMPLETED_HANDLER}`, 'CourseCompleted', (event) => handleCourseCompletedForAdmissions(services.prisma, event));
}
