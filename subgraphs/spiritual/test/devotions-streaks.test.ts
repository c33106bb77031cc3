// Devotion streaks over local completion dates, with one forgiven missed day per ISO week, and reading
// plan progress: pure functions, no database.
import { computeStreak } from '../src/devotions/streaks';
import { readingPlanProgress } from '../src/devotions/reading-plans';
import { dayInZone, formatIsoDate, parseIsoDate } from '../../kit/src/zoned-time';

/** Consecutive ISO dates from `first`, `count` of them. */
function run(first: string, count: number): string[] {
  const start = parseIsoDate(first)!;
  return Array.from({ length: count }, (_, index) => formatIsoDate(start + index));
}

const without = (dates: string[], ...missed: string[]) => dates.filter((date) => !missed.includes(date));

// 2025-03-03 is a Monday.
describe('computeStreak', () => {
  test('has no streak without completions', () => {
    expect(computeStreak([], '2025-03-05')).toEqual({ current: 0, longest: 0 });
  });

  test('counts consecutive days ending today', () => {
    expect(computeStreak(run('2025-03-03', 5), '2025-03-07')).toEqual({ current: 5, longest: 5 });
  });

  test('keeps the streak alive when today is not done yet', () => {
    expect(computeStreak(run('2025-03-03', 4), '2025-03-07')).toEqual({ current: 4, longest: 4 });
  });

  test('ignores duplicates and order', () => {
    expect(computeStreak(['2025-03-05', '2025-03-03', '2025-03-04', '2025-03-04'], '2025-03-05')).toEqual({ current: 3, longest: 3 });
  });

  test('forgives a single missed day in an ISO week without counting it', () => {
    const dates = without(run('2025-03-03', 7), '2025-03-05');
    expect(computeStreak(dates, '2025-03-09')).toEqual({ current: 6, longest: 6 });
  });

  test('breaks on a second missed day in the same ISO week', () => {
    // Mon, (Tue forgiven), Wed, Thu make 3; the missed Friday ends it; Sat and Sun start again.
    const dates = without(run('2025-03-03', 7), '2025-03-04', '2025-03-07');
    expect(computeStreak(dates, '2025-03-09')).toEqual({ current: 2, longest: 3 });
  });

  test('forgives one missed day in each of two weeks', () => {
    const dates = without(run('2025-03-03', 14), '2025-03-06', '2025-03-12');
    expect(computeStreak(dates, '2025-03-16')).toEqual({ current: 12, longest: 12 });
  });

  test('breaks on two missed days in a row even across a Sunday and Monday', () => {
    const dates = without(run('2025-03-03', 14), '2025-03-09', '2025-03-10');
    expect(computeStreak(dates, '2025-03-16')).toEqual({ current: 6, longest: 6 });
  });

  test('forgives yesterday when it is the only missed day this week', () => {
    expect(computeStreak(['2025-03-03', '2025-03-04'], '2025-03-06')).toEqual({ current: 2, longest: 2 });
  });

  test('ends the current streak after two missed days before today but keeps the longest', () => {
    expect(computeStreak(run('2025-03-03', 3), '2025-03-08')).toEqual({ current: 0, longest: 3 });
  });

  test('reports the longest of several streaks', () => {
    const dates = [...run('2025-01-06', 10), ...run('2025-03-03', 3)];
    expect(computeStreak(dates, '2025-03-05')).toEqual({ current: 3, longest: 10 });
  });

  test('counts across a DST change because only local dates are compared', () => {
    // Europe/Berlin springs forward on 2025-03-30; completions at 23:30 local each evening.
    const instants = ['2025-03-28T22:30:00Z', '2025-03-29T22:30:00Z', '2025-03-30T21:30:00Z', '2025-03-31T21:30:00Z'];
    const dates = instants.map((instant) => formatIsoDate(dayInZone(new Date(instant), 'Europe/Berlin')));
    expect(dates).toEqual(run('2025-03-28', 4));
    expect(computeStreak(dates, '2025-03-31')).toEqual({ current: 4, longest: 4 });
  });

  test('keeps the streak when the person moved timezones between completions', () => {
    // Tokyo on the 10th (local), then Los Angeles, where it is still the 10th when Tokyo is on the 11th.
    const dates = [
      formatIsoDate(dayInZone(new Date('2025-03-10T12:00:00Z'), 'Asia/Tokyo')),
      formatIsoDate(dayInZone(new Date('2025-03-11T20:00:00Z'), 'America/Los_Angeles')),
    ];
    expect(dates).toEqual(['2025-03-10', '2025-03-11']);
    expect(computeStreak(dates, '2025-03-11')).toEqual({ current: 2, longest: 2 });
  });

  test('counts a completion dated after today (after travelling west) in the current streak', () => {
    expect(computeStreak(['2025-03-09', '2025-03-10', '2025-03-11'], '2025-03-10')).toEqual({ current: 3, longest: 3 });
  });

  test('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => computeStreak(['2025-02-30'], '2025-03-01')).toThrow(RangeError);
  });
});

describe('readingPlanProgress', () => {
  const days = [1, 2, 3, 4].map((dayNumber) => ({ dayNumber, references: [`John ${dayNumber}`] }));
  const start = parseIsoDate('2025-03-01')!;

  test('dates each day from the start date', () => {
    const progress = readingPlanProgress(days, new Set(), start, start);
    expect(progress.days.map((day) => day.dueOn)).toEqual(run('2025-03-01', 4));
  });

  test('counts past days not read as behind, oldest first, but not today', () => {
    const progress = readingPlanProgress(days, new Set([2]), start, start + 3);
    expect(progress.behindBy).toBe(2);
    expect(progress.catchUp.map((day) => day.dayNumber)).toEqual([1, 3]);
    expect(progress.completedDays).toBe(1);
  });

  test('is not behind before the plan starts', () => {
    expect(readingPlanProgress(days, new Set(), start, start - 5).behindBy).toBe(0);
  });
});
