// Coins for completing a course: the course's completionReward, or the default for courses without a
// price row (free courses still reward finishing).
import type { Db } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { courseCompletedSchema, type CourseCompleted } from '../events/consumed-events';
import { factHandler } from '../events/fact-handler';
import { payReward, rewardKeyForEvent } from './pay-reward';

export const COURSE_COMPLETION_REWARD_HANDLER = 'reward-course-completion';

/** Coins for completing a course that has no CoursePrice row (the column's own default). */
export const DEFAULT_COMPLETION_REWARD = 50;

export async function completionRewardFor(tx: Db, courseId: string): Promise<number> {
  const price = await tx.coursePrice.findUnique({ where: { courseId }, select: { completionReward: true } });
  return price?.completionReward ?? DEFAULT_COMPLETION_REWARD;
}

async function rewardCourseCompletion(tx: Db, completed: CourseCompleted, event: DomainEvent): Promise<void> {
  await payReward(tx, {
    userId: completed.userId,
    amount: await completionRewardFor(tx, completed.courseId),
    reason: 'Course completed',
    idempotencyKey: rewardKeyForEvent(COURSE_COMPLETION_REWARD_HANDLER, event.id),
    metadata: { eventId: event.id, courseId: completed.courseId, enrollmentId: completed.enrollmentId },
  });
}

export const handleCourseCompletionReward = factHandler(COURSE_COMPLETION_REWARD_HANDLER, courseCompletedSchema, rewardCourseCompletion);
