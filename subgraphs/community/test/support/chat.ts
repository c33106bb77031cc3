// Helpers for the chat tests: operations through the gateway and row counts for "nothing was written".
import type { TestPlatform } from '../../../../scripts/platform/test-platform';
import type { Person } from '../../../../scripts/platform/test-people';

export const SEND = `mutation Send($channelId: ID!, $body: String!, $threadRootId: ID, $attachmentIds: [ID!]) {
  sendMessage(channelId: $channelId, body: $body, threadRootId: $threadRootId, attachmentIds: $attachmentIds) {
    id seq body moderation threadRootId mentions { id } attachments { id fileName url }
  }
}`;

export interface SentMessage {
  id: string;
  seq: number;
  body: string | null;
  moderation: string;
  threadRootId: string | null;
  mentions: { id: string }[];
  attachments: { id: string; fileName: string; url: string }[];
}

/** Sends through the gateway and fails the test on any error. */
export async function send(platform: TestPlatform, person: Person, channelId: string, body: string, extra: Record<string, unknown> = {}): Promise<SentMessage> {
  const response = await platform.graphql<{ sendMessage: SentMessage }>(SEND, { channelId, body, ...extra }, { token: person.token });
  if (response.errors) throw new Error(`sendMessage failed: ${JSON.stringify(response.errors)}`);
  return response.data!.sendMessage;
}

/** Rows that any chat mutation could write, scoped to one channel (and its messages). */
export async function chatRowCounts(platform: TestPlatform, channelId: string) {
  const prisma = platform.handle.services.prisma;
  const messageIds = (await prisma.message.findMany({ where: { channelId }, select: { id: true } })).map((row) => row.id);
  return {
    messages: messageIds.length,
    lastSeq: (await prisma.channel.findUnique({ where: { id: channelId } }))?.lastSeq ?? null,
    members: await prisma.channelMember.count({ where: { channelId } }),
    invites: await prisma.channelInvite.count({ where: { channelId } }),
    attachments: await prisma.messageAttachment.count({ where: { channelId } }),
    reactions: await prisma.messageReaction.count({ where: { messageId: { in: messageIds } } }),
    edits: await prisma.messageEdit.count({ where: { messageId: { in: messageIds } } }),
    deleted: await prisma.message.count({ where: { channelId, deletedAt: { not: null } } }),
  };
}

/** The smallest valid PNG: a 1×1 transparent pixel. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
