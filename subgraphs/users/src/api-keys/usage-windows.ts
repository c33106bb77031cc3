// The windows limits and usage are counted in: fixed UTC minutes for the per-minute limits, UTC
// days for the daily quota and the usage chart.
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The number of the UTC minute holding `now` (minutes since the epoch). */
export function minuteNumber(now: Date): number {
  return Math.floor(now.getTime() / MS_PER_MINUTE);
}

/** Whole seconds until the current minute ends (1 to 60), for Retry-After. */
export function secondsToEndOfMinute(now: Date): number {
  return Math.max(1, Math.ceil(((minuteNumber(now) + 1) * MS_PER_MINUTE - now.getTime()) / 1000));
}

/** Whole seconds until midnight UTC (1 to 86400), when the daily quota starts afresh. */
export function secondsToEndOfUtcDay(now: Date): number {
  const nextMidnight = (Math.floor(now.getTime() / MS_PER_DAY) + 1) * MS_PER_DAY;
  return Math.max(1, Math.ceil((nextMidnight - now.getTime()) / 1000));
}

/** `2026-11-23` for any instant of that UTC day. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The last `days` UTC dates up to and including today, oldest first. */
export function lastUtcDates(now: Date, days: number): string[] {
  const today = Math.floor(now.getTime() / MS_PER_DAY);
  return Array.from({ length: days }, (_, index) => utcDate(new Date((today - days + 1 + index) * MS_PER_DAY)));
}
