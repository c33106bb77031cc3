// Opaque cursors for keyset pagination over (time, id): the position of a page's last row, so the next
// page costs the same however deep it is. A cursor a list did not give out is BAD_USER_INPUT.
import { badInput } from './errors';
import { isUuid } from './uuid';

export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url');
}

/** The position a cursor holds; `refusal` is the message for a cursor this list did not give out. */
export function decodeKeysetCursor(cursor: string, refusal: string, field = 'after'): KeysetPosition {
  const invalid = () => badInput(refusal, field);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw invalid();
  const at = new Date(parsed[0]);
  if (Number.isNaN(at.getTime()) || !isUuid(parsed[1])) throw invalid();
  return { at, id: parsed[1] };
}
