// Scheduling devotions, reading them by local date, and recording that a person finished one.
import type { Db, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { dateColumnOfDay, dayInZone, dayOfDateColumn, formatIsoDate, parseIsoDate, type DayNumber } from '../../../kit/src/zoned-time';
import { computeStreak, latestIsoDate, type Streak } from './streaks';
import type { DomainOutbox } from '../../../kit/src/events';
import { DEVOTION_STREAK_KINDS, recordMilestoneIfReached } from '../growth/milestones';

/** The zone whose calendar runs furthest ahead (UTC+14): once a date has begun there, it has begun for someone. */
const EARLIEST_ZONE = 'Pacific/Kiritimati';

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export interface PassageInput {
  /** Canonical reference, already normalised. */
  reference: string;
  translation: string;
  text: string;
}

export interface DevotionContent {
  title: string;
  passage: PassageInput;
  reflection: string;
  prayerPrompt: string;
  actionStep: string;
  audioUrl?: string | null;
}

/**
 * The passage row for a reference in a translation, created when missing. Passages are shared across
 * the domain, so different text for a stored reference is refused rather than silently replacing it.
 */
export async function findOrCreatePassage(tx: Db, passage: PassageInput): Promise<string> {
  const existing = await tx.passage.findUnique({ where: { reference_translation: { reference: passage.reference, translation: passage.translation } } });
  if (existing) {
    if (existing.text.trim() !== passage.text.trim()) {
      throw conflict(`${passage.reference} (${passage.translation}) is already stored with different text; give the stored text or another translation.`);
    }
    return existing.id;
  }
  return (await tx.passage.create({ data: passage })).id;
}

function dayOf(isoDate: string): DayNumber {
  const day = parseIsoDate(isoDate.trim());
  if (day === null) throw new RangeError(`"${isoDate}" is not a date.`);
  return day;
}

const dateTaken = (isoDate: string) => conflict(`A devotion is already scheduled for ${isoDate}; choose another date or update that one.`);

export async function scheduleDevotion(prisma: PrismaClient, authorId: string, date: string, content: DevotionContent): Promise<string> {
  try {
    return await prisma.$transaction(async (tx) => {
      const passageId = await findOrCreatePassage(tx, content.passage);
      const devotion = await tx.devotion.create({
        data: {
          date: dateColumnOfDay(dayOf(date)),
          title: content.title,
          passageId,
          reflection: content.reflection,
          prayerPrompt: content.prayerPrompt,
          actionStep: content.actionStep,
          audioUrl: content.audioUrl ?? null,
          authorId,
        },
      });
      return devotion.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw dateTaken(date);
    throw error;
  }
}

export async function updateDevotion(
  prisma: PrismaClient,
  devotionId: string,
  changes: Partial<DevotionContent> & { date?: string | null },
): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      const devotion = await tx.devotion.findUnique({ where: { id: devotionId } });
      if (!devotion) throw notFound('The devotion');
      const passageId = changes.passage ? await findOrCreatePassage(tx, changes.passage) : undefined;
      await tx.devotion.update({
        where: { id: devotionId },
        data: {
          ...(changes.date ? { date: dateColumnOfDay(dayOf(changes.date)) } : {}),
          ...(changes.title ? { title: changes.title } : {}),
          ...(passageId ? { passageId } : {}),
          ...(changes.reflection ? { reflection: changes.reflection } : {}),
          ...(changes.prayerPrompt ? { prayerPrompt: changes.prayerPrompt } : {}),
          ...(changes.actionStep ? { actionStep: changes.actionStep } : {}),
          // null clears the audio; left out keeps it.
          ...(changes.audioUrl !== undefined ? { audioUrl: changes.audioUrl } : {}),
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error) && changes.date) throw dateTaken(changes.date);
    throw error;
  }
}

/** The last date whose devotion anyone may read: the date that has begun somewhere on Earth. */
export function latestPublishedDay(now: Date): DayNumber {
  return dayInZone(now, EARLIEST_ZONE);
}

/** Whether a devotion's date has begun somewhere; later ones are visible to staff only. */
export function isPublished(devotionDate: Date, now: Date): boolean {
  return dayOfDateColumn(devotionDate) <= latestPublishedDay(now);
}

/** Records (or, when done before, updates the notes of) a person's completion of a devotion. */
export async function completeDevotion(
  prisma: PrismaClient,
  input: { userId: string; devotionId: string; notes: string; timezone: string; now: Date; events: DomainOutbox },
): Promise<void> {
  const { userId, devotionId, notes, timezone, now, events } = input;
  await prisma.$transaction(async (tx) => {
    const devotion = await tx.devotion.findUnique({ where: { id: devotionId }, select: { date: true } });
    if (!devotion || !isPublished(devotion.date, now)) throw notFound('The devotion');
    await tx.devotionCompletion.upsert({
      where: { userId_devotionId: { userId, devotionId } },
      // The first completion's local date stands: streaks count the day the person actually finished it.
      update: { notes },
      create: { userId, devotionId, notes, timezone, localDate: dateColumnOfDay(dayInZone(now, timezone)) },
    });
    // Streak milestones are announced in the transaction that made the streak, once per person.
    const streak = await devotionStreak(tx, userId, timezone, now);
    for (const kind of DEVOTION_STREAK_KINDS) {
      await recordMilestoneIfReached(tx, events, { userId, kind, progress: streak.current, now });
    }
  });
}

export interface DevotionStreak extends Streak {
  /** YYYY-MM-DD of the latest completion's local date, or null. */
  lastCompletedOn: string | null;
}

/** A person's streak as of today in `timezone`. */
export async function devotionStreak(db: Db, userId: string, timezone: string, now: Date): Promise<DevotionStreak> {
  const rows = await db.devotionCompletion.findMany({ where: { userId }, select: { localDate: true } });
  const dates = rows.map((row) => formatIsoDate(dayOfDateColumn(row.localDate)));
  return { ...computeStreak(dates, formatIsoDate(dayInZone(now, timezone))), lastCompletedOn: latestIsoDate(dates) };
}
