// The events the tutor domain consumes, registered on the bus before it starts. Each consumer group is
// `tutor.<handler name>`, the same name its handler records processed events under.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerSpiritualDraftConsumer } from './admissions/spiritual-draft-request';
import {
  STORE_COURSE_CONTENT_HANDLER,
  STORE_COURSE_INSTRUCTORS_HANDLER,
  handleCourseContentPublished,
  handleCourseInstructorsChanged,
} from './content/event-handlers';
import {
  ENROLLMENT_ACTIVATED_HANDLER,
  ENROLLMENT_DROPPED_HANDLER,
  handleEnrollmentActivated,
  handleEnrollmentDropped,
} from './access/course-access';
import { USER_DELETED_HANDLER, handleUserDeleted } from './facts/deleted-users';
import { ESSAY_SUBMITTED_HANDLER, handleEssaySubmitted } from './facts/essays';
import type { TutorEventHandler } from './facts/fact-handler';
import { PARENT_LINK_HANDLER, handleParentLinkConfirmed } from './facts/guardians';
import {
  QUIZ_ATTEMPT_ENDED_HANDLER,
  QUIZ_ATTEMPT_STARTED_HANDLER,
  handleQuizAttemptEnded,
  handleQuizAttemptStarted,
} from './facts/quiz-attempts';
import { TUTOR_PLAN_CHANGED_HANDLER, handleTutorPlanChanged } from './facts/tutor-plans';

/** Handler name → the event type it consumes and the handler. */
export const TUTOR_EVENT_HANDLERS: Record<string, { type: string; handle: TutorEventHandler }> = {
  [STORE_COURSE_CONTENT_HANDLER]: { type: 'CourseContentPublished', handle: handleCourseContentPublished },
  [STORE_COURSE_INSTRUCTORS_HANDLER]: { type: 'CourseInstructorsChanged', handle: handleCourseInstructorsChanged },
  [ENROLLMENT_ACTIVATED_HANDLER]: { type: 'EnrollmentActivated', handle: handleEnrollmentActivated },
  [ENROLLMENT_DROPPED_HANDLER]: { type: 'EnrollmentDropped', handle: handleEnrollmentDropped },
  [QUIZ_ATTEMPT_STARTED_HANDLER]: { type: 'QuizAttemptStarted', handle: handleQuizAttemptStarted },
  [QUIZ_ATTEMPT_ENDED_HANDLER]: { type: 'QuizAttemptEnded', handle: handleQuizAttemptEnded },
  [ESSAY_SUBMITTED_HANDLER]: { type: 'EssaySubmitted', handle: handleEssaySubmitted },
  [PARENT_LINK_HANDLER]: { type: 'ParentLinkConfirmed', handle: handleParentLinkConfirmed },
  [USER_DELETED_HANDLER]: { type: 'UserDeleted', handle: handleUserDeleted },
  [TUTOR_PLAN_CHANGED_HANDLER]: { type: 'TutorPlanChanged', handle: handleTutorPlanChanged },
};

export function registerTutorEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(TUTOR_EVENT_HANDLERS)) {
    bus.on(`tutor.${handlerName}`, type, (event) => handle(services.prisma, event));
  }
  registerSpiritualDraftConsumer(bus, services);
}
