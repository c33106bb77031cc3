// Mirrors courses' CourseCompleted into AdmissionsCompletedCourse, where prerequisite rules read it. The
// event is applied and recorded as processed in one transaction, so a redelivery changes nothing; a
// second completion of the same course keeps the first completion date.
import { z } from 'zod';
import type { Db, PrismaClient } from '../../../kit/src/db';
import { handleOnce, type DomainEvent } from '../../../kit/src/events';

/** The name this consumer records processed events under (consumer group `admissions.<name>`). */
export const COURSE_COMPLETED_HANDLER = 'mirror-completed-course';

/** The part of courses' CourseCompleted payload admissions needs; other fields are ignored. */
export const courseCompletedSchema = z.object({
  userId: z.uuid(),
  courseId: z.uuid(),
  completedAt: z.iso.datetime({ offset: true }),
});
export type CourseCompleted = z.infer<typeof courseCompletedSchema>;

export async function recordCompletedCourse(tx: Db, completed: CourseCompleted): Promise<void> {
  await tx.admissionsCompletedCourse.createMany({
    data: [{ userId: completed.userId, courseId: completed.courseId, completedAt: new Date(completed.completedAt) }],
    skipDuplicates: true,
  });
}

export async function handleCourseCompletedForAdmissions(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = courseCompletedSchema.safeParse(event.payload);
  // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
  if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'admissions', COURSE_COMPLETED_HANDLER, event.id))) return;
    await recordCompletedCourse(tx, parsed.data);
  });
}
