// Which tutors serve a course: the active tutors of the course's faculty (as the tutor's mirror of the
// course knows it) and the general tutors who serve every faculty. Answered for many courses at once in
// two statements, so a catalog page costs the same as one course.
import type { AiTutor, Db } from '../../../kit/src/db';
import { isUuid } from '../../../kit/src/uuid';

/** For each course id, in order: its faculty's tutors by name, then the general tutors by name. */
export async function tutorsOfCourses(db: Db, courseIds: readonly string[]): Promise<AiTutor[][]> {
  const wanted = [...new Set(courseIds.filter(isUuid))];
  const courses = wanted.length > 0
    ? await db.tutorCourse.findMany({ where: { courseId: { in: wanted } }, select: { courseId: true, facultyId: true } })
    : [];
  const facultyOf = new Map(courses.map((course) => [course.courseId, course.facultyId]));
  const facultyIds = [...new Set(courses.flatMap((course) => (course.facultyId ? [course.facultyId] : [])))];
  const tutors = await db.aiTutor.findMany({
    where: { active: true, OR: [{ facultyId: null }, ...(facultyIds.length > 0 ? [{ facultyId: { in: facultyIds } }] : [])] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const general = tutors.filter((tutor) => tutor.facultyId === null);
  return courseIds.map((courseId) => {
    const facultyId = facultyOf.get(courseId) ?? null;
    const ofFaculty = facultyId === null ? [] : tutors.filter((tutor) => tutor.facultyId === facultyId);
    return [...ofFaculty, ...general];
  });
}
