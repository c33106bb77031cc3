// Who may see and change a course. Plain values in, decisions out; resolvers and domain code share it.
import type { Db } from '../../kit/src/db';
import { forbidden, notFound } from '../../kit/src/errors';
import type { Viewer } from '../../kit/src/viewer';
import { hasRole } from '../../kit/src/viewer';

/** The parts of a course that decide access. */
export interface CourseAccessFacts {
  id: string;
  ownerId: string;
  status: 'draft' | 'in_review' | 'published' | 'archived';
  instructors: { userId: string }[];
}

export const ACCESS_FACTS_SELECT = {
  id: true,
  ownerId: true,
  status: true,
  instructors: { select: { userId: true } },
} as const;

export function isAdmin(viewer: Viewer): boolean {
  return hasRole(viewer, 'admin');
}

/** The owner, a listed instructor, or an admin: the people who may author the course. */
export function canEditCourse(viewer: Viewer, course: CourseAccessFacts): boolean {
  if (viewer.kind !== 'user') return false;
  if (isAdmin(viewer)) return true;
  return course.ownerId === viewer.id || course.instructors.some((instructor) => instructor.userId === viewer.id);
}

/** The owner or a listed instructor (admins excluded): the people who teach it. */
export function teachesCourse(viewer: Viewer, course: CourseAccessFacts): boolean {
  if (viewer.kind !== 'user') return false;
  return course.ownerId === viewer.id || course.instructors.some((instructor) => instructor.userId === viewer.id);
}

/** Published and archived courses are public; drafts and courses in review only to their editors. */
export function canSeeCourse(viewer: Viewer, course: CourseAccessFacts): boolean {
  return course.status === 'published' || course.status === 'archived' || canEditCourse(viewer, course);
}

/**
 * Loads what decides access to `courseId` and throws unless the viewer may edit it: NOT_FOUND when the
 * course does not exist or the viewer may not even see it, FORBIDDEN when they see it but cannot edit.
 */
export async function requireCourseEditor(db: Db, viewer: Viewer, courseId: string): Promise<CourseAccessFacts> {
  const course = await db.course.findUnique({ where: { id: courseId }, select: ACCESS_FACTS_SELECT });
  if (course === null || !canSeeCourse(viewer, course)) throw notFound('That course');
  if (!canEditCourse(viewer, course)) throw forbidden('Only the course’s instructors and admins can change it.');
  return course;
}
