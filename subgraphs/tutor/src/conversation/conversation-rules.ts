// The limits of a tutoring conversation, in one place so the schema, the domain and the tests agree.

/** Longest question a student may send, in characters (a long paragraph; essays go through essayFeedback). */
export const MAX_QUESTION_LENGTH = 4000;
/** Longest session title. */
export const MAX_SESSION_TITLE_LENGTH = 120;
/** Questions one person may send across all sessions within the window. */
export const SEND_RATE_LIMIT = { questions: 10, windowSeconds: 60 };
/** A pending answer older than this lost its process and is finished as failed when the session moves on. */
export const STALE_PENDING_MS = 5 * 60 * 1000;
/** Tokens of earlier turns carried into a prompt; the oldest turns are dropped first. */
export const HISTORY_BUDGET_TOKENS = 3000;
/** Passages of course material carried into a prompt. */
export const PASSAGES_PER_ANSWER = 4;
/** Earlier messages read for the history before the budget trims them. */
export const HISTORY_MESSAGES_READ = 40;

/** A session's title from its first question: the first line, shortened on a word boundary. */
export function titleFromQuestion(question: string): string {
  const firstLine = question.trim().split('\n')[0]!.trim();
  if (firstLine.length <= 60) return firstLine;
  const cut = firstLine.slice(0, 60);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 30 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

