// How moderation cases are worded on screen: their status, what was reported and why it is in the queue.
import type { CaseSource, CaseStatus, ReportTarget } from '../../../gql/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'approved', 'rejected'];

export const statusWords: Record<CaseStatus, string> = { open: 'Open', approved: 'Kept (approved)', rejected: 'Removed (rejected)' };

export const targetWords: Record<ReportTarget, string> = { message: 'Chat message', post: 'Post', comment: 'Comment' };

export const sourceWords: Record<CaseSource, string> = { report: 'Reported by a person', blocked_word: 'Held for a blocked word' };

/** The graph asks for 10–500 characters when rejecting; the same bounds are shown before sending. */
export const DECISION_REASON_MAX = 500;
