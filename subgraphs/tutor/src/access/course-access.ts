// Who may talk with the tutor about a course: its enrolled students (mirrored from courses' enrollment
// events), its instructors (from the course material) and admins. The tutor never reads courses' tables.
import { z } from 'zod';
import type { Db, TutorCourse } from '../../../kit/src/db';
import { forbidden, userError } from '../../../kit/src/errors';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { factHandler } from '../facts/fact-handler';

export const enrollmentFactsSchema = z.object({ userId: z.uuid(), courseId: z.uuid() });
export type EnrollmentFacts = z.infer<typeof enrollmentFactsSchema>;

export const ENROLLMENT_ACTIVATED_HANDLER = 'mirror-enrollment-activated';
export const ENROLLMENT_DROPPED_HANDLER = 'mirror-enrollment-dropped';

export async function recordEnrollment(tx: Db, facts: EnrollmentFacts): Promise<void> {
  await tx.tutorEnrollment.createMany({ data: [facts], skipDuplicates: true });
}

export async function forgetEnrollment(tx: Db, facts: EnrollmentFacts): Promise<void> {
  await tx.tutorEnrollment.deleteMany({ where: facts });
}

export const handleEnrollmentActivated = factHandler(ENROLLMENT_ACTIVATED_HANDLER, enrollmentFactsSchema, recordEnrollment);
export const handleEnrollmentDropped = factHandler(ENROLLMENT_DROPPED_HANDLER, enrollmentFactsSchema, forgetEnrollment);

export function teaches(viewer: Viewer, course: Pick<TutorCourse, 'instructorIds'>): boolean {
  return viewer.kind === 'user' && course.instructorIds.includes(viewer.id);
}

/**
 * The course (as the tutor knows it) when the viewer may use the tutor in its context. Published
 * courses are public in the catalog, so saying that one needs enrolling reveals nothing.
 */
export async function requireCourseForTutoring(db: Db, viewer: Viewer, courseId: string): Promise<TutorCourse> {
  const course = await db.tutorCourse.findUnique({ where: { courseId } });
  if (!course) throw userError('NOT_FOUND', 'This course has no published material for the tutor yet.');
  if (viewer.kind !== 'user') throw forbidden('Sign in and enroll in this course to ask its tutor about it.');
  if (hasRole(viewer, 'admin') || teaches(viewer, course)) return course;
  const enrolled = await db.tutorEnrollment.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId } } });
  if (!enrolled) throw forbidden('Enroll in this course to ask its tutor about it.');
  return course;
}
