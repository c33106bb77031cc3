// Full-text search over the messages a person may read: public channels and channels they belong to
// (all channels for admins). Held messages are found only by their author; deleted ones never.
import type { Message, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { requireReadableChannel } from '../channel-access';
import { decodeSearchCursor, encodeSearchCursor } from './message-cursor';
import { signedInViewerId as signedInId } from '../../../kit/src/signed-in';

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_MAX = 50;

export interface SearchArgs {
  query: string;
  channelId?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchPage {
  edges: { cursor: string; node: Message }[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

export async function searchMessages(prisma: PrismaClient, viewer: Viewer, args: SearchArgs): Promise<SearchPage> {
  const userId = signedInId(viewer);
  const text = args.query.trim();
  if (text.length === 0 || text.length > SEARCH_QUERY_MAX) throw badInput(`Search for 1-${SEARCH_QUERY_MAX} characters of text.`, 'query');
  const size = args.first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > SEARCH_PAGE_MAX) throw badInput(`first must be between 1 and ${SEARCH_PAGE_MAX}.`, 'first');
  const offset = args.after != null ? decodeSearchCursor(args.after) + 1 : 0;
  if (args.channelId) await requireReadableChannel(prisma, viewer, args.channelId);
  const isAdmin = hasRole(viewer, 'admin');

  const hits = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m.id
    FROM community.message m
    JOIN community.channel c ON c.id = m.channel_id
    LEFT JOIN community.channel_member cm ON cm.channel_id = m.channel_id AND cm.user_id = ${userId}::uuid,
    websearch_to_tsquery('english', ${text}) q
    WHERE m.search_vector @@ q
      AND m.deleted_at IS NULL
      AND (m.moderation = 'visible' OR m.author_id = ${userId}::uuid)
      AND (c.kind = 'public' OR cm.user_id IS NOT NULL OR ${isAdmin})
      ${args.channelId ? Prisma.sql`AND m.channel_id = ${args.channelId}::uuid` : Prisma.empty}
    ORDER BY ts_rank(m.search_vector, q) DESC, m.created_at DESC, m.id
    OFFSET ${offset} LIMIT ${size + 1}`;
  const more = hits.length > size;
  const ids = hits.slice(0, size).map((hit) => hit.id);
  const rows = ids.length > 0 ? await prisma.message.findMany({ where: { id: { in: ids } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edges = ids.flatMap((id, index) => {
    const node = byId.get(id);
    return node ? [{ cursor: encodeSearchCursor(offset + index), node }] : [];
  });
  return {
    edges,
    pageInfo: { hasPreviousPage: offset > 0, hasNextPage: more, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
