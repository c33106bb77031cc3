// Moderation: reports, blocked-word holds, moderators' decisions, bans and the blocked-word list.
// Admins moderate posts and comments; a channel's owners and moderators (and admins) its messages.
import type { CaseStatus, Db, ModerationCase, Ban, Prisma, PrismaClient, ReportTarget } from '../../../kit/src/db';
import { Prisma as PrismaNamespace } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { hasRole } from '../../../kit/src/viewer';
import { canModerateChannel, canReadChannel } from '../channel-access';
import { createNotifications, type CreatedNotification } from '../notifications';
import type { MessageEvent, PostEvent } from '../realtime/topics';
import { canReadPost, loadAudience } from './audience';
import type { SignedInViewer } from './posts';

export type ModerationDecision = 'approve' | 'reject';

/** Opens the case that keeps held content in the moderators' queue. */
export async function openBlockedWordCase(
  tx: Db,
  input: { targetType: ReportTarget; targetId: string; authorId: string; words: readonly string[] },
): Promise<ModerationCase> {
  return tx.moderationCase.create({
    data: {
      targetType: input.targetType,
      targetId: input.targetId,
      authorId: input.authorId,
      source: 'blocked_word',
      reason: `Held automatically: contains ${input.words.map((word) => `"${word}"`).join(', ')}.`,
    },
  });
}

interface Target {
  authorId: string;
  /** The channel of a message target; moderators of it may decide. */
  channelId: string | null;
}

/** The target's author, when the viewer may see the target at all; null otherwise. */
async function visibleTarget(db: Db, viewer: SignedInViewer, targetType: ReportTarget, targetId: string): Promise<Target | null> {
  if (targetType === 'message') {
    const message = await db.message.findUnique({ where: { id: targetId }, include: { channel: true } });
    if (message === null || message.deletedAt !== null) return null;
    const member = await db.channelMember.findUnique({ where: { channelId_userId: { channelId: message.channelId, userId: viewer.id } } });
    if (!canReadChannel(viewer, message.channel, member)) return null;
    if (message.moderation !== 'visible' && message.authorId !== viewer.id && !canModerateChannel(viewer, member)) return null;
    return { authorId: message.authorId, channelId: message.channelId };
  }
  const audience = await loadAudience(db, viewer);
  if (targetType === 'post') {
    const post = await db.post.findUnique({ where: { id: targetId } });
    return post && post.deletedAt === null && canReadPost(audience, post) ? { authorId: post.authorId, channelId: null } : null;
  }
  const comment = await db.postComment.findUnique({ where: { id: targetId }, include: { post: true } });
  if (comment === null || comment.deletedAt !== null || !canReadPost(audience, comment.post)) return null;
  if (comment.moderation !== 'visible' && comment.authorId !== viewer.id && !audience.isAdmin) return null;
  return { authorId: comment.authorId, channelId: null };
}

/** One report per person per target; you cannot report what you cannot see (NOT_FOUND). */
export async function reportContent(
  prisma: PrismaClient,
  viewer: SignedInViewer,
  input: { targetType: ReportTarget; targetId: string; reason: string },
): Promise<ModerationCase> {
  return prisma.$transaction(async (tx) => {
    const target = await visibleTarget(tx, viewer, input.targetType, input.targetId);
    if (target === null) throw notFound(`That ${input.targetType}`);
    const existing = await tx.moderationCase.findUnique({
      where: { targetType_targetId_reporterId: { targetType: input.targetType, targetId: input.targetId, reporterId: viewer.id } },
      select: { id: true },
    });
    if (existing) throw conflict(`You have already reported this ${input.targetType}; moderators will look at it.`);
    try {
      return await tx.moderationCase.create({
        data: { targetType: input.targetType, targetId: input.targetId, authorId: target.authorId, source: 'report', reporterId: viewer.id, reason: input.reason },
      });
    } catch (error) {
      if (error instanceof PrismaNamespace.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw conflict(`You have already reported this ${input.targetType}; moderators will look at it.`);
      }
      throw error;
    }
  });
}

/** Whether the viewer may decide `moderationCase` (and see who reported it). */
export async function canDecideCase(db: Db, viewer: SignedInViewer, moderationCase: Pick<ModerationCase, 'targetType' | 'targetId'>): Promise<boolean> {
  if (hasRole(viewer, 'admin')) return true;
  if (moderationCase.targetType !== 'message') return false;
  const message = await db.message.findUnique({ where: { id: moderationCase.targetId }, select: { channelId: true } });
  if (message === null) return false;
  const member = await db.channelMember.findUnique({ where: { channelId_userId: { channelId: message.channelId, userId: viewer.id } } });
  return canModerateChannel(viewer, member);
}

/** Cases the viewer moderates: all for admins; those about messages in their channels for channel moderators. */
export async function moderationQueueWhere(db: Db, viewer: SignedInViewer, status: CaseStatus): Promise<Prisma.ModerationCaseWhereInput> {
  if (hasRole(viewer, 'admin')) return { status };
  const moderates = await db.channelMember.count({ where: { userId: viewer.id, role: { in: ['owner', 'moderator'] } } });
  if (moderates === 0) throw forbidden('Only moderators can see the moderation queue.');
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT mc.id::text AS id
    FROM community.moderation_case mc
    JOIN community.message m ON m.id = mc.target_id
    JOIN community.channel_member cm ON cm.channel_id = m.channel_id AND cm.user_id = ${viewer.id}::uuid AND cm.role::text IN ('owner', 'moderator')
    WHERE mc.target_type::text = 'message' AND mc.status::text = ${status}`;
  return { status, id: { in: rows.map((row) => row.id) } };
}

export interface DecidedCase {
  moderationCase: ModerationCase;
  notifications: CreatedNotification[];
  /** Live events to publish after commit. */
  postEvent: PostEvent | null;
  messageEvent: MessageEvent | null;
}

/**
 * Approve shows held content; reject hides it with the reason. Every open case about the same content
 * closes with the decision, and the author is told.
 */
export async function decideModerationCase(
  prisma: PrismaClient,
  viewer: SignedInViewer,
  input: { caseId: string; decision: ModerationDecision; reason?: string | null },
): Promise<DecidedCase> {
  if (input.decision === 'reject' && !input.reason) throw badInput('Give the author a reason when rejecting their content.', 'reason');
  return prisma.$transaction(async (tx) => {
    const found = await tx.moderationCase.findUnique({ where: { id: input.caseId } });
    if (found === null) throw notFound('That moderation case');
    if (!(await canDecideCase(tx, viewer, found))) throw forbidden('Only moderators of this content can decide its case.');
    if (found.status !== 'open') throw conflict('This case has already been decided.');
    const status: CaseStatus = input.decision === 'approve' ? 'approved' : 'rejected';
    const decidedAt = new Date();
    const closed = await tx.moderationCase.updateMany({
      where: { targetType: found.targetType, targetId: found.targetId, status: 'open' },
      data: { status, decidedById: viewer.id, decisionReason: input.reason ?? null, decidedAt },
    });
    if (closed.count === 0) throw conflict('This case has already been decided.');
    const moderation = input.decision === 'approve' ? ('visible' as const) : ('rejected' as const);
    const moderationReason = input.decision === 'reject' ? input.reason! : null;
    let postEvent: PostEvent | null = null;
    let messageEvent: MessageEvent | null = null;
    if (found.targetType === 'post') {
      const before = await tx.post.findUnique({ where: { id: found.targetId } });
      if (before) {
        const post = await tx.post.update({ where: { id: before.id }, data: { moderation, moderationReason } });
        if (before.moderation === 'held' && post.moderation === 'visible' && post.deletedAt === null) {
          postEvent = { postId: post.id, courseId: post.courseId, schoolId: post.schoolId, authorId: post.authorId };
        }
      }
    } else if (found.targetType === 'comment') {
      const before = await tx.postComment.findUnique({ where: { id: found.targetId } });
      if (before) {
        await tx.postComment.update({ where: { id: before.id }, data: { moderation, moderationReason } });
        const wasCounted = before.moderation === 'visible' && before.deletedAt === null;
        const isCounted = moderation === 'visible' && before.deletedAt === null;
        if (wasCounted !== isCounted) {
          await tx.post.update({ where: { id: before.postId }, data: { commentCount: { increment: isCounted ? 1 : -1 } } });
        }
      }
    } else {
      const message = await tx.message.findUnique({ where: { id: found.targetId } });
      if (message) {
        await tx.message.update({ where: { id: message.id }, data: { moderation } });
        messageEvent = { kind: 'updated', channelId: message.channelId, messageId: message.id, seq: message.seq, wasVisible: message.moderation === 'visible' };
      }
    }
    const notifications = await createNotifications(tx, [
      {
        userId: found.authorId,
        kind: 'moderation',
        payload: { caseId: found.id, targetType: found.targetType, targetId: found.targetId, decision: input.decision, reason: input.reason ?? null },
        actorId: viewer.id,
      },
    ]);
    const moderationCase = await tx.moderationCase.findUniqueOrThrow({ where: { id: found.id } });
    return { moderationCase, notifications, postEvent, messageEvent };
  });
}

async function assertMayBan(db: Db, viewer: SignedInViewer, channelId: string | null): Promise<void> {
  if (channelId === null) {
    if (!hasRole(viewer, 'admin')) throw forbidden('Only admins can ban people from the whole community.');
    return;
  }
  const channel = await db.channel.findUnique({ where: { id: channelId } });
  const member = channel ? await db.channelMember.findUnique({ where: { channelId_userId: { channelId, userId: viewer.id } } }) : null;
  if (channel === null || !canReadChannel(viewer, channel, member)) throw notFound('That channel');
  if (!canModerateChannel(viewer, member)) throw forbidden('Only this channel’s owners and moderators can ban people from it.');
}

export async function banUser(
  prisma: PrismaClient,
  viewer: SignedInViewer,
  input: { userId: string; channelId?: string | null; reason: string; expiresAt?: Date | null },
): Promise<Ban> {
  if (input.userId === viewer.id) throw badInput('You cannot ban yourself.', 'userId');
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt must be in the future; leave it empty for a ban without end.', 'expiresAt');
  return prisma.$transaction(async (tx) => {
    await assertMayBan(tx, viewer, input.channelId ?? null);
    return tx.ban.create({
      data: { userId: input.userId, channelId: input.channelId ?? null, reason: input.reason, bannedById: viewer.id, expiresAt: input.expiresAt ?? null },
    });
  });
}

/** Lifting a lifted ban changes nothing. */
export async function liftBan(prisma: PrismaClient, viewer: SignedInViewer, banId: string): Promise<Ban> {
  return prisma.$transaction(async (tx) => {
    const ban = await tx.ban.findUnique({ where: { id: banId } });
    if (ban === null) throw notFound('That ban');
    await assertMayBan(tx, viewer, ban.channelId);
    if (ban.liftedAt !== null) return ban;
    return tx.ban.update({ where: { id: ban.id }, data: { liftedAt: new Date() } });
  });
}

export const normaliseBlockedWord = (word: string) => word.trim().replace(/\s+/g, ' ').toLowerCase();

export async function addBlockedWord(prisma: PrismaClient, word: string): Promise<string> {
  const normalised = normaliseBlockedWord(word);
  await prisma.blockedWord.createMany({ data: [{ word: normalised }], skipDuplicates: true });
  return normalised;
}

/** Returns whether the word was on the list. */
export async function removeBlockedWord(prisma: PrismaClient, word: string): Promise<boolean> {
  const removed = await prisma.blockedWord.deleteMany({ where: { word: normaliseBlockedWord(word) } });
  return removed.count > 0;
}

/**
 * The reported text as it stands now (Markdown), so moderators can judge it without opening its channel
 * or post: null once deleted, and for anyone who may not decide the case (authors see their own content
 * where it lives).
 */
export async function caseContent(db: Db, viewer: SignedInViewer, moderationCase: Pick<ModerationCase, 'targetType' | 'targetId'>): Promise<string | null> {
  if (!(await canDecideCase(db, viewer, moderationCase))) return null;
  const where = { where: { id: moderationCase.targetId }, select: { body: true, deletedAt: true } } as const;
  const target =
    moderationCase.targetType === 'message'
      ? await db.message.findUnique(where)
      : moderationCase.targetType === 'post'
        ? await db.post.findUnique(where)
        : await db.postComment.findUnique(where);
  return target && target.deletedAt === null ? target.body : null;
}
