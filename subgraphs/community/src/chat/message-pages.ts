// Pages of a channel's messages (or one thread's replies) in sequence order. Clients open a channel at
// its newest messages (`last`, then `before` to scroll back) and catch up with `first`/`after`.
import type { Channel, ChannelMember, Message, Prisma, PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { canModerateChannel } from '../channel-access';
import { decodeMessageCursor, encodeMessageCursor } from './message-cursor';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export interface MessagePageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** Replies of this top-level message; without it, the channel's top-level messages. */
  threadRootId?: string | null;
}

export interface MessagePage<M extends Message = Message> {
  edges: { cursor: string; node: M }[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

function pageSize(value: number | null | undefined, field: string): number {
  if (value == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) throw badInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}.`, field);
  return value;
}

/** Held and rejected messages are shown only to their author and the channel's moderators. */
export function visibleMessagesWhere(viewer: Viewer, member: Pick<ChannelMember, 'role'> | null): Prisma.MessageWhereInput {
  if (canModerateChannel(viewer, member)) return {};
  return viewer.kind === 'user' ? { OR: [{ moderation: 'visible' }, { authorId: viewer.id }] } : { moderation: 'visible' };
}

/**
 * One page, oldest first within the page. `query` is the selection the GraphQL layer wants hydrated, so
 * the page costs the same number of statements however long it is.
 */
export async function messagePage(
  prisma: PrismaClient,
  viewer: Viewer,
  channel: Pick<Channel, 'id'>,
  member: Pick<ChannelMember, 'role'> | null,
  args: MessagePageArgs,
  query: object = {},
): Promise<MessagePage> {
  const forwards = args.first != null || args.after != null;
  if (forwards && (args.last != null || args.before != null)) throw badInput('Page forwards (first/after) or backwards (last/before), not both.', 'last');
  const size = forwards ? pageSize(args.first, 'first') : pageSize(args.last, 'last');
  const afterSeq = args.after != null ? decodeMessageCursor(args.after, channel.id, 'after') : null;
  const beforeSeq = args.before != null ? decodeMessageCursor(args.before, channel.id, 'before') : null;

  const where: Prisma.MessageWhereInput = {
    AND: [
      { channelId: channel.id, threadRootId: args.threadRootId ?? null },
      visibleMessagesWhere(viewer, member),
      afterSeq !== null ? { seq: { gt: afterSeq } } : {},
      beforeSeq !== null ? { seq: { lt: beforeSeq } } : {},
    ],
  };
  const rows = (await prisma.message.findMany({
    ...(query as Prisma.MessageFindManyArgs),
    where,
    orderBy: { seq: forwards ? 'asc' : 'desc' },
    take: size + 1,
  })) as Message[];
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (!forwards) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeMessageCursor(channel.id, node.seq), node }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: forwards ? afterSeq !== null : more,
      hasNextPage: forwards ? more : beforeSeq !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
