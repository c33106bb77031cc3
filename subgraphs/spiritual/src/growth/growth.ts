// A person's spiritual growth: streaks, totals and the last weeks of activity, all counted on the
// person's local calendar days. Visible to the person and to their confirmed parents only.
import type { Db } from '../../../kit/src/db';
import { dateColumnOfDay, dayInZone, dayOfDateColumn, formatIsoDate, weekdayOf, type DayNumber } from '../../../kit/src/zoned-time';
import { computeStreak, type Streak } from '../devotions/streaks';
import { isMastered } from './verses-mastered';

/** How many weeks `weeklyActivity` covers, the current one included. */
export const GROWTH_WEEKS = 8;

export interface WeeklyActivity {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  devotions: number;
  /** "I prayed" taps by the person that week. */
  prayers: number;
  /** Memory card reviews that week. */
  reviews: number;
}

export interface SpiritualGrowth {
  devotionStreak: Streak;
  devotionsCompleted: number;
  /** Prayer journal entries the person wrote. */
  prayersLogged: number;
  prayersAnswered: number;
  versesMastered: number;
  /** Oldest week first. */
  weeklyActivity: WeeklyActivity[];
}

/** Whether `viewerId` may see `userId`'s growth: the person themself or a confirmed parent. */
export async function canSeeGrowth(db: Db, viewerId: string, userId: string): Promise<boolean> {
  if (viewerId === userId) return true;
  const link = await db.spiritualGuardianLink.findUnique({ where: { parentId_childId: { parentId: viewerId, childId: userId } } });
  return link !== null;
}

/** Counts `days` into the weeks starting at each of `weekStarts`. */
function countByWeek(days: DayNumber[], firstWeekStart: DayNumber): number[] {
  const counts = new Array<number>(GROWTH_WEEKS).fill(0);
  for (const day of days) {
    const index = Math.floor((day - firstWeekStart) / 7);
    if (index >= 0 && index < GROWTH_WEEKS) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

export async function loadSpiritualGrowth(db: Db, userId: string, timezone: string, now: Date = new Date()): Promise<SpiritualGrowth> {
  const today = dayInZone(now, timezone);
  const firstWeekStart = today - weekdayOf(today) - 7 * (GROWTH_WEEKS - 1);
  const since = dateColumnOfDay(firstWeekStart);
  const [completions, prayersLogged, prayersAnswered, cards, prayed, reviews] = await Promise.all([
    db.devotionCompletion.findMany({ where: { userId }, select: { localDate: true } }),
    db.prayerEntry.count({ where: { authorId: userId } }),
    db.prayerEntry.count({ where: { authorId: userId, answeredAt: { not: null } } }),
    db.memoryCard.findMany({ where: { userId, reps: { gte: 3 } }, select: { reps: true, stability: true, lastReview: true } }),
    db.prayerPrayed.findMany({ where: { userId, localDate: { gte: since } }, select: { localDate: true } }),
    db.memoryCardReview.findMany({ where: { card: { userId }, localDate: { gte: since } }, select: { localDate: true } }),
  ]);
  const completionDays = completions.map((completion) => dayOfDateColumn(completion.localDate));
  const devotionsByWeek = countByWeek(completionDays, firstWeekStart);
  const prayersByWeek = countByWeek(prayed.map((row) => dayOfDateColumn(row.localDate)), firstWeekStart);
  const reviewsByWeek = countByWeek(reviews.map((row) => dayOfDateColumn(row.localDate)), firstWeekStart);
  return {
    devotionStreak: computeStreak(completionDays.map(formatIsoDate), formatIsoDate(today)),
    devotionsCompleted: completions.length,
    prayersLogged,
    prayersAnswered,
    versesMastered: cards.filter((card) => isMastered(card, now)).length,
    weeklyActivity: devotionsByWeek.map((devotions, index) => ({
      weekStart: formatIsoDate(firstWeekStart + 7 * index),
      devotions,
      prayers: prayersByWeek[index] ?? 0,
      reviews: reviewsByWeek[index] ?? 0,
    })),
  };
}
