// The grade-visibility rule (grade-visibility.ts) through a per-request DataLoader: a list of attempts
// or submissions is checked in a fixed number of statements, and the same student and course only once.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../kit/src/context';
import { canSeeStudentWorkBatch, type StudentWork } from '../grade-visibility';
import { isUuid } from '../loaders';

const workKey = (work: StudentWork) => `${work.studentId}|${work.courseId}`;

export const studentWorkVisibility = (context: SubgraphContext) =>
  context.loader('assessment.studentWorkVisibility', () =>
    new DataLoader<StudentWork, boolean, string>(
      async (works) => {
        const checkable = works.filter((work) => isUuid(work.studentId) && isUuid(work.courseId));
        const visible = await canSeeStudentWorkBatch(context.prisma, context.viewer, checkable);
        const byKey = new Map(checkable.map((work, index) => [workKey(work), visible[index] ?? false]));
        return works.map((work) => byKey.get(workKey(work)) ?? false);
      },
      { cacheKeyFn: workKey },
    ),
  );

/** True when the viewer may see this student's work in this course (student, parents, instructors, admins). */
export function canSeeWork(context: SubgraphContext, work: { userId: string; courseId: string }): Promise<boolean> {
  return studentWorkVisibility(context).load({ studentId: work.userId, courseId: work.courseId });
}
