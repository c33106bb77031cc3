// Sending, editing and deleting messages, and reactions. Everything a change writes (the message, its
// sequence number, search vector, thread count, attachments, mentions, moderation case) commits in one
// transaction; pub/sub events and notifications are announced only after it has.
import type { Db, Message, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound, rateLimited } from '../../../kit/src/errors';
import type { PubSub } from '../../../kit/src/pubsub';
import type { Viewer } from '../../../kit/src/viewer';
import { canModerateChannel, canPostInChannel, canReadChannel, requireReadableChannel } from '../channel-access';
import { assertNotBanned, heldForBlockedWords } from '../feed/moderation-rules';
import { mentionedUserIds } from '../mentions';
import { announceNotifications, createNotifications, type CreatedNotification, type NewNotification } from '../notifications';
import { publishMessageEvent, publishReactionEvent } from '../realtime/topics';
import { checkMessageBody, checkReactionEmoji, MAX_ATTACHMENTS_PER_MESSAGE, retryAfterSeconds, SEND_RATE_LIMIT } from './message-rules';
import { signedInViewerId as signedInId } from '../../../kit/src/signed-in';

export interface SendMessageInput {
  channelId: string;
  body: string;
  threadRootId?: string | null;
  attachmentIds?: readonly string[] | null;
}

/** Throws RATE_LIMITED when the person sent the limit's worth of messages within the window. */
async function assertUnderSendRate(tx: Db, authorId: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - SEND_RATE_LIMIT.windowSeconds * 1000);
  const recent = await tx.message.findMany({
    where: { authorId, createdAt: { gt: windowStart } },
    orderBy: { createdAt: 'desc' },
    take: SEND_RATE_LIMIT.messages,
    select: { createdAt: true },
  });
  if (recent.length < SEND_RATE_LIMIT.messages) return;
  const wait = retryAfterSeconds(recent[recent.length - 1]!.createdAt, now);
  throw rateLimited(wait, `You are sending messages too quickly. Wait ${wait} second(s) and try again.`);
}

/** Keeps the full-text index in step with the body; a null body (deleted) clears it. */
async function updateSearchVector(tx: Db, messageId: string, body: string | null): Promise<void> {
  await tx.$executeRaw`UPDATE community.message SET search_vector = CASE WHEN ${body}::text IS NULL THEN NULL ELSE to_tsvector('english', ${body}::text) END WHERE id = ${messageId}::uuid`;
}

/** Mentioned people who may read the channel: anyone signed in for public channels, members otherwise. */
async function readersAmong(tx: Db, channel: { id: string; kind: string }, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0 || channel.kind === 'public') return userIds;
  const members = await tx.channelMember.findMany({ where: { channelId: channel.id, userId: { in: userIds } }, select: { userId: true } });
  const readers = new Set(members.map((member) => member.userId));
  return userIds.filter((id) => readers.has(id));
}

async function openBlockedWordCase(tx: Db, message: Pick<Message, 'id' | 'authorId'>, words: string[]): Promise<void> {
  const open = await tx.moderationCase.findFirst({ where: { targetType: 'message', targetId: message.id, source: 'blocked_word', status: 'open' } });
  if (open) return;
  await tx.moderationCase.create({
    data: { targetType: 'message', targetId: message.id, authorId: message.authorId, source: 'blocked_word', reason: `Contains blocked words: ${words.join(', ')}` },
  });
}

export async function sendMessage(prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: SendMessageInput, now = new Date()): Promise<Message> {
  const authorId = signedInId(viewer);
  const body = checkMessageBody(input.body);
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_ATTACHMENTS_PER_MESSAGE) throw badInput(`Attach at most ${MAX_ATTACHMENTS_PER_MESSAGE} files to one message.`, 'attachmentIds');

  let notifications: CreatedNotification[] = [];
  const message = await prisma.$transaction(async (tx) => {
    const { channel, member } = await requireReadableChannel(tx, viewer, input.channelId);
    if (channel.archivedAt !== null) throw forbidden('This channel is archived; nobody can post in it any more.');
    if (!canPostInChannel(viewer, channel, member)) throw forbidden('You cannot post in this channel.');
    await assertNotBanned(tx, { userId: authorId, channelId: channel.id });
    await assertUnderSendRate(tx, authorId, now);

    let root: Message | null = null;
    if (input.threadRootId) {
      root = await tx.message.findUnique({ where: { id: input.threadRootId } });
      if (root === null || root.channelId !== channel.id || root.threadRootId !== null || root.deletedAt !== null) {
        throw badInput('Reply to a top-level message of this channel (threads are one level deep).', 'threadRootId');
      }
    }
    if (attachmentIds.length > 0) {
      const usable = await tx.messageAttachment.count({ where: { id: { in: attachmentIds }, uploaderId: authorId, channelId: channel.id, messageId: null } });
      if (usable !== attachmentIds.length) {
        throw badInput('Attach only files you uploaded to this channel that are not already part of a message.', 'attachmentIds');
      }
    }

    const blockedWords = await heldForBlockedWords(tx, body);
    const held = blockedWords.length > 0;
    const mentioned = mentionedUserIds(body).filter((id) => id !== authorId);
    // The UPDATE takes the channel row's lock until commit, so sequence order is commit order.
    const { lastSeq: seq } = await tx.channel.update({ where: { id: channel.id }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
    const created = await tx.message.create({
      data: { channelId: channel.id, seq, authorId, body, threadRootId: root?.id ?? null, mentionedUserIds: mentioned, moderation: held ? 'held' : 'visible', createdAt: now },
    });
    await updateSearchVector(tx, created.id, body);
    // Sending implies having read the channel up to here, so your own messages never count as unread.
    await tx.channelMember.updateMany({ where: { channelId: channel.id, userId: authorId, lastReadSeq: { lt: seq } }, data: { lastReadSeq: seq, lastReadAt: now } });
    if (attachmentIds.length > 0) await tx.messageAttachment.updateMany({ where: { id: { in: attachmentIds } }, data: { messageId: created.id } });
    if (root) await tx.message.update({ where: { id: root.id }, data: { replyCount: { increment: 1 } } });

    if (held) {
      await openBlockedWordCase(tx, created, blockedWords);
    } else {
      // Held messages notify nobody until a moderator lets them through.
      const payload = { channelId: channel.id, messageId: created.id };
      const wanted: NewNotification[] = (await readersAmong(tx, channel, mentioned)).map((userId) => ({ userId, kind: 'mention', actorId: authorId, payload }));
      if (root && !mentioned.includes(root.authorId)) wanted.push({ userId: root.authorId, kind: 'reply', actorId: authorId, payload: { ...payload, threadRootId: root.id } });
      notifications = await createNotifications(tx, wanted);
    }
    return created;
  });

  await publishMessageEvent(pubsub, { kind: 'added', channelId: message.channelId, messageId: message.id, seq: message.seq });
  await announceNotifications(pubsub, notifications);
  return message;
}

/** Loads a message whose channel the viewer may read, with the viewer's membership; NOT_FOUND otherwise. */
async function requireReadableMessage(tx: Db, viewer: Viewer, messageId: string) {
  const message = await tx.message.findUnique({ where: { id: messageId }, include: { channel: true } });
  const member = message && viewer.kind === 'user'
    ? await tx.channelMember.findUnique({ where: { channelId_userId: { channelId: message.channelId, userId: viewer.id } } })
    : null;
  if (message === null || !canReadChannel(viewer, message.channel, member)) throw notFound('That message');
  const { channel, ...row } = message;
  return { message: row as Message, channel, member };
}

export async function editMessage(prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: { messageId: string; body: string }): Promise<Message> {
  const userId = signedInId(viewer);
  const body = checkMessageBody(input.body);
  const edited = await prisma.$transaction(async (tx) => {
    const { message, channel } = await requireReadableMessage(tx, viewer, input.messageId);
    if (message.authorId !== userId) throw forbidden('Only the author can edit a message.');
    if (message.deletedAt !== null) throw conflict('This message was deleted; it can no longer be edited.');
    if (channel.archivedAt !== null) throw forbidden('This channel is archived; its messages can no longer change.');
    await assertNotBanned(tx, { userId, channelId: channel.id });
    if (message.body === body) return message;
    const blockedWords = await heldForBlockedWords(tx, body);
    await tx.messageEdit.create({ data: { messageId: message.id, previousBody: message.body } });
    const updated = await tx.message.update({
      where: { id: message.id },
      data: {
        body,
        editedAt: new Date(),
        mentionedUserIds: mentionedUserIds(body).filter((id) => id !== userId),
        ...(blockedWords.length > 0 && message.moderation === 'visible' ? { moderation: 'held' } : {}),
      },
    });
    if (blockedWords.length > 0 && message.moderation === 'visible') await openBlockedWordCase(tx, updated, blockedWords);
    await updateSearchVector(tx, message.id, body);
    return updated;
  });
  await publishMessageEvent(pubsub, { kind: 'updated', channelId: edited.channelId, messageId: edited.id, seq: edited.seq, wasVisible: edited.moderation === 'visible' });
  return edited;
}

/** Soft delete by the author or a channel moderator: the row stays as a tombstone with no text or history. */
export async function deleteMessage(prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, messageId: string): Promise<Message> {
  const userId = signedInId(viewer);
  const { deleted, changed } = await prisma.$transaction(async (tx) => {
    const { message, member } = await requireReadableMessage(tx, viewer, messageId);
    if (message.authorId !== userId && !canModerateChannel(viewer, member)) {
      throw forbidden('Only the author or the channel’s moderators can delete a message.');
    }
    if (message.deletedAt !== null) return { deleted: message, changed: false };
    await tx.messageEdit.deleteMany({ where: { messageId: message.id } });
    const row = await tx.message.update({
      where: { id: message.id },
      data: { body: '', deletedAt: new Date(), deletedById: userId, mentionedUserIds: [] },
    });
    await updateSearchVector(tx, message.id, null);
    return { deleted: row, changed: true };
  });
  if (changed) await publishMessageEvent(pubsub, { kind: 'updated', channelId: deleted.channelId, messageId: deleted.id, seq: deleted.seq, wasVisible: deleted.moderation === 'visible' });
  return deleted;
}

/** Adds or removes the viewer's reaction; doing what is already done changes nothing and publishes nothing. */
export async function setReaction(
  prisma: PrismaClient,
  pubsub: PubSub,
  viewer: Viewer,
  input: { messageId: string; emoji: string; add: boolean },
): Promise<Message> {
  const userId = signedInId(viewer);
  const emoji = checkReactionEmoji(input.emoji);
  const { message, changed } = await prisma.$transaction(async (tx) => {
    const { message: target, channel, member } = await requireReadableMessage(tx, viewer, input.messageId);
    const visibleToViewer = target.moderation === 'visible' || target.authorId === userId || canModerateChannel(viewer, member);
    if (!visibleToViewer) throw notFound('That message');
    if (input.add) {
      if (target.deletedAt !== null) throw conflict('This message was deleted; it cannot take reactions.');
      if (!canPostInChannel(viewer, channel, member)) throw forbidden('You cannot react in this channel.');
      const inserted = await tx.messageReaction.createMany({ data: [{ messageId: target.id, userId, emoji }], skipDuplicates: true });
      return { message: target, changed: inserted.count > 0 };
    }
    const removed = await tx.messageReaction.deleteMany({ where: { messageId: target.id, userId, emoji } });
    return { message: target, changed: removed.count > 0 };
  });
  if (changed) await publishReactionEvent(pubsub, { channelId: message.channelId, messageId: message.id, userId, emoji, added: input.add });
  return message;
}
