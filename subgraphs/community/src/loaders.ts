// Per-request DataLoaders shared by every area: one SQL statement per hop however many parents ask.
import DataLoader from 'dataloader';
import type { ChannelMember } from '../../kit/src/db';
import type { SubgraphContext } from '../../kit/src/context';
import { isUuid } from '../../kit/src/uuid';

// Shared with the modules that import it from here.
export { isUuid };

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
