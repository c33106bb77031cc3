// Devotion streaks over the local calendar dates on which a person completed devotions. Each completion
// stores the date it was in the person's own timezone at that moment, so streaks never depend on DST
// changes or on the person having moved between timezones: only calendar dates are compared here.
//
// The rule, precisely:
// - A streak is a run of calendar days; its length counts the days with a completion in it.
// - A day without a completion (a missed day) does not end the streak when it is covered by grace:
//   a missed day is covered when no other day of the same ISO week (Monday to Sunday) has already been
//   missed within the streak, and the day before it was not missed. So a streak survives one missed
//   day per ISO week, never two missed days in a row (even across a Sunday/Monday boundary), and never
//   a second missed day in the same week.
// - Today is still in progress: not having completed today yet never ends or shortens the streak.
// - Dates after `today` (possible after travelling west) count as if they were today's run.
// - `current` is the length of the streak still alive today (0 when it was broken); `longest` is the
//   longest streak over all dates, including the current one.
import { formatIsoDate, parseIsoDate, weekdayOf, type DayNumber } from '../../../kit/src/zoned-time';

export interface Streak {
  /** Completed days in the streak still alive today; 0 when there is none. */
  current: number;
  /** Completed days in the longest streak ever, the current one included. */
  longest: number;
}

function dayNumberOf(isoDate: string): DayNumber {
  const day = parseIsoDate(isoDate);
  if (day === null) throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD.`);
  return day;
}

/** The Monday that starts the ISO week holding `day`. */
function isoWeekStart(day: DayNumber): DayNumber {
  return day - weekdayOf(day);
}

/**
 * The current and longest devotion streak over local completion dates (ISO `YYYY-MM-DD`, duplicates and
 * any order allowed), as of the local date `today`. See the rule at the top of this file.
 */
export function computeStreak(localDates: string[], today: string): Streak {
  const todayDay = dayNumberOf(today);
  const completed = new Set(localDates.map(dayNumberOf));
  if (completed.size === 0) return { current: 0, longest: 0 };

  const days = [...completed].sort((a, b) => a - b);
  const firstDay = days[0] as DayNumber;
  const lastDay = Math.max(todayDay, days[days.length - 1] as DayNumber);

  let runLength = 0;
  let longest = 0;
  let graceWeek: DayNumber | null = null;
  let previousMissed = false;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (completed.has(day)) {
      runLength += 1;
      previousMissed = false;
      longest = Math.max(longest, runLength);
      continue;
    }
    // Today (or later) without a completion yet is still in progress.
    if (day >= todayDay) continue;
    const week = isoWeekStart(day);
    if (runLength > 0 && !previousMissed && graceWeek !== week) {
      graceWeek = week;
      previousMissed = true;
    } else {
      runLength = 0;
      graceWeek = null;
      previousMissed = false;
    }
  }
  return { current: runLength, longest };
}

/** The latest of some ISO dates, or null for none. */
export function latestIsoDate(localDates: string[]): string | null {
  if (localDates.length === 0) return null;
  return formatIsoDate(Math.max(...localDates.map(dayNumberOf)));
}
