// Serialises everything that changes one student's standing in one course (progress, completion,
// drop, revocation): the enrollment row is locked until the surrounding transaction ends.
import type { Db, EnrollmentStatus } from '../../../kit/src/db';

export interface LockedEnrollment {
  id: string;
  status: EnrollmentStatus;
}

/** Locks the student's enrollment row (FOR UPDATE) and returns it; null when there is none. Use a transaction client. */
export async function lockEnrollment(tx: Db, input: { userId: string; courseId: string }): Promise<LockedEnrollment | null> {
  const rows = await tx.$queryRaw<LockedEnrollment[]>`
    SELECT id::text AS id, status::text AS status
      FROM courses.enrollment
     WHERE course_id = ${input.courseId}::uuid AND user_id = ${input.userId}::uuid
       FOR UPDATE`;
  return rows[0] ?? null;
}
