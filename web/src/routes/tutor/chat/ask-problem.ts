// Why a question could not be asked, in words a student can act on: the monthly quota (with the plan,
// its limit and when it resets), asking too fast (with how long to wait), or the graph's own message.
import { CombinedGraphQLErrors } from '@apollo/client';
import { messageOf } from '../../../ui/error-message';

export type AskProblem =
  | { kind: 'quota'; message: string; plan: string | null; limit: number | null }
  | { kind: 'rate'; message: string; retryAfterSeconds: number | null }
  | { kind: 'other'; message: string };

export function askProblemOf(error: unknown): AskProblem {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const extensions = first?.extensions ?? {};
  const message = messageOf(error);
  if (extensions.code === 'PAYMENT_REQUIRED') {
    return {
      kind: 'quota',
      message,
      plan: typeof extensions.plan === 'string' ? extensions.plan : null,
      limit: typeof extensions.limit === 'number' ? extensions.limit : null,
    };
  }
  if (extensions.code === 'RATE_LIMITED') {
    return { kind: 'rate', message, retryAfterSeconds: typeof extensions.retryAfter === 'number' ? extensions.retryAfter : null };
  }
  return { kind: 'other', message };
}

export function waitWords(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} second${Math.ceil(seconds) === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
