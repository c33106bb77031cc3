// The course access facts the courses domain consumes, emitted in the transaction that decides them.
import type { Db } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';

export interface CourseAccessGranted {
  userId: string;
  courseId: string;
  /** The order that paid for it; absent for a claimed licence seat. */
  orderId?: string;
}

export interface CourseAccessRevoked {
  userId: string;
  courseId: string;
}

export async function grantCourseAccess(tx: Db, grant: CourseAccessGranted): Promise<void> {
  await emitEvent<CourseAccessGranted>(tx, 'economy', 'CourseAccessGranted', grant);
}

export async function revokeCourseAccess(tx: Db, revoke: CourseAccessRevoked): Promise<void> {
  await emitEvent<CourseAccessRevoked>(tx, 'economy', 'CourseAccessRevoked', revoke);
}
