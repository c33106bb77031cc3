// The events the commerce area consumes. Each consumer group is `economy.<handler name>`, the name
// its handler records processed events under.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import type { EconomyEventHandler } from '../events/fact-handler';
import { RECORD_APPLICATION_FEE_HANDLER, handleApplicationFeeDue } from './application-fees';
import { MIRROR_COURSE_OWNER_HANDLER, handleCourseCreated } from './course-prices';

export const COMMERCE_EVENT_HANDLERS: Record<string, { type: string; handle: EconomyEventHandler }> = {
  [MIRROR_COURSE_OWNER_HANDLER]: { type: 'CourseCreated', handle: handleCourseCreated },
  [RECORD_APPLICATION_FEE_HANDLER]: { type: 'ApplicationFeeDue', handle: handleApplicationFeeDue },
};

export function registerCommerceEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(COMMERCE_EVENT_HANDLERS)) {
    bus.on(`economy.${handlerName}`, type, (event) => handle(services.prisma, event));
  }
}
