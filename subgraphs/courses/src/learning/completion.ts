// Course completion: decides whether a student has met every module's requirements and, exactly once,
// completes the enrollment, fixes the final grade, issues the certificate and emits CourseCompleted.
import type { Db } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events';
import { generateCertificateCode } from './certificate-code';
import { loadCourseOutline } from './course-outline';
import { finalGradePercent, loadAssessmentScores } from './final-grade';
import { loadLearnerFactsOf } from './learner-facts';
import { isCourseComplete } from './requirements';
import { lockEnrollment } from './enrollment-lock';

export interface CompletionInput {
  userId: string;
  courseId: string;
  /** The courses outbox (`context.events`). */
  events: DomainOutbox;
  now?: Date;
}

export type CompletionOutcome = { completed: false } | { completed: true; enrollmentId: string; finalGrade: number };

/** What CourseCompleted carries; consumers (economy: coins and badges) key on enrollmentId. */
export interface CourseCompletedPayload {
  enrollmentId: string;
  userId: string;
  courseId: string;
  finalGrade: number;
  /** ISO-8601. */
  completedAt: string;
  certificateCode: string;
  /** The course's title at completion, so credentials name it without reading courses' tables. */
  courseTitle: string;
}

/**
 * Call inside the transaction that recorded new progress or a new grade. Completes the enrollment when
 * every requirement is met and it is not completed yet; otherwise changes nothing.
 *
 * The enrollment row is locked first, so concurrent calls for one student and course run one after
 * the other, and each reads progress after the lock (READ COMMITTED): the last of two concurrent
 * recordings sees both and completes; the conditional update keeps it to once.
 */
export async function evaluateCompletion(tx: Db, input: CompletionInput): Promise<CompletionOutcome> {
  const enrollment = await lockEnrollment(tx, { userId: input.userId, courseId: input.courseId });
  if (enrollment === null || enrollment.status !== 'active') return { completed: false };
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const outline = await loadCourseOutline(tx, input.courseId);
  const facts = await loadLearnerFactsOf(tx, { userId: input.userId, courseId: input.courseId });
  if (!isCourseComplete(outline, facts)) return { completed: false };

  const finalGrade = finalGradePercent(await loadAssessmentScores(tx, input));
  const completedAt = input.now ?? new Date();
  const claimed = await tx.enrollment.updateMany({
    where: { id: enrollment.id, status: 'active' },
    data: { status: 'completed', completedAt, finalGrade },
  });
  if (claimed.count === 0) return { completed: false };
  const course = await tx.course.findUniqueOrThrow({ where: { id: input.courseId }, select: { title: true } });
  const certificate = await tx.certificate.create({
    data: { enrollmentId: enrollment.id, userId: input.userId, courseId: input.courseId, code: generateCertificateCode(), finalGrade, issuedAt: completedAt },
  });
  await input.events.emit<CourseCompletedPayload>(tx, 'CourseCompleted', {
    enrollmentId: enrollment.id,
    userId: input.userId,
    courseId: input.courseId,
    finalGrade,
    completedAt: completedAt.toISOString(),
    certificateCode: certificate.code,
    courseTitle: course.title,
  });
  return { completed: true, enrollmentId: enrollment.id, finalGrade };
}
