// Flagged tutor messages and who may review them: the student's linked parents, the instructors of the
// course the session is about, and admins. The student sees their own messages' flags in the session.
import type { Db, Prisma } from '../../../kit/src/db';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { hasRole, type Viewer } from '../../../kit/src/viewer';

/** A `where` over TutorMessage limited to flagged messages the viewer may review. */
export async function reviewableFlagsWhere(db: Db, viewer: Viewer, studentId?: string | null): Promise<Prisma.TutorMessageWhereInput> {
  const viewerId = signedInViewerId(viewer);
  const student = studentId ? { session: { userId: studentId } } : {};
  if (hasRole(viewer, 'admin')) return { flagged: true, ...student };
  const [children, taught] = await Promise.all([
    db.tutorGuardianLink.findMany({ where: { parentId: viewerId }, select: { childId: true } }),
    db.tutorCourse.findMany({ where: { instructorIds: { has: viewerId } }, select: { courseId: true } }),
  ]);
  const childIds = children.map((link) => link.childId);
  const courseIds = taught.map((course) => course.courseId);
  const reachable: Prisma.TutorMessageWhereInput[] = [];
  if (childIds.length > 0) reachable.push({ session: { userId: { in: childIds } } });
  if (courseIds.length > 0) reachable.push({ session: { courseId: { in: courseIds } } });
  // Nobody to review: a condition no row meets, so the list is empty rather than everything.
  if (reachable.length === 0) return { id: { in: [] } };
  return { AND: [{ flagged: true }, { OR: reachable }, student] };
}
