// Rules every author-facing write honours: the blocked-word hold and bans. Messages, posts and comments
// call these inside their transaction, with the transaction client.
import type { Db } from '../../../kit/src/db';
import { userError } from '../../../kit/src/errors';

/** Lower-cased words of `text`: runs of letters, digits, apostrophes and hyphens. */
function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((word) => word.replace(/^['’-]+|['’-]+$/g, '')));
}

/** The blocked words `text` contains as whole words (case-insensitive); empty when it may be shown. */
export async function heldForBlockedWords(tx: Db, text: string): Promise<string[]> {
  const words = wordsOf(text);
  if (words.size === 0) return [];
  const blocked = await tx.blockedWord.findMany({ select: { word: true } });
  return blocked.map((row) => row.word).filter((word) => {
    const normalised = word.trim().toLowerCase();
    if (normalised === '') return false;
    if (words.has(normalised)) return true;
    // A blocked phrase of several words matches when it appears with word boundaries around it.
    if (!/\s/.test(normalised)) return false;
    const escaped = normalised.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
}

/**
 * Throws FORBIDDEN (with the reason and, when it has one, the expiry) when the person has an active ban
 * from the whole community or from the given channel.
 */
export async function assertNotBanned(tx: Db, input: { userId: string; channelId?: string | null }): Promise<void> {
  const now = new Date();
  const ban = await tx.ban.findFirst({
    where: {
      userId: input.userId,
      liftedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      AND: [{ OR: input.channelId ? [{ channelId: null }, { channelId: input.channelId }] : [{ channelId: null }] }],
    },
    orderBy: [{ expiresAt: { sort: 'desc', nulls: 'first' } }],
  });
  if (ban === null) return;
  const until = ban.expiresAt ? ` until ${ban.expiresAt.toISOString()}` : '';
  const where = ban.channelId ? 'from this channel' : 'from the community';
  throw userError('FORBIDDEN', `You are banned ${where}${until}: ${ban.reason}`, {
    reason: ban.reason,
    expiresAt: ban.expiresAt?.toISOString() ?? null,
  });
}
