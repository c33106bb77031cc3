// Who may see a student's grades and graded work: the student, their confirmed parents (mirrored from
// the users domain), the course's instructors, and admins. Nobody else.
import type { Db } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { hasRole } from '../../kit/src/viewer';
import { teachesCourse, ACCESS_FACTS_SELECT } from './access';

export async function canSeeStudentWork(db: Db, viewer: Viewer, work: { studentId: string; courseId: string }): Promise<boolean> {
  if (viewer.kind !== 'user') return false;
  if (viewer.id === work.studentId || hasRole(viewer, 'admin')) return true;
  const [guardian, course] = await Promise.all([
    db.guardianLink.findUnique({ where: { parentId_childId: { parentId: viewer.id, childId: work.studentId } } }),
    db.course.findUnique({ where: { id: work.courseId }, select: ACCESS_FACTS_SELECT }),
  ]);
  if (guardian !== null) return true;
  return course !== null && teachesCourse(viewer, course);
}
