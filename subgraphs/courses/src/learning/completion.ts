// Course completion: decides whether a student has met every module's requirements and, exactly once,
// completes the enrollment, fixes the final grade, issues the certificate and emits CourseCompleted.
import type { Db } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events';

export interface CompletionInput {
  userId: string;
  courseId: string;
  /** The courses outbox (`context.events`). */
  events: DomainOutbox;
  now?: Date;
}

export type CompletionOutcome = { completed: false } | { completed: true; enrollmentId: string; finalGrade: number };

/**
 * Call inside the transaction that recorded new progress or a new grade. Completes the enrollment when
 * every requirement is met and it is not completed yet; otherwise changes nothing.
 */
export async function evaluateCompletion(_tx: Db, _input: CompletionInput): Promise<CompletionOutcome> {
  return { completed: false };
}
