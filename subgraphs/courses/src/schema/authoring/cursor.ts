// Connection cursors arrive from clients: one that this API did not hand out would otherwise reach the
// database as a malformed id and fail as INTERNAL instead of BAD_USER_INPUT.
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { isUuid } from '../../loaders';

/** True for a cursor of a connection keyed by a uuid `id`. */
function isIdCursor(cursor: string): boolean {
  try {
    const id = parsePrismaCursor(cursor);
    return typeof id === 'string' && isUuid(id);
  } catch {
    return false;
  }
}

const cursorRule = z
  .string()
  .nullish()
  .refine((cursor) => cursor == null || isIdCursor(cursor), 'That cursor does not come from this list; load the first page again.');

/** Validates `after` and `before` of a connection field, leaving its other arguments alone. */
export const cursorArgsRule = z.looseObject({ after: cursorRule, before: cursorRule });
