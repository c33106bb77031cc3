// The consumers of the rewards area (coins, achievement progress, XP), registered on the bus before it
// starts. Each consumer group is `economy.<handler name>`, the name its handler records processed
// events under.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { COURSE_PROGRESS_HANDLER, handleCourseProgress } from '../achievements/course-progress';
import { DELETED_USER_PROGRESS_HANDLER, handleDeletedUserProgress } from '../achievements/deleted-users';
import { handleMilestoneProgress, MILESTONE_PROGRESS_HANDLER } from '../achievements/milestone-progress';
import type { EconomyEventHandler } from '../events/fact-handler';
import { COURSE_COMPLETION_REWARD_HANDLER, handleCourseCompletionReward } from './course-completion-reward';
import { handleMilestoneReward, MILESTONE_REWARD_HANDLER } from './milestone-rewards';

/** Handler name → the event type it consumes and the handler. */
export const REWARD_EVENT_HANDLERS: Record<string, { type: string; handle: EconomyEventHandler }> = {
  [COURSE_COMPLETION_REWARD_HANDLER]: { type: 'CourseCompleted', handle: handleCourseCompletionReward },
  [MILESTONE_REWARD_HANDLER]: { type: 'SpiritualMilestoneReached', handle: handleMilestoneReward },
  [COURSE_PROGRESS_HANDLER]: { type: 'CourseCompleted', handle: handleCourseProgress },
  [MILESTONE_PROGRESS_HANDLER]: { type: 'SpiritualMilestoneReached', handle: handleMilestoneProgress },
  [DELETED_USER_PROGRESS_HANDLER]: { type: 'UserDeleted', handle: handleDeletedUserProgress },
};

export function registerRewardEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(REWARD_EVENT_HANDLERS)) {
    bus.on(`economy.${handlerName}`, type, (event) => handle(services.prisma, event));
  }
}
