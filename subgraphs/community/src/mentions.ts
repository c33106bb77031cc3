// Mentions in Markdown text: the web app inserts `@[Display Name](user-uuid)` when a person is picked
// from the suggestion list, so the id is exact and a name change never breaks an old mention.

const MENTION = /@\[([^\]\n]{1,80})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** At most this many distinct people are notified per message, post or comment. */
export const MAX_MENTIONS = 20;

/** The distinct user ids mentioned in `text`, in order of first appearance, at most MAX_MENTIONS. */
export function mentionedUserIds(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const id = match[2]!.toLowerCase();
    if (!ids.includes(id)) ids.push(id);
    if (ids.length === MAX_MENTIONS) break;
  }
  return ids;
}
