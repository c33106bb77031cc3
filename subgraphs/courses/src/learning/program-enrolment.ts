// Admission into a program enrols the new student in its first-term courses: admissions' ApplicationAccepted
// carries the course ids, copied at acceptance. The admission is the student's entitlement, so paid
// courses get an access grant (as a purchase would) and course prerequisites are the program's business,
// not checked again here. Unknown, unpublished and archived courses are skipped: admissions cannot know
// what courses has done to a course since the program was set up.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { grantCourseAccess } from './access-grants';
import { emitEnrollmentActivated } from './enrollment-events';
import { lockEnrollment } from './enrollment-lock';

export const ENROL_ACCEPTED_STUDENT_HANDLER = 'enrol-accepted-student';

/** Most first-term courses one acceptance may enrol a student in: well above what admissions lets a program list. */
export const MAX_FIRST_TERM_COURSES = 200;

export const applicationAcceptedSchema = z.object({
  applicationId: z.uuid(),
  applicantId: z.uuid(),
  programId: z.uuid(),
  intakeId: z.uuid(),
  firstTermCourseIds: z.array(z.uuid()).max(MAX_FIRST_TERM_COURSES),
  acceptedAt: z.iso.datetime({ offset: true }),
});
export type ApplicationAccepted = z.infer<typeof applicationAcceptedSchema>;

export type ProgramEnrolmentOutcome = 'enrolled' | 'reactivated' | 'already_enrolled' | 'skipped';

/**
 * Enrols the applicant in each published first-term course, in the caller's transaction. An active or
 * completed enrollment is left as it is; a dropped one is reactivated (progress is kept), as `enroll`
 * does. Returns what happened to each course id.
 */
export async function enrolAcceptedStudent(tx: Db, accepted: ApplicationAccepted): Promise<Map<string, ProgramEnrolmentOutcome>> {
  const courseIds = [...new Set(accepted.firstTermCourseIds)];
  const outcomes = new Map<string, ProgramEnrolmentOutcome>(courseIds.map((courseId) => [courseId, 'skipped']));
  if (courseIds.length === 0) return outcomes;
  const courses = await tx.course.findMany({
    where: { id: { in: courseIds }, status: 'published' },
    select: { id: true, isFree: true, version: true },
    orderBy: { id: 'asc' },
  });
  const grantedAt = new Date(accepted.acceptedAt);
  for (const course of courses) {
    if (!course.isFree) await ensureAccessGrant(tx, accepted.applicantId, course.id, grantedAt);
    outcomes.set(course.id, await enrolInCourse(tx, accepted.applicantId, course, grantedAt));
  }
  return outcomes;
}

/** A grant the student already holds (a purchase) keeps its order; a missing or revoked one is (re)granted. */
async function ensureAccessGrant(tx: Db, userId: string, courseId: string, grantedAt: Date): Promise<void> {
  const grant = await tx.courseAccessGrant.findUnique({ where: { courseId_userId: { courseId, userId } }, select: { revokedAt: true } });
  if (grant !== null && grant.revokedAt === null) return;
  await grantCourseAccess(tx, { userId, courseId, orderId: null }, grantedAt);
}

async function enrolInCourse(tx: Db, userId: string, course: { id: string; version: number }, enrolledAt: Date): Promise<ProgramEnrolmentOutcome> {
  // Locked so that a student enrolling themselves at the same moment waits and then sees this one. When
  // neither row exists yet, the loser's unique violation fails this delivery and the bus's retry finds the row.
  const existing = await lockEnrollment(tx, { userId, courseId: course.id });
  if (existing === null) {
    const created = await tx.enrollment.create({ data: { courseId: course.id, userId, courseVersion: course.version, enrolledAt } });
    await emitEnrollmentActivated(tx, created);
    return 'enrolled';
  }
  if (existing.status !== 'dropped') return 'already_enrolled';
  await tx.enrollment.update({ where: { id: existing.id }, data: { status: 'active', droppedAt: null, courseVersion: course.version } });
  await emitEnrollmentActivated(tx, { id: existing.id, userId, courseId: course.id });
  return 'reactivated';
}
