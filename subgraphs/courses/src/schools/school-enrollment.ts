// A school enrolling its students in a free course, all in one transaction. Only students who share
// their progress with the school may be enrolled by it: their consent is what lets the school act on
// their learning. As with a program's first-term courses, the school decides the placement, so course
// prerequisites are not checked here. Enrollments are made as `enroll` makes them: a new row, or a
// dropped one reactivated with its progress, each announced with EnrollmentActivated.
import { Prisma, type PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound, userError } from '../../../kit/src/errors';
import { emitEnrollmentActivated } from '../learning/enrollment-events';

/** Most students one request may enroll. */
export const MAX_SCHOOL_ENROLLMENT_BATCH = 200;

export type SchoolEnrollmentStatus = 'ENROLLED' | 'ALREADY_ENROLLED' | 'NOT_A_SHARING_STUDENT';

export interface SchoolEnrollmentInput {
  schoolId: string;
  courseId: string;
  studentIds: readonly string[];
  now?: Date;
}

export interface SchoolEnrollmentOutcome {
  enrolled: number;
  /** One per distinct student id, in the order first given. */
  results: { studentId: string; status: SchoolEnrollmentStatus }[];
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function enrollSchoolStudents(prisma: PrismaClient, input: SchoolEnrollmentInput): Promise<SchoolEnrollmentOutcome> {
  const studentIds = [...new Set(input.studentIds)];
  if (studentIds.length === 0) throw badInput('List at least one student to enroll.', 'studentIds');
  if (studentIds.length > MAX_SCHOOL_ENROLLMENT_BATCH) {
    throw badInput(`Enroll at most ${MAX_SCHOOL_ENROLLMENT_BATCH} students per request; split the list and send the rest in another request.`, 'studentIds');
  }
  const now = input.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { id: true, status: true, isFree: true, version: true } });
      if (course === null || course.status !== 'published') throw notFound('That published course');
      if (!course.isFree) {
        throw userError(
          'PAYMENT_REQUIRED',
          'This course is paid, so a school cannot enroll students in it directly. Give your students scholarship codes so they can enroll themselves.',
        );
      }
      const sharing = await tx.schoolStudent.findMany({
        where: { schoolId: input.schoolId, userId: { in: studentIds } },
        select: { userId: true },
      });
      const eligible = new Set(sharing.map((row) => row.userId));
      const eligibleIds = studentIds.filter((id) => eligible.has(id));

      // Locked so that a student enrolling or dropping at the same moment waits for this transaction.
      const existing = eligibleIds.length === 0
        ? []
        : await tx.$queryRaw<{ id: string; user_id: string; status: string }[]>`
            SELECT id::text AS id, user_id::text AS user_id, status::text AS status
              FROM courses.enrollment
             WHERE course_id = ${course.id}::uuid AND user_id = ANY(${eligibleIds}::uuid[])
               FOR UPDATE`;
      const existingByUser = new Map(existing.map((row) => [row.user_id, row]));
      const dropped = existing.filter((row) => row.status === 'dropped');
      const fresh = eligibleIds.filter((id) => !existingByUser.has(id));

      if (dropped.length > 0) {
        await tx.enrollment.updateMany({
          where: { id: { in: dropped.map((row) => row.id) }, status: 'dropped' },
          data: { status: 'active', droppedAt: null, courseVersion: course.version },
        });
      }
      const created = fresh.length === 0
        ? []
        : await tx.enrollment.createManyAndReturn({
            data: fresh.map((userId) => ({ courseId: course.id, userId, courseVersion: course.version, enrolledAt: now })),
            select: { id: true, userId: true, courseId: true },
          });
      for (const enrollment of [...dropped.map((row) => ({ id: row.id, userId: row.user_id, courseId: course.id })), ...created]) {
        await emitEnrollmentActivated(tx, enrollment);
      }

      const results = studentIds.map((studentId): SchoolEnrollmentOutcome['results'][number] => {
        if (!eligible.has(studentId)) return { studentId, status: 'NOT_A_SHARING_STUDENT' };
        const before = existingByUser.get(studentId);
        return { studentId, status: before === undefined || before.status === 'dropped' ? 'ENROLLED' : 'ALREADY_ENROLLED' };
      });
      return { enrolled: results.filter((result) => result.status === 'ENROLLED').length, results };
    });
  } catch (error) {
    // A student enrolled themselves between the lock and the insert: nothing was written, so a retry is safe.
    if (isUniqueViolation(error)) throw conflict('One of these students enrolled in the course at the same moment. Send the request again.');
    throw error;
  }
}
