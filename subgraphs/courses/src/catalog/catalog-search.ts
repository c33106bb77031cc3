// The public course catalog: published courses filtered, searched (full text over the weighted
// search vector) and sorted, one page at a time. Returns ordered ids and the total in one SQL
// statement; callers hydrate the rows they need, so a page costs the same however long it is.
import { z } from 'zod';
import type { Db, Difficulty } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { isUuid } from '../loaders';
import { decodeCatalogCursor, encodeCatalogCursor, type CatalogPosition, type CatalogSort } from './catalog-cursor';
import { searchQuerySql } from './search-index';

/** Largest page a client may ask for. */
export const MAX_CATALOG_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_CATALOG_PAGE_SIZE = 20;
/** Longest search text accepted. */
export const MAX_CATALOG_SEARCH_LENGTH = 200;

export interface CatalogFilter {
  facultyId?: string | null;
  facultySlug?: string | null;
  difficulty?: Difficulty | null;
  /** Teaching language code, e.g. "en"; compared without regard to case. */
  language?: string | null;
  /** One tag the course must carry, exactly as stored. */
  tag?: string | null;
  isFree?: boolean | null;
}

export interface CatalogRequest {
  /** Web-search syntax: words, "quoted phrases", -excluded, or. Blank means no search. */
  search?: string | null;
  filter?: CatalogFilter | null;
  /** @default relevance when searching, otherwise newest */
  sort?: CatalogSort | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface CatalogPage {
  edges: { courseId: string; cursor: string }[];
  /** Every published course matching the search and filter, whatever the page. */
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const pageSizeRule = (argument: string) =>
  z
    .number()
    .int()
    .min(0, `"${argument}" cannot be negative.`)
    .max(MAX_CATALOG_PAGE_SIZE, `"${argument}" can be at most ${MAX_CATALOG_PAGE_SIZE}; page through larger lists with cursors.`)
    .nullish();

const shortText = (what: string, max: number) => z.string().max(max, `${what} can be at most ${max} characters.`).nullish();

/** The catalog's arguments as a person can get them wrong; GraphQL validates them with this too. */
export const catalogRequestSchema = z
  .object({
    search: shortText('A search', MAX_CATALOG_SEARCH_LENGTH),
    first: pageSizeRule('first'),
    last: pageSizeRule('last'),
    after: shortText('"after"', 2000),
    before: shortText('"before"', 2000),
    filter: z
      .object({
        facultyId: z.string().refine(isUuid, 'facultyId must be a faculty’s id (a UUID).').nullish(),
        facultySlug: shortText('facultySlug', 80),
        language: shortText('language', 20),
        tag: shortText('tag', 60),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough()
  .refine((request) => request.first == null || request.last == null, {
    message: 'Pass either "first" or "last", not both.',
    path: ['last'],
  });

interface SortKeys {
  /** Ascending; descending orders are negated. */
  numberKey: string;
  textKey: string;
}

function sortKeys(sort: CatalogSort, rankExpression: string | null): SortKeys {
  switch (sort) {
    case 'relevance':
      return { numberKey: `-(${rankExpression ?? '0::float8'})`, textKey: `''` };
    case 'newest':
      return { numberKey: `-extract(epoch FROM coalesce(c.published_at, c.created_at))::float8`, textKey: `''` };
    case 'title':
      return { numberKey: '0::float8', textKey: 'lower(c.title)' };
    case 'popular':
      return {
        numberKey: `-(SELECT count(*) FROM courses.enrollment AS e
                       WHERE e.course_id = c.id AND e.status IN ('active', 'completed'))::float8`,
        textKey: `''`,
      };
    case 'duration':
      return { numberKey: 'c.duration_hours::float8', textKey: `''` };
  }
}

interface PageRow {
  total_count: number;
  rows_before: boolean;
  rows_after: boolean;
  id: string | null;
  number_key: number | null;
  text_key: string | null;
}

/** One page of published courses, in order, with the total and whether more lie either side. */
export async function searchCatalog(db: Db, request: CatalogRequest): Promise<CatalogPage> {
  const checked = catalogRequestSchema.safeParse(request);
  if (!checked.success) {
    // Resolvers validate first; this gives direct callers the same answer.
    const issue = checked.error.issues[0];
    throw badInput(issue?.message ?? 'Check the catalog arguments.', issue?.path.join('.'));
  }
  const search = request.search?.trim() ? request.search.trim() : null;
  // Relevance means nothing without a search; such a listing is newest first, cursors included.
  const sort: CatalogSort = search ? (request.sort ?? 'relevance') : request.sort === 'relevance' || !request.sort ? 'newest' : request.sort;
  const after = request.after ? decodeCatalogCursor(request.after, sort, 'after') : null;
  const before = request.before ? decodeCatalogCursor(request.before, sort, 'before') : null;
  const backward = request.last != null;
  const pageSize = request.last ?? request.first ?? DEFAULT_CATALOG_PAGE_SIZE;

  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };

  const conditions = [`c.status = 'published'`];
  let sources = 'courses.course AS c';
  let rankExpression: string | null = null;
  if (search) {
    sources += `, (SELECT ${searchQuerySql(param(search, 'text'))} AS query) AS search`;
    conditions.push('c.search_vector @@ search.query');
    rankExpression = 'ts_rank(c.search_vector, search.query)::float8';
  }
  const filter = request.filter ?? {};
  if (filter.facultyId) conditions.push(`c.faculty_id = ${param(filter.facultyId, 'uuid')}`);
  if (filter.facultySlug) {
    conditions.push(`c.faculty_id = (SELECT f.id FROM courses.faculty AS f WHERE f.slug = ${param(filter.facultySlug, 'text')})`);
  }
  if (filter.difficulty) conditions.push(`c.difficulty::text = ${param(filter.difficulty, 'text')}`);
  if (filter.language) conditions.push(`lower(c.language) = lower(${param(filter.language, 'text')})`);
  if (filter.tag) conditions.push(`${param(filter.tag, 'text')} = ANY (c.tags)`);
  if (filter.isFree != null) conditions.push(`c.is_free = ${param(filter.isFree, 'boolean')}`);

  const keys = sortKeys(sort, rankExpression);
  const position = (cursor: CatalogPosition) =>
    `(${param(String(cursor.numberKey), 'float8')}, ${param(cursor.textKey, 'text')}, ${param(cursor.id, 'uuid')})`;
  const row = '(m.number_key, m.text_key, m.id)';
  const afterPosition = after ? position(after) : null;
  const beforePosition = before ? position(before) : null;
  const window = [
    ...(afterPosition ? [`${row} > ${afterPosition}`] : []),
    ...(beforePosition ? [`${row} < ${beforePosition}`] : []),
  ];
  const direction = backward ? 'DESC' : 'ASC';

  const sql = `
    WITH matching AS (
      SELECT c.id, ${keys.numberKey} AS number_key, ${keys.textKey} AS text_key
        FROM ${sources}
       WHERE ${conditions.join(' AND ')}
    )
    SELECT totals.total_count, totals.rows_before, totals.rows_after, page.id, page.number_key, page.text_key
      FROM (SELECT (SELECT count(*)::int FROM matching) AS total_count,
                   ${afterPosition ? `EXISTS (SELECT 1 FROM matching AS m WHERE ${row} <= ${afterPosition})` : 'false'} AS rows_before,
                   ${beforePosition ? `EXISTS (SELECT 1 FROM matching AS m WHERE ${row} >= ${beforePosition})` : 'false'} AS rows_after
           ) AS totals
      LEFT JOIN LATERAL (
        SELECT m.id, m.number_key, m.text_key
          FROM matching AS m
         WHERE ${window.length > 0 ? window.join(' AND ') : 'true'}
         ORDER BY m.number_key ${direction}, m.text_key ${direction}, m.id ${direction}
         LIMIT ${param(pageSize + 1, 'int')}
      ) AS page ON true
     ORDER BY page.number_key ${direction}, page.text_key ${direction}, page.id ${direction}`;

  const rows = await db.$queryRawUnsafe<PageRow[]>(sql, ...params);
  const totals = rows[0];
  const found = rows.filter((candidate): candidate is PageRow & { id: string; number_key: number; text_key: string } => candidate.id !== null);
  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (backward) page.reverse();
  return {
    edges: page.map((candidate) => ({
      courseId: candidate.id,
      cursor: encodeCatalogCursor({ sort, numberKey: Number(candidate.number_key), textKey: candidate.text_key, id: candidate.id }),
    })),
    totalCount: totals?.total_count ?? 0,
    hasNextPage: backward ? Boolean(totals?.rows_after) : hasMore || Boolean(totals?.rows_after),
    hasPreviousPage: backward ? hasMore || Boolean(totals?.rows_before) : Boolean(totals?.rows_before),
  };
}

