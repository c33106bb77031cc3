// The enrollment facts other domains follow (community keeps course channel membership in step with
// them), written to the courses outbox in the transaction that changes the enrollment.
import type { Db, Enrollment } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';

export interface EnrollmentActivatedPayload {
  enrollmentId: string;
  userId: string;
  courseId: string;
}

export interface EnrollmentDroppedPayload extends EnrollmentActivatedPayload {
  /** `dropped` by the student, or `access_revoked` after a refund. */
  reason: 'dropped' | 'access_revoked';
}

const factsOf = (enrollment: Pick<Enrollment, 'id' | 'userId' | 'courseId'>): EnrollmentActivatedPayload => ({
  enrollmentId: enrollment.id,
  userId: enrollment.userId,
  courseId: enrollment.courseId,
});

export async function emitEnrollmentActivated(tx: Db, enrollment: Pick<Enrollment, 'id' | 'userId' | 'courseId'>): Promise<void> {
  await emitEvent<EnrollmentActivatedPayload>(tx, 'courses', 'EnrollmentActivated', factsOf(enrollment));
}

export async function emitEnrollmentDropped(
  tx: Db,
  enrollment: Pick<Enrollment, 'id' | 'userId' | 'courseId'>,
  reason: EnrollmentDroppedPayload['reason'],
): Promise<void> {
  await emitEvent<EnrollmentDroppedPayload>(tx, 'courses', 'EnrollmentDropped', { ...factsOf(enrollment), reason });
}
