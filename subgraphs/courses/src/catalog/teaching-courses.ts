// The courses a person teaches (owns or co-teaches), as a given viewer may see them: published and
// archived ones are public; drafts and courses in review only to that person and to admins.
import type { CourseStatus, Prisma } from '../../../kit/src/db';
import type { Viewer } from '../../../kit/src/viewer';
import { isAdmin } from '../access';

const PUBLIC_STATUSES: CourseStatus[] = ['published', 'archived'];

/** The parts of a course that place it in teaching lists. */
export interface TeachingFacts {
  ownerId: string;
  status: CourseStatus;
  instructors: { userId: string }[];
}

/** True when the viewer may see `teacherId`'s unpublished courses in their teaching list. */
export function seesUnpublishedTeaching(viewer: Viewer, teacherId: string): boolean {
  return viewer.kind === 'user' && (viewer.id === teacherId || isAdmin(viewer));
}

/** Every course any of `teacherIds` teaches that the viewer may see in at least one of their lists. */
export function teachingCoursesWhere(viewer: Viewer, teacherIds: readonly string[]): Prisma.CourseWhereInput {
  const anyUnpublished = teacherIds.some((teacherId) => seesUnpublishedTeaching(viewer, teacherId));
  return {
    OR: [{ ownerId: { in: [...teacherIds] } }, { instructors: { some: { userId: { in: [...teacherIds] } } } }],
    ...(anyUnpublished ? {} : { status: { in: PUBLIC_STATUSES } }),
  };
}

/** Splits courses loaded for many teachers into each teacher's list, keeping the given order. */
export function groupTeachingCourses<T extends TeachingFacts>(viewer: Viewer, teacherIds: readonly string[], courses: T[]): T[][] {
  return teacherIds.map((teacherId) => {
    const unpublishedToo = seesUnpublishedTeaching(viewer, teacherId);
    return courses.filter(
      (course) =>
        (course.ownerId === teacherId || course.instructors.some((instructor) => instructor.userId === teacherId)) &&
        (unpublishedToo || PUBLIC_STATUSES.includes(course.status)),
    );
  });
}
