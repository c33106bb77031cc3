// The events the courses domain consumes, registered on the bus before it starts.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerLearningEventHandlers } from './learning/event-handlers';
import { registerAssessmentEventHandlers } from './assessment/event-handlers';
import { registerSchoolEventHandlers } from './schools/event-handlers';

export function registerCoursesEventHandlers(bus: EventBus, services: SubgraphServices): void {
  registerLearningEventHandlers(bus, services);
  registerAssessmentEventHandlers(bus, services);
  registerSchoolEventHandlers(bus, services);
}
