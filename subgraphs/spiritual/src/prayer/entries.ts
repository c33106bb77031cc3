// The prayer journal: writing, editing, answering and "I prayed" on entries. Plain values in, rows out.
import type { DomainOutbox } from '../../../kit/src/events/domain-outbox';
import type { Db, PrayerEntry, PrayerVisibility, PrismaClient } from '../../../kit/src/db';
import { forbidden, notFound } from '../../../kit/src/errors';
import { dateColumnOfDay, dayInZone } from '../../../kit/src/zoned-time';
import { MILESTONE_THRESHOLDS, PRAYERS_LOGGED_KINDS, recordMilestoneIfReached } from '../growth/milestones';
import { assertUsableCategory } from './categories';
import { acceptedPartnerIds, canReadEntry } from './visibility';

export interface NewPrayerEntry {
  title: string;
  content: string;
  categoryId?: string | null;
  /** @default 'private' */
  visibility?: PrayerVisibility | null;
  /** The community prayer-request post this entry answers to; taken as given. */
  sourcePostId?: string | null;
}

export interface PrayerEntryChanges {
  title?: string | null;
  content?: string | null;
  /** Null clears the category; undefined leaves it. */
  categoryId?: string | null;
  visibility?: PrayerVisibility | null;
}

export async function createPrayerEntry(prisma: PrismaClient, events: DomainOutbox, authorId: string, input: NewPrayerEntry): Promise<PrayerEntry> {
  return prisma.$transaction(async (tx) => {
    if (input.categoryId) await assertUsableCategory(tx, authorId, input.categoryId);
    const entry = await tx.prayerEntry.create({
      data: {
        authorId,
        title: input.title,
        content: input.content,
        categoryId: input.categoryId ?? null,
        visibility: input.visibility ?? 'private',
        sourcePostId: input.sourcePostId ?? null,
      },
    });
    const logged = await tx.prayerEntry.count({ where: { authorId } });
    for (const kind of PRAYERS_LOGGED_KINDS) {
      if (logged >= MILESTONE_THRESHOLDS[kind]) await recordMilestoneIfReached(tx, events, { userId: authorId, kind, progress: logged });
    }
    return entry;
  });
}

/** The entry when the person wrote it; NOT_FOUND when they cannot read it, FORBIDDEN when they only can. */
async function ownEntry(db: Db, userId: string, entryId: string): Promise<PrayerEntry> {
  const entry = await db.prayerEntry.findUnique({ where: { id: entryId } });
  if (entry === null) throw notFound('That prayer entry');
  if (entry.authorId === userId) return entry;
  const partners = new Set(await acceptedPartnerIds(db, userId));
  if (!canReadEntry(userId, partners, entry)) throw notFound('That prayer entry');
  throw forbidden('Only the person who wrote this prayer can change it.');
}

export async function updatePrayerEntry(prisma: PrismaClient, userId: string, entryId: string, changes: PrayerEntryChanges): Promise<PrayerEntry> {
  return prisma.$transaction(async (tx) => {
    await ownEntry(tx, userId, entryId);
    if (changes.categoryId) await assertUsableCategory(tx, userId, changes.categoryId);
    return tx.prayerEntry.update({
      where: { id: entryId },
      data: {
        ...(changes.title != null ? { title: changes.title } : {}),
        ...(changes.content != null ? { content: changes.content } : {}),
        ...(changes.visibility != null ? { visibility: changes.visibility } : {}),
        ...(changes.categoryId !== undefined ? { categoryId: changes.categoryId } : {}),
      },
    });
  });
}

export async function deletePrayerEntry(prisma: PrismaClient, userId: string, entryId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await ownEntry(tx, userId, entryId);
    await tx.prayerEntry.delete({ where: { id: entryId } });
  });
}

/** Marks the entry answered with an optional testimony; the first answered prayer is a milestone. */
export async function markPrayerAnswered(
  prisma: PrismaClient,
  events: DomainOutbox,
  userId: string,
  entryId: string,
  testimony: string | null,
  now: Date = new Date(),
): Promise<PrayerEntry> {
  return prisma.$transaction(async (tx) => {
    const existing = await ownEntry(tx, userId, entryId);
    const entry = await tx.prayerEntry.update({
      where: { id: entryId },
      data: { answeredAt: existing.answeredAt ?? now, testimony: testimony ?? existing.testimony },
    });
    const answered = await tx.prayerEntry.count({ where: { authorId: userId, answeredAt: { not: null } } });
    await recordMilestoneIfReached(tx, events, { userId, kind: 'first_answered_prayer', progress: answered, now });
    return entry;
  });
}

/**
 * "I prayed": counts once per person per entry per local day in `timezone`. A second tap the same day
 * changes nothing and returns the entry with its current count.
 */
export async function prayFor(prisma: PrismaClient, userId: string, entryId: string, timezone: string, now: Date = new Date()): Promise<PrayerEntry> {
  return prisma.$transaction(async (tx) => {
    const entry = await tx.prayerEntry.findUnique({ where: { id: entryId } });
    const partners = new Set(await acceptedPartnerIds(tx, userId));
    if (entry === null || !canReadEntry(userId, partners, entry)) throw notFound('That prayer entry');
    const localDate = dateColumnOfDay(dayInZone(now, timezone));
    const recorded = await tx.prayerPrayed.createMany({ data: [{ entryId, userId, localDate }], skipDuplicates: true });
    if (recorded.count === 0) return entry;
    return tx.prayerEntry.update({ where: { id: entryId }, data: { prayedCount: { increment: 1 } } });
  });
}
