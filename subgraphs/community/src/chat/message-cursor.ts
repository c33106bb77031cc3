// Cursors of a channel's message list name a sequence number in one channel. They are opaque to
// clients; one that this API did not hand out (or one from another channel) is BAD_USER_INPUT.
import { badInput } from '../../../kit/src/errors';

const PREFIX = 'msg';

export function encodeMessageCursor(channelId: string, seq: number): string {
  return Buffer.from(`${PREFIX}:${channelId}:${seq}`, 'utf8').toString('base64url');
}

/** The sequence number a cursor points at; throws BAD_USER_INPUT when it is not one of this channel's. */
export function decodeMessageCursor(cursor: string, channelId: string, field: string): number {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const [prefix, cursorChannel, seqText] = text.split(':');
  const seq = Number(seqText);
  if (prefix !== PREFIX || cursorChannel !== channelId || !/^\d{1,10}$/.test(seqText ?? '') || !Number.isSafeInteger(seq)) {
    throw badInput('That cursor does not come from this message list; load the newest page again.', field);
  }
  return seq;
}

/** Search results are ranked, so their cursors carry the position in the ranking. */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`search:${offset}`, 'utf8').toString('base64url');
}

export function decodeSearchCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^search:(\d{1,7})$/.exec(text);
  if (!match) throw badInput('That cursor does not come from these search results; search again.', 'after');
  return Number(match[1]);
}
