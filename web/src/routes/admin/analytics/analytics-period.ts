// The period an analytics page reports on, as people pick it (whole UTC days, both ends included) and
// as the graph takes it ([from, to) instants). Pure, so the arithmetic is tested without a browser.
import type { AnalyticsBucket } from '../../../gql/graphql';

const DAY_MS = 86_400_000;

export interface PeriodChoice {
  /** First day, YYYY-MM-DD (UTC). */
  fromDay: string;
  /** Last day included, YYYY-MM-DD (UTC). */
  toDay: string;
  bucket: AnalyticsBucket;
}

export const BUCKETS: readonly AnalyticsBucket[] = ['day', 'week'];
export const bucketWords: Record<AnalyticsBucket, string> = { day: 'Per day', week: 'Per week' };

/** YYYY-MM-DD of an instant, in UTC. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The last twelve weeks up to today, per week. */
export function defaultPeriod(now: Date): PeriodChoice {
  return { fromDay: dayOf(new Date(now.getTime() - 83 * DAY_MS)), toDay: dayOf(now), bucket: 'week' };
}

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The period in the address bar, falling back to the default for anything missing or malformed. */
export function periodFrom(params: URLSearchParams, now: Date): PeriodChoice {
  const fallback = defaultPeriod(now);
  const fromDay = params.get('from');
  const toDay = params.get('to');
  const bucket = params.get('bucket');
  return {
    fromDay: isDay(fromDay) ? fromDay : fallback.fromDay,
    toDay: isDay(toDay) ? toDay : fallback.toDay,
    bucket: bucket === 'day' || bucket === 'week' ? bucket : fallback.bucket,
  };
}

/** The graph's half-open range: from the first day's midnight to the midnight after the last day. */
export function rangeOf(period: PeriodChoice): { from: string; to: string } {
  const from = new Date(`${period.fromDay}T00:00:00.000Z`);
  const to = new Date(Date.parse(`${period.toDay}T00:00:00.000Z`) + DAY_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Why a period cannot be asked for, or null when it can. */
export function periodProblem(period: PeriodChoice): string | null {
  if (period.fromDay > period.toDay) return 'The first day must come before the last day.';
  const days = (Date.parse(period.toDay) - Date.parse(period.fromDay)) / DAY_MS + 1;
  if (period.bucket === 'day' && days > 366) return 'Per day, pick at most a year; or show it per week.';
  return null;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A period start as people read it ("3 Mar 2026"); buckets are UTC days, so is the label. */
export const periodLabel = (iso: string): string => dayFormat.format(new Date(iso));

