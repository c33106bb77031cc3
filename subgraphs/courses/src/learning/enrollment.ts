// Enrolling in and dropping courses. A dropped enrollment is reactivated on the next enroll, so the
// student's progress survives; completing is terminal.
import { Prisma, type Enrollment, type PrismaClient } from '../../../kit/src/db';
import { conflict, notFound, userError } from '../../../kit/src/errors';
import { lockEnrollment } from './enrollment-lock';
import { emitEnrollmentActivated, emitEnrollmentDropped } from './enrollment-events';

export interface EnrollInput {
  userId: string;
  courseId: string;
  now?: Date;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const quoted = (titles: string[]) => titles.map((title) => `“${title}”`).join(', ');

/**
 * Enrolls a student in a published course. NOT_FOUND for unknown, draft and in-review courses; CONFLICT
 * for archived ones and for an existing active or completed enrollment; FORBIDDEN (with
 * `extensions.missingCourses`) when a prerequisite is not completed; PAYMENT_REQUIRED for a paid course
 * without an active access grant.
 */
export async function enroll(prisma: PrismaClient, input: EnrollInput): Promise<Enrollment> {
  const now = input.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const course = await tx.course.findUnique({
        where: { id: input.courseId },
        select: {
          id: true,
          status: true,
          isFree: true,
          version: true,
          prerequisites: { select: { requiredCourse: { select: { id: true, title: true } } } },
        },
      });
      if (course === null || course.status === 'draft' || course.status === 'in_review') throw notFound('That course');
      if (course.status === 'archived') throw conflict('This course is archived and no longer accepts enrollments.');

      const existing = await tx.enrollment.findUnique({ where: { courseId_userId: { courseId: course.id, userId: input.userId } } });
      if (existing?.status === 'active') throw conflict('You are already enrolled in this course.');
      if (existing?.status === 'completed') throw conflict('You have already completed this course.');

      const required = course.prerequisites.map((link) => link.requiredCourse);
      if (required.length > 0) {
        const completed = await tx.enrollment.findMany({
          where: { userId: input.userId, status: 'completed', courseId: { in: required.map((requiredCourse) => requiredCourse.id) } },
          select: { courseId: true },
        });
        const done = new Set(completed.map((enrollment) => enrollment.courseId));
        const missing = required.filter((requiredCourse) => !done.has(requiredCourse.id));
        if (missing.length > 0) {
          throw userError('FORBIDDEN', `Complete ${quoted(missing.map((item) => item.title))} first: this course requires ${missing.length === 1 ? 'it' : 'them'}.`, {
            missingCourses: missing,
          });
        }
      }

      if (!course.isFree) {
        const grant = await tx.courseAccessGrant.findUnique({ where: { courseId_userId: { courseId: course.id, userId: input.userId } } });
        if (grant === null || grant.revokedAt !== null) {
          throw userError('PAYMENT_REQUIRED', 'This course is paid. Buy access to it first, then enroll.');
        }
      }

      if (existing === null) {
        const created = await tx.enrollment.create({ data: { courseId: course.id, userId: input.userId, courseVersion: course.version, enrolledAt: now } });
        await emitEnrollmentActivated(tx, created);
        return created;
      }
      const reactivated = await tx.enrollment.updateMany({
        where: { id: existing.id, status: 'dropped' },
        data: { status: 'active', droppedAt: null, courseVersion: course.version },
      });
      if (reactivated.count === 0) throw conflict('You are already enrolled in this course.');
      await emitEnrollmentActivated(tx, existing);
      return tx.enrollment.findUniqueOrThrow({ where: { id: existing.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('You are already enrolled in this course.');
    throw error;
  }
}

/** Drops the student's active enrollment. NOT_FOUND when never enrolled, CONFLICT when not active. */
export async function dropCourse(prisma: PrismaClient, input: EnrollInput): Promise<Enrollment> {
  return prisma.$transaction(async (tx) => {
    const enrollment = await lockEnrollment(tx, input);
    if (enrollment === null) throw notFound('Your enrollment in that course');
    if (enrollment.status !== 'active') {
      throw conflict(enrollment.status === 'completed' ? 'You have completed this course; a completed course cannot be dropped.' : 'You have already dropped this course.');
    }
    const dropped = await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: 'dropped', droppedAt: input.now ?? new Date() } });
    await emitEnrollmentDropped(tx, dropped, 'dropped');
    return dropped;
  });
}
