// Opaque cursors of the course catalog. A cursor carries the position of a course in one sort order
// (keyset pagination), so inserts before it never shift a page, unlike an offset would.
import { z } from 'zod';
import { badInput } from '../../../kit/src/errors';
import { isUuid } from '../loaders';

export const CATALOG_SORTS = ['relevance', 'newest', 'title', 'popular', 'duration'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

/**
 * Where a course sits in a sort order: every order is ascending on (numberKey, textKey, id), with
 * descending orders stored negated, so one row comparison pages through all of them.
 */
export interface CatalogPosition {
  sort: CatalogSort;
  numberKey: number;
  textKey: string;
  id: string;
}

const PREFIX = 'catalog:';

const positionSchema = z.object({
  sort: z.enum(CATALOG_SORTS),
  numberKey: z.number().refine(Number.isFinite),
  textKey: z.string().max(1000),
  id: z.string().refine(isUuid),
});

export function encodeCatalogCursor(position: CatalogPosition): string {
  const { sort, numberKey, textKey, id } = position;
  return Buffer.from(PREFIX + JSON.stringify({ sort, numberKey, textKey, id }), 'utf8').toString('base64url');
}

/**
 * Reads a cursor this catalog handed out for the same sort order; anything else is BAD_USER_INPUT
 * naming the argument, since a position in another order means nothing in this one.
 */
export function decodeCatalogCursor(cursor: string, sort: CatalogSort, argument: 'after' | 'before'): CatalogPosition {
  const malformed = () => badInput(`"${argument}" is not a cursor from this course list. Use an edge's cursor as it was given.`, argument);
  if (cursor.length > 2000) throw malformed();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw malformed();
  }
  const result = positionSchema.safeParse(parsed);
  if (!result.success) throw malformed();
  if (result.data.sort !== sort) {
    throw badInput(`"${argument}" was given for the ${result.data.sort} order; start again from the first page when you change the sort.`, argument);
  }
  return result.data;
}
