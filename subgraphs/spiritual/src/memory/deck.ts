// A person's memory deck: adding and removing verses, reviewing cards, and the daily review queue.
// Cards are private: anyone else's card is NOT_FOUND, never FORBIDDEN, so ids reveal nothing.
import { Prisma, type Db, type PrismaClient, type ReviewRating } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { dateColumnOfDay, dayInZone } from '../../../kit/src/zoned-time';
import { newCardSchedule, scheduleNextReview } from './scheduler';
import type { DomainOutbox } from '../../../kit/src/events';
import { recordMilestoneIfReached } from '../growth/milestones';
import { isMastered } from '../growth/verses-mastered';

/** The card if it is in `userId`'s deck; NOT_FOUND otherwise. */
export async function requireOwnCard(db: Db, userId: string, cardId: string) {
  const card = await db.memoryCard.findUnique({ where: { id: cardId }, include: { verse: { include: { passage: true } } } });
  if (card === null || card.userId !== userId) throw notFound('That memory card');
  return card;
}

/** Adds a curated verse to the deck, due now. CONFLICT when it is already there. */
export async function addVerseToDeck(prisma: PrismaClient, userId: string, verseId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const verse = await tx.memoryVerse.findUnique({ where: { id: verseId }, select: { curated: true } });
    if (verse === null || !verse.curated) throw notFound('That memory verse');
    const existing = await tx.memoryCard.findUnique({ where: { userId_verseId: { userId, verseId } }, select: { id: true } });
    if (existing) throw conflict('That verse is already in your deck.');
    try {
      return await tx.memoryCard.create({ data: { userId, verseId, ...newCardSchedule(now) } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw conflict('That verse is already in your deck.');
      throw error;
    }
  });
}

/** Removes the verse's card (and its review history) from the deck; returns the card id. NOT_FOUND when absent. */
export async function removeVerseFromDeck(prisma: PrismaClient, userId: string, verseId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const card = await tx.memoryCard.findUnique({ where: { userId_verseId: { userId, verseId } }, select: { id: true } });
    if (card === null) throw notFound('That verse in your deck');
    await tx.memoryCard.delete({ where: { id: card.id } });
    return card.id;
  });
}

/**
 * Records a review rated at `now` on the person's local day in `timezone` and moves the card to its
 * next FSRS state; returns the updated card.
 */
export async function reviewMemoryCard(
  prisma: PrismaClient,
  input: { userId: string; cardId: string; rating: ReviewRating; timezone: string; now?: Date; events: DomainOutbox },
) {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const card = await requireOwnCard(tx, input.userId, input.cardId);
    const next = scheduleNextReview(card, input.rating, now);
    await tx.memoryCardReview.create({
      data: { cardId: card.id, rating: input.rating, stateBefore: card.state, localDate: dateColumnOfDay(dayInZone(now, input.timezone)), reviewedAt: now },
    });
    const updated = await tx.memoryCard.update({ where: { id: card.id }, data: next });
    // Mastery is announced in the transaction of the review that reached it, once per person. Only a
    // review that leaves its own card mastered can raise the count, so other reviews skip the deck read.
    if (isMastered(updated, now)) {
      const deck = await tx.memoryCard.findMany({ where: { userId: input.userId }, select: { reps: true, stability: true, lastReview: true } });
      const mastered = deck.filter((entry) => isMastered(entry, now)).length;
      await recordMilestoneIfReached(tx, input.events, { userId: input.userId, kind: 'verses_mastered_10', progress: mastered, now });
    }
    return updated;
  });
}

/** How many new cards the person may still start today in `timezone`, given a daily limit. */
export async function newCardsLeftToday(db: Db, userId: string, timezone: string, newCardLimit: number, now = new Date()): Promise<number> {
  const startedToday = await db.memoryCardReview.count({
    where: { stateBefore: 'new', localDate: dateColumnOfDay(dayInZone(now, timezone)), card: { userId } },
  });
  return Math.max(0, newCardLimit - startedToday);
}

/** Where-clauses of the review queue: cards already learning that are due, then new cards up to today's allowance. */
export async function reviewQueueFilters(db: Db, userId: string, timezone: string, newCardLimit: number, now = new Date()) {
  const newCards = await newCardsLeftToday(db, userId, timezone, newCardLimit, now);
  return {
    due: { where: { userId, state: { not: 'new' as const }, due: { lte: now } }, orderBy: [{ due: 'asc' as const }, { id: 'asc' as const }] },
    fresh: { where: { userId, state: 'new' as const }, orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }], take: newCards },
  };
}
