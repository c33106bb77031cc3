// The lecture a tool works on, as the tutor's copy of published material holds it, and who may use the
// tools on it: the course's instructors and administrators. Students and other instructors are refused.
import type { Db, TutorCourse } from '../../../kit/src/db';
import { forbidden, userError } from '../../../kit/src/errors';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { teaches } from '../access/course-access';
import { courseOfLecture, lecturePassages } from '../content/retrieval';

export interface LectureMaterial {
  course: TutorCourse;
  lectureId: string;
  lectureTitle: string;
  moduleTitle: string;
  /** The transcript's passages in order. */
  passages: string[];
  /** The whole transcript as the tutor stores it. */
  transcript: string;
}

/** Whether the viewer may run the instructor tools on a course's material. */
export function mayUseTools(viewer: Viewer, course: Pick<TutorCourse, 'instructorIds'>): boolean {
  return hasRole(viewer, 'admin') || teaches(viewer, course);
}

/** The lecture's course when the viewer may use the tools on it; NOT_FOUND or FORBIDDEN otherwise. */
export async function courseForLectureTools(db: Db, viewer: Viewer, lectureId: string): Promise<TutorCourse> {
  const course = await courseOfLecture(db, lectureId);
  if (!course) throw noMaterial();
  if (!mayUseTools(viewer, course)) throw forbidden('Only the course’s instructors and administrators can use the tutor’s tools on its lectures.');
  return course;
}

// Courses' lectures reach the tutor only when their course is published; before that there is nothing to work from.
const noMaterial = () =>
  userError('NOT_FOUND', 'That lecture was not found, or the tutor has no material for this lecture yet: its course must be published first.');

/** The lecture's material when the viewer may use the tools on it; NOT_FOUND or FORBIDDEN otherwise. */
export async function lectureMaterialFor(db: Db, viewer: Viewer, lectureId: string): Promise<LectureMaterial> {
  const course = await courseForLectureTools(db, viewer, lectureId);
  const passages = await lecturePassages(db, lectureId);
  const first = passages[0];
  // A new publication may have dropped the lecture between the two reads.
  if (!first) throw noMaterial();
  return {
    course,
    lectureId,
    lectureTitle: first.sourceTitle,
    moduleTitle: first.moduleTitle,
    passages: passages.map((passage) => passage.text),
    transcript: passages.map((passage) => passage.text).join('\n\n'),
  };
}
