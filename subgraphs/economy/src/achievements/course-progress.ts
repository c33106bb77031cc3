// Course completions feed the learning metrics (courses completed, best grade) and then unlock what
// they now meet, in the transaction that records the event as handled.
import type { Db } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { courseCompletedSchema, type CourseCompleted } from '../events/consumed-events';
import { factHandler } from '../events/fact-handler';
import { incrementMetric, markSeen, METRICS, raiseMetric } from './metrics';
import { lockProgressOf, unlockMetAchievements } from './unlock-achievements';

export const COURSE_PROGRESS_HANDLER = 'track-course-completion';

async function trackCourseCompletion(tx: Db, completed: CourseCompleted, event: DomainEvent): Promise<void> {
  await lockProgressOf(tx, completed.userId);
  // A course completed again (a second enrollment) is still one course.
  if (await markSeen(tx, completed.userId, `course:${completed.courseId}`)) {
    await incrementMetric(tx, completed.userId, METRICS.coursesCompleted);
  }
  // Whole percent rounded down, so 89.9 does not pass a 90 threshold.
  await raiseMetric(tx, completed.userId, METRICS.bestGrade, Math.floor(completed.finalGrade));
  await unlockMetAchievements(tx, { userId: completed.userId, eventId: event.id });
}

export const handleCourseProgress = factHandler(COURSE_PROGRESS_HANDLER, courseCompletedSchema, trackCourseCompletion);
