// Who may see a student's grades and graded work: the student, their confirmed parents (mirrored from
// the users domain), the course's instructors, and admins. Nobody else.
import type { Db } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { hasRole } from '../../kit/src/viewer';
import { teachesCourse, ACCESS_FACTS_SELECT, type CourseAccessFacts } from './access';

export interface StudentWork {
  studentId: string;
  courseId: string;
}

/** The rule itself, given what was looked up: is the viewer the student's parent, and the course's facts. */
export function studentWorkVisible(
  viewer: Viewer,
  work: StudentWork,
  facts: { viewerIsGuardian: boolean; course: CourseAccessFacts | null },
): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.id === work.studentId || hasRole(viewer, 'admin') || facts.viewerIsGuardian) return true;
  return facts.course !== null && teachesCourse(viewer, facts.course);
}

export async function canSeeStudentWork(db: Db, viewer: Viewer, work: StudentWork): Promise<boolean> {
  const [visible] = await canSeeStudentWorkBatch(db, viewer, [work]);
  return visible ?? false;
}

/** The same rule for many pieces of work, in at most two statements however many there are. */
export async function canSeeStudentWorkBatch(db: Db, viewer: Viewer, works: readonly StudentWork[]): Promise<boolean[]> {
  if (viewer.kind !== 'user') return works.map(() => false);
  if (hasRole(viewer, 'admin')) return works.map(() => true);
  const pending = works.filter((work) => work.studentId !== viewer.id);
  if (pending.length === 0) return works.map(() => true);
  // Sequential on purpose: `db` may be a transaction, whose one connection runs one statement at a time.
  const links = await db.guardianLink.findMany({
    where: { parentId: viewer.id, childId: { in: [...new Set(pending.map((work) => work.studentId))] } },
    select: { childId: true },
  });
  const courses = await db.course.findMany({ where: { id: { in: [...new Set(pending.map((work) => work.courseId))] } }, select: ACCESS_FACTS_SELECT });
  const children = new Set(links.map((link) => link.childId));
  const coursesById = new Map(courses.map((course) => [course.id, course]));
  return works.map((work) =>
    studentWorkVisible(viewer, work, { viewerIsGuardian: children.has(work.studentId), course: coursesById.get(work.courseId) ?? null }),
  );
}
