// How long a community-wide ban lasts, as moderators choose it, and the end instant the graph takes.

export type BanLength = 'day' | 'week' | 'month' | 'forever';

export const BAN_LENGTHS: readonly BanLength[] = ['day', 'week', 'month', 'forever'];

export const banLengthWords: Record<BanLength, string> = { day: 'One day', week: 'One week', month: '30 days', forever: 'Until lifted' };

const DAY_MS = 86_400_000;
const DAYS: Record<Exclude<BanLength, 'forever'>, number> = { day: 1, week: 7, month: 30 };

/** The ban's end (ISO), or null for a ban without end. */
export function banExpiresAt(length: BanLength, now: Date): string | null {
  return length === 'forever' ? null : new Date(now.getTime() + DAYS[length] * DAY_MS).toISOString();
}

/** The graph takes 3–500 characters; the same rule is said before sending. */
export function banReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < 3) return 'Say why in at least 3 characters; the person is shown it.';
  if (length > 500) return 'Use at most 500 characters.';
  return null;
}
