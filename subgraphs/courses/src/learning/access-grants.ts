// Access to paid courses, mirrored from economy's CourseAccessGranted / CourseAccessRevoked events.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { lockEnrollment } from './enrollment-lock';
import { emitEnrollmentDropped } from './enrollment-events';

export const courseAccessGrantedSchema = z.object({
  userId: z.uuid(),
  courseId: z.uuid(),
  orderId: z.string().min(1).max(200).nullish(),
});
export type CourseAccessGranted = z.infer<typeof courseAccessGrantedSchema>;

export const courseAccessRevokedSchema = z.object({ userId: z.uuid(), courseId: z.uuid() });
export type CourseAccessRevoked = z.infer<typeof courseAccessRevokedSchema>;

/**
 * Records (or renews after a revocation) the student's grant. A course that no longer exists is
 * skipped: there is nothing to give access to. Returns whether a grant is now active.
 */
export async function grantCourseAccess(tx: Db, grant: CourseAccessGranted, now: Date = new Date()): Promise<boolean> {
  const course = await tx.course.findUnique({ where: { id: grant.courseId }, select: { id: true } });
  if (course === null) return false;
  await tx.courseAccessGrant.upsert({
    where: { courseId_userId: { courseId: grant.courseId, userId: grant.userId } },
    create: { courseId: grant.courseId, userId: grant.userId, orderId: grant.orderId ?? null, grantedAt: now },
    update: { orderId: grant.orderId ?? null, grantedAt: now, revokedAt: null },
  });
  return true;
}

/**
 * Marks the grant revoked and, when the course is paid, drops the student's active enrollment in it.
 * A completed enrollment stays completed: the certificate was earned.
 */
export async function revokeCourseAccess(tx: Db, revocation: CourseAccessRevoked, now: Date = new Date()): Promise<void> {
  await tx.courseAccessGrant.updateMany({
    where: { courseId: revocation.courseId, userId: revocation.userId, revokedAt: null },
    data: { revokedAt: now },
  });
  const course = await tx.course.findUnique({ where: { id: revocation.courseId }, select: { isFree: true } });
  if (course === null || course.isFree) return;
  const enrollment = await lockEnrollment(tx, revocation);
  if (enrollment?.status !== 'active') return;
  await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: 'dropped', droppedAt: now } });
  await emitEnrollmentDropped(tx, { id: enrollment.id, userId: revocation.userId, courseId: revocation.courseId }, 'access_revoked');
}
