// Days and ISO weeks (Monday first) in UTC, as Postgres's date_trunc gives them: the buckets of every
// chart over time, so a chart's empty days or weeks can be filled in after a GROUP BY.
import { badInput } from './errors';

export type TimeBucket = 'day' | 'week';

/** A chart beyond this many buckets is unreadable and costly; ask for weeks or a shorter period. */
export const MAX_BUCKETS = 1000;

const MS_PER_DAY = 86_400_000;
export const BUCKET_MS: Record<TimeBucket, number> = { day: MS_PER_DAY, week: 7 * MS_PER_DAY };

/** The start of the UTC day or ISO week (Monday) holding `instant`. */
export function bucketStart(instant: Date, bucket: TimeBucket): Date {
  const day = Math.floor(instant.getTime() / MS_PER_DAY);
  if (bucket === 'day') return new Date(day * MS_PER_DAY);
  // 1970-01-01 was a Thursday: three days after a Monday.
  const mondayOffset = (((day + 3) % 7) + 7) % 7;
  return new Date((day - mondayOffset) * MS_PER_DAY);
}

/** Every bucket touching [from, to), in order, empty ones included. */
export function bucketStarts(from: Date, to: Date, bucket: TimeBucket): Date[] {
  const starts: Date[] = [];
  for (let start = bucketStart(from, bucket).getTime(); start < to.getTime(); start += BUCKET_MS[bucket]) starts.push(new Date(start));
  return starts;
}

/** Throws BAD_USER_INPUT (at `field`) when [from, to) spans more than MAX_BUCKETS buckets. */
export function checkBucketCount(from: Date, to: Date, bucket: TimeBucket, field: string): void {
  const buckets = Math.ceil((to.getTime() - bucketStart(from, bucket).getTime()) / BUCKET_MS[bucket]);
  if (buckets > MAX_BUCKETS) {
    throw badInput(`That period has ${buckets} ${bucket}s; charts show at most ${MAX_BUCKETS}. ${bucket === 'day' ? 'Group by week or shorten' : 'Shorten'} the period.`, field);
  }
}
