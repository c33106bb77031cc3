// Who may act for a school in courses. Courses holds no school staff, so a school's own API keys (with
// the scope) and platform admins are the ones who may; school admins go through a key of their school.
import type { Viewer } from '../../../kit/src/viewer';
import { hasApiScope, hasRole } from '../../../kit/src/viewer';

/** Progress of the school's sharing students: its keys with read:students, and platform admins. */
export function maySeeSchoolProgress(viewer: Viewer, schoolId: string): boolean {
  if (hasRole(viewer, 'admin')) return true;
  return hasApiScope(viewer, 'read:students') && viewer.schoolId === schoolId;
}

/** Enrolling the school's sharing students: its keys with write:enrollments, and platform admins. */
export function mayEnrollSchoolStudents(viewer: Viewer, schoolId: string): boolean {
  if (hasRole(viewer, 'admin')) return true;
  return hasApiScope(viewer, 'write:enrollments') && viewer.schoolId === schoolId;
}
