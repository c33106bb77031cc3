// The grade-visibility rule applied through the request's loaders, so checking a list of enrollments or
// a batch of students costs a fixed number of statements.
import type { SubgraphContext } from '../../../../kit/src/context';
import { forbidden, unauthenticated } from '../../../../kit/src/errors';
import { hasRole } from '../../../../kit/src/viewer';
import { teachesCourse } from '../../access';
import { studentWorkVisible, type StudentWork } from '../../grade-visibility';
import { courseAccessFacts } from '../../loaders';
import { enrolledCourseIdsOf, viewerIsGuardianOf } from './loaders';

export async function canSeeStudentWorkInRequest(context: SubgraphContext, work: StudentWork): Promise<boolean> {
  if (context.viewer.kind !== 'user') return false;
  if (context.viewer.id === work.studentId || hasRole(context.viewer, 'admin')) return true;
  const [viewerIsGuardian, course] = await Promise.all([
    viewerIsGuardianOf(context).load(work.studentId),
    courseAccessFacts(context).load(work.courseId),
  ]);
  return studentWorkVisible(context.viewer, work, { viewerIsGuardian, course });
}

/** Everything of the student's record, or only what belongs to these courses (the ones the viewer teaches). */
export type StudentRecordScope = { all: true } | { all: false; courseIds: Set<string> };

export const NOT_YOUR_STUDENT =
  'Only the student, their confirmed parents, their instructors (for their own courses) and admins can see this.';

/**
 * How much of a student's record the viewer may see. Throws UNAUTHENTICATED for the anonymous and
 * FORBIDDEN for anyone who is not the student, a confirmed parent, an admin, or an instructor of one of
 * the courses the student is enrolled in.
 */
export async function studentRecordScope(context: SubgraphContext, studentId: string): Promise<StudentRecordScope> {
  const viewer = context.viewer;
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to see this.');
  if (viewer.id === studentId || hasRole(viewer, 'admin')) return { all: true };
  if (await viewerIsGuardianOf(context).load(studentId)) return { all: true };
  const courseIds = await enrolledCourseIdsOf(context).load(studentId);
  const facts = await courseAccessFacts(context).loadMany(courseIds);
  const taught = new Set<string>();
  for (const course of facts) {
    if (course !== null && !(course instanceof Error) && teachesCourse(viewer, course)) taught.add(course.id);
  }
  if (taught.size === 0) throw forbidden(NOT_YOUR_STUDENT);
  return { all: false, courseIds: taught };
}

export function inScope(scope: StudentRecordScope, courseId: string): boolean {
  return scope.all || scope.courseIds.has(courseId);
}
