// Per-request DataLoaders for the chat fields: one SQL statement per hop however many messages or
// channels a page holds.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Message, MessageAttachment, MessageEdit } from '../../../../kit/src/db';

export interface ReactionSummary {
  emoji: string;
  count: number;
  viewerReacted: boolean;
}

/** Reactions per message, grouped by emoji in order of first use. */
export const messageReactions = (context: SubgraphContext) =>
  context.loader('chat.messageReactions', () =>
    new DataLoader<string, ReactionSummary[]>(async (messageIds) => {
      const rows = await context.prisma.messageReaction.findMany({
        where: { messageId: { in: [...messageIds] } },
        orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      });
      const viewerId = context.viewer.kind === 'user' ? context.viewer.id : null;
      const byMessage = new Map<string, Map<string, ReactionSummary>>();
      for (const row of rows) {
        const summaries = byMessage.get(row.messageId) ?? new Map<string, ReactionSummary>();
        byMessage.set(row.messageId, summaries);
        const summary = summaries.get(row.emoji) ?? { emoji: row.emoji, count: 0, viewerReacted: false };
        summaries.set(row.emoji, summary);
        summary.count += 1;
        if (row.userId === viewerId) summary.viewerReacted = true;
      }
      return messageIds.map((id) => [...(byMessage.get(id)?.values() ?? [])]);
    }),
  );

export const messageAttachments = (context: SubgraphContext) =>
  context.loader('chat.messageAttachments', () =>
    new DataLoader<string, MessageAttachment[]>(async (messageIds) => {
      const rows = await context.prisma.messageAttachment.findMany({
        where: { messageId: { in: [...messageIds] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return messageIds.map((id) => rows.filter((row) => row.messageId === id));
    }),
  );

export const messageEdits = (context: SubgraphContext) =>
  context.loader('chat.messageEdits', () =>
    new DataLoader<string, MessageEdit[]>(async (messageIds) => {
      const rows = await context.prisma.messageEdit.findMany({
        where: { messageId: { in: [...messageIds] } },
        orderBy: [{ editedAt: 'asc' }, { id: 'asc' }],
      });
      return messageIds.map((id) => rows.filter((row) => row.messageId === id));
    }),
  );

/** The newest message of each channel, keyed by `${channelId}:${lastSeq}`. */
export const lastMessages = (context: SubgraphContext) =>
  context.loader('chat.lastMessages', () =>
    new DataLoader<{ channelId: string; seq: number }, Message | null, string>(
      async (keys) => {
        const wanted = keys.filter((key) => key.seq > 0);
        const rows = wanted.length > 0 ? await context.prisma.message.findMany({ where: { OR: wanted.map((key) => ({ channelId: key.channelId, seq: key.seq })) } }) : [];
        const byKey = new Map(rows.map((row) => [`${row.channelId}:${row.seq}`, row]));
        return keys.map((key) => byKey.get(`${key.channelId}:${key.seq}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.channelId}:${key.seq}` },
    ),
  );
