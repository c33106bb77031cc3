// The graph's rule for a rejection reason, checked before sending so the reviewer hears it at once.
export const REJECTION_REASON_MIN = 10;

/** What is wrong with a rejection reason, or null when the graph will accept it. */
export function rejectionReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length === 0) return 'Write what the instructors should change before rejecting.';
  if (length < REJECTION_REASON_MIN) return `Write at least ${REJECTION_REASON_MIN} characters so the instructors know what to change.`;
  return null;
}
