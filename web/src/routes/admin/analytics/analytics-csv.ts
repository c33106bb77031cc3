// The CSV files the analytics page exports: exactly the numbers it shows, dates as YYYY-MM-DD (UTC) and
// money in whole currency units with two decimals, so spreadsheets read them as numbers.
import { toCsv } from '../../../ui/csv';

export interface EnrollmentRow {
  periodStart: string;
  enrollments: number;
}

export interface RevenueRow {
  courseTitle: string;
  sales: number;
  grossCents: number;
  platformCents: number;
  instructorCents: number;
}

export const centsAsAmount = (cents: number): string => (cents / 100).toFixed(2);

export function enrollmentsCsv(courseTitle: string, rows: readonly EnrollmentRow[]): string {
  return toCsv(
    ['course', 'period_start', 'enrollments'],
    rows.map((row) => [courseTitle, row.periodStart.slice(0, 10), row.enrollments]),
  );
}

export function completionsCsv(courseTitle: string, rows: readonly { periodStart: string; completions: number }[]): string {
  return toCsv(
    ['course', 'period_start', 'completions'],
    rows.map((row) => [courseTitle, row.periodStart.slice(0, 10), row.completions]),
  );
}

export function revenueCsv(rows: readonly RevenueRow[]): string {
  return toCsv(
    ['course', 'sales', 'gross', 'platform_share', 'instructor_share'],
    rows.map((row) => [row.courseTitle, row.sales, centsAsAmount(row.grossCents), centsAsAmount(row.platformCents), centsAsAmount(row.instructorCents)]),
  );
}

/** A file name that says what and when: "enrollments-intro-to-greek-2026-01-01-to-2026-03-31.csv". */
export function exportFileName(what: string, fromDay: string, toDay: string): string {
  const slug = what
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'export'}-${fromDay}-to-${toDay}.csv`;
}

export function salesOverTimeCsv(rows: readonly { periodStart: string; grossCents: number }[]): string {
  return toCsv(
    ['period_start', 'gross'],
    rows.map((row) => [row.periodStart.slice(0, 10), centsAsAmount(row.grossCents)]),
  );
}
