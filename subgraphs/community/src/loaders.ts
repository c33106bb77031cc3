// Per-request DataLoaders shared by every area: one SQL statement per hop however many parents ask.
import DataLoader from 'dataloader';
import type { ChannelMember } from '../../kit/src/db';
import type { SubgraphContext } from '../../kit/src/context';

// Ids arrive from clients and other subgraphs; a non-UUID would make Postgres fail the whole batch.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** The viewer's own membership in each channel (null when not a member or anonymous). */
export const viewerMembership = (context: SubgraphContext) =>
  context.loader('community.viewerMembership', () =>
    new DataLoader<string, ChannelMember | null>(async (channelIds) => {
      if (context.viewer.kind !== 'user') return channelIds.map(() => null);
      const wanted = channelIds.filter(isUuid);
      const rows = wanted.length > 0
        ? await context.prisma.channelMember.findMany({ where: { userId: context.viewer.id, channelId: { in: wanted } } })
        : [];
      const byChannel = new Map(rows.map((row) => [row.channelId, row]));
      return channelIds.map((id) => byChannel.get(id) ?? null);
    }),
  );
