// Cursors of a school's student list: the position (joined at, user id) of the last student of a page,
// opaque to clients. Keyset pagination, so a page costs the same however deep it is.
import { badInput } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';

export interface StudentPosition {
  joinedAt: Date;
  userId: string;
}

export function encodeStudentCursor(position: StudentPosition): string {
  return Buffer.from(JSON.stringify([position.joinedAt.toISOString(), position.userId])).toString('base64url');
}

export function decodeStudentCursor(cursor: string): StudentPosition {
  const invalid = () => badInput('That cursor is not one this list gave out; load the first page again.', 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw invalid();
  const joinedAt = new Date(parsed[0]);
  if (Number.isNaN(joinedAt.getTime()) || !isUuid(parsed[1])) throw invalid();
  return { joinedAt, userId: parsed[1] };
}
