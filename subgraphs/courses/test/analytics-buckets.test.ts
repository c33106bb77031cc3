// Analytics periods on their own: day and ISO-week buckets in UTC, empty buckets, and refused periods.
import { bucketStart, bucketStarts, checkWindow } from '../src/analytics/course-analytics';

const at = (iso: string) => new Date(iso);
const isoList = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));
const COURSE = '00000000-0000-4000-8000-000000000001';

test('a week starts on the Monday of the UTC week, a day at UTC midnight', () => {
  expect(bucketStart(at('2026-01-11T23:59:59Z'), 'week').toISOString()).toBe('2026-01-05T00:00:00.000Z');
  expect(bucketStart(at('2026-01-12T00:00:00Z'), 'week').toISOString()).toBe('2026-01-12T00:00:00.000Z');
  expect(bucketStart(at('1970-01-01T12:00:00Z'), 'week').toISOString()).toBe('1969-12-29T00:00:00.000Z');
  expect(bucketStart(at('2026-01-07T18:30:00Z'), 'day').toISOString()).toBe('2026-01-07T00:00:00.000Z');
});

test('lists every bucket touching the period, the partial first one included', () => {
  expect(isoList(bucketStarts(at('2026-01-07T12:00:00Z'), at('2026-01-20T00:00:00Z'), 'week'))).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
  expect(isoList(bucketStarts(at('2026-01-05T00:00:00Z'), at('2026-01-08T00:00:00Z'), 'day'))).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
});

test('refuses a period that ends before it starts', () => {
  expect(() => checkWindow({ courseId: COURSE, from: at('2026-02-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z'), bucket: 'day' })).toThrow(/end after it starts/);
});

test('refuses more than 1000 buckets and suggests weeks', () => {
  expect(() => checkWindow({ courseId: COURSE, from: at('2020-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z'), bucket: 'day' })).toThrow(/Group by week/);
  expect(checkWindow({ courseId: COURSE, from: at('2020-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z'), bucket: 'week' }).bucket).toBe('week');
});
