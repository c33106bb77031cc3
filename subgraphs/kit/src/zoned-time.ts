// Calendar dates and wall-clock times in a person's IANA time zone, turned into UTC instants with the
// runtime's time zone data (Intl), so a session at 08:00 stays at 08:00 local across DST changes.
import { z } from 'zod';

/** A calendar date with no time zone, counted in days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Weekdays counted from Monday (0) to Sunday (6). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** "2025-03-08" → its day number, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2025-02-30 over into March; a real date reads back unchanged.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function formatIsoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a `@db.Date` column, which Prisma hands back as midnight UTC. */
export function dayOfDateColumn(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The `@db.Date` value of a day number. */
export function dateColumnOfDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

export function weekdayOf(day: DayNumber): Weekday {
  // 1970-01-01 was a Thursday (3 counted from Monday).
  return (((day + 3) % 7) + 7) % 7 as Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `zone` at `instantMs`, expressed as if that reading were UTC. */
function wallClockMs(instantMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** How far `zone`'s clocks are ahead of UTC at an instant, in milliseconds. */
function offsetMs(instantMs: number, zone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(wholeSecond, zone) - wholeSecond;
}

/**
 * The instant at which clocks in `zone` show `minutesAfterMidnight` on `day`. A time skipped by a
 * spring-forward change is moved forward by the gap (02:30 becomes 03:30); a time that happens twice
 * in the autumn takes its first occurrence.
 */
export function zonedTimeToInstant(day: DayNumber, minutesAfterMidnight: number, zone: string): Date {
  const local = day * MS_PER_DAY + minutesAfterMidnight * MS_PER_MINUTE;
  const firstGuess = offsetMs(local, zone);
  const candidate = local - firstGuess;
  const candidateOffset = offsetMs(candidate, zone);
  if (candidateOffset === firstGuess) {
    // Prefer the earlier reading of a repeated hour: it is the one an hour before, if it shows the same time.
    const earlier = local - offsetMs(candidate - 3_600_000, zone);
    if (earlier < candidate && wallClockMs(earlier, zone) === local) return new Date(earlier);
    return new Date(candidate);
  }
  const retry = local - candidateOffset;
  if (wallClockMs(retry, zone) === local) return new Date(retry);
  // Neither offset reproduces the reading: it falls in a gap. The smaller offset lands after the gap.
  return new Date(local - Math.min(firstGuess, candidateOffset));
}

/** The calendar date in `zone` at an instant. */
export function dayInZone(instant: Date, zone: string): DayNumber {
  return Math.floor(wallClockMs(instant.getTime(), zone) / MS_PER_DAY);
}

/** An IANA time zone the runtime knows (e.g. "America/Toronto"), returned in its canonical spelling. */
export const timezoneRule = z.string().transform((zone, context) => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    context.addIssue({ code: 'custom', message: `"${zone}" is not a time zone; use an IANA name such as America/Toronto or Europe/Berlin.` });
    return z.NEVER;
  }
});

/** A calendar date written "YYYY-MM-DD". */
export const isoDateRule = (what: string) =>
  z.string().refine((text) => parseIsoDate(text.trim()) !== null, `Write the ${what} as a real date in the form YYYY-MM-DD, e.g. 2026-06-15.`);
