// Study-plan scheduling on its own: dates and local times in a zone (DST included), study weekdays,
// estimates per pace, and packing topics into sessions.
import {
  PACE_FACTORS,
  estimateTopics,
  mergeSplitTopics,
  packTopics,
  scheduleTopics,
  studySlots,
  type StudyTopic,
} from '../src/planning/schedule';
import { dayInZone, formatIsoDate, parseIsoDate, weekdayOf, zonedTimeToInstant } from '../../kit/src/zoned-time';

const day = (text: string) => {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(`bad test date ${text}`);
  return parsed;
};
const topic = (id: string, minutes: number): StudyTopic => ({ kind: 'lecture', id, title: `Lecture ${id}`, minutes });
const PAST = new Date('2000-01-01T00:00:00Z');

describe('dates and zones', () => {
  test('parses real dates and refuses impossible ones', () => {
    expect(formatIsoDate(day('2024-02-29'))).toBe('2024-02-29');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('2025-1-01')).toBeNull();
  });

  test('knows the weekday of a date, counted from Monday', () => {
    expect(weekdayOf(day('2026-03-02'))).toBe(0);
    expect(weekdayOf(day('2026-03-08'))).toBe(6);
    expect(weekdayOf(day('1969-12-29'))).toBe(0);
  });

  test('places 08:00 in New York at 13:00 UTC before the spring change and 12:00 UTC after it', () => {
    expect(zonedTimeToInstant(day('2026-03-06'), 8 * 60, 'America/New_York').toISOString()).toBe('2026-03-06T13:00:00.000Z');
    expect(zonedTimeToInstant(day('2026-03-09'), 8 * 60, 'America/New_York').toISOString()).toBe('2026-03-09T12:00:00.000Z');
  });

  test('places 19:00 in Berlin across the autumn change', () => {
    expect(zonedTimeToInstant(day('2026-10-23'), 19 * 60, 'Europe/Berlin').toISOString()).toBe('2026-10-23T17:00:00.000Z');
    expect(zonedTimeToInstant(day('2026-10-26'), 19 * 60, 'Europe/Berlin').toISOString()).toBe('2026-10-26T18:00:00.000Z');
  });

  test('moves a time skipped by the spring change forward by the gap', () => {
    expect(zonedTimeToInstant(day('2026-03-08'), 2 * 60 + 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  test('takes the first of a time that happens twice in the autumn', () => {
    expect(zonedTimeToInstant(day('2026-11-01'), 60 + 30, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedTimeToInstant(day('2026-10-25'), 2 * 60 + 30, 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  test('reads today in the zone, not in UTC', () => {
    const instant = new Date('2026-03-10T02:00:00Z');
    expect(formatIsoDate(dayInZone(instant, 'America/Los_Angeles'))).toBe('2026-03-09');
    expect(formatIsoDate(dayInZone(instant, 'Asia/Tokyo'))).toBe('2026-03-10');
  });
});

describe('study days', () => {
  const slotDays = (daysPerWeek: number) =>
    studySlots({
      studyDaysPerWeek: daysPerWeek,
      timeOfDay: 'morning',
      timezone: 'UTC',
      firstDay: day('2026-03-02'),
      examDay: day('2026-03-09'),
      notBefore: PAST,
    }).map((slot) => slot.toISOString().slice(0, 10));

  test('three days a week are Monday, Wednesday and Friday', () => {
    expect(slotDays(3)).toEqual(['2026-03-02', '2026-03-04', '2026-03-06']);
  });

  test('five days a week are the weekdays and seven are every day', () => {
    expect(slotDays(5)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(slotDays(7)).toHaveLength(7);
  });

  test('two days a week are three days apart', () => {
    expect(slotDays(2)).toEqual(['2026-03-02', '2026-03-05']);
  });

  test('skips slots taken by sessions that stay', () => {
    const taken = new Set([new Date('2026-03-03T08:00:00Z').getTime()]);
    const slots = studySlots({ studyDaysPerWeek: 7, timeOfDay: 'morning', timezone: 'UTC', firstDay: day('2026-03-02'), examDay: day('2026-03-05'), notBefore: PAST, taken });
    expect(slots.map((slot) => slot.toISOString().slice(0, 10))).toEqual(['2026-03-02', '2026-03-04']);
  });

  test('skips slots that have already started and ends the day before the exam', () => {
    const slots = studySlots({
      studyDaysPerWeek: 7,
      timeOfDay: 'afternoon',
      timezone: 'UTC',
      firstDay: day('2026-03-02'),
      examDay: day('2026-03-05'),
      notBefore: new Date('2026-03-02T15:00:00Z'),
    });
    expect(slots.map((slot) => slot.toISOString())).toEqual(['2026-03-03T14:00:00.000Z', '2026-03-04T14:00:00.000Z']);
  });
});

describe('estimates', () => {
  test('scales every kind of material by the pace and rounds up to whole minutes', () => {
    const materials = [
      { kind: 'lecture' as const, id: 'l', title: 'L', durationSeconds: 601 },
      { kind: 'reading' as const, id: 'r', title: 'R', estimatedMinutes: 10 },
      { kind: 'quiz' as const, id: 'q', title: 'Q', timeLimitSeconds: 900, questionCount: 40 },
      { kind: 'quiz' as const, id: 'u', title: 'U', timeLimitSeconds: null, questionCount: 6 },
      { kind: 'quiz' as const, id: 'e', title: 'E', timeLimitSeconds: null, questionCount: 0 },
      { kind: 'lecture' as const, id: 'live', title: 'Live', durationSeconds: 0 },
    ];
    expect(estimateTopics(materials, 'intensive').map((topic) => topic.minutes)).toEqual([11, 10, 15, 12, 5, 30]);
    expect(estimateTopics(materials, 'normal').map((topic) => topic.minutes)).toEqual([14, 12, 18, 15, 6, 36]);
    expect(estimateTopics(materials, 'relaxed').map((topic) => topic.minutes)).toEqual([17, 15, 23, 18, 8, 45]);
  });

  test('documents the pace factors', () => {
    expect(PACE_FACTORS).toEqual({ relaxed: 1.5, normal: 1.2, intensive: 1.0 });
  });
});

describe('packing', () => {
  test('fills sessions in order and splits a topic longer than what is left', () => {
    const sessions = packTopics([topic('a', 40), topic('b', 50), topic('c', 150)], 60);
    expect(sessions.map((session) => session.map((item) => `${item.id}:${item.minutes}`))).toEqual([
      ['a:40', 'b:20'],
      ['b:30', 'c:30'],
      ['c:60'],
      ['c:60'],
    ]);
  });

  test('joins the parts of split topics back together', () => {
    const parts = packTopics([topic('a', 40), topic('b', 50)], 60).flat();
    expect(mergeSplitTopics(parts)).toEqual([topic('a', 40), topic('b', 50)]);
  });

  test('gives each session the length of what it holds', () => {
    const result = scheduleTopics([topic('a', 90), topic('b', 30)], 1.5, {
      studyDaysPerWeek: 7,
      timeOfDay: 'evening',
      timezone: 'UTC',
      firstDay: day('2026-03-02'),
      examDay: day('2026-03-09'),
      notBefore: PAST,
    });
    if (!result.fits) throw new Error('expected the plan to fit');
    expect(result.sessions.map((session) => [session.startsAt.toISOString(), session.endsAt.toISOString()])).toEqual([
      ['2026-03-02T19:00:00.000Z', '2026-03-02T20:30:00.000Z'],
      ['2026-03-03T19:00:00.000Z', '2026-03-03T19:30:00.000Z'],
    ]);
  });

  test('reports how many sessions are needed when the topics do not fit', () => {
    const result = scheduleTopics([topic('a', 300)], 1, {
      studyDaysPerWeek: 3,
      timeOfDay: 'morning',
      timezone: 'UTC',
      firstDay: day('2026-03-02'),
      examDay: day('2026-03-09'),
      notBefore: PAST,
    });
    expect(result).toEqual({ fits: false, sessionsNeeded: 5, sessionsAvailable: 3, minutesNeeded: 300 });
  });

  test('keeps sessions at 08:00 local in a zone whose clocks change during the plan', () => {
    const result = scheduleTopics([topic('a', 240)], 1, {
      studyDaysPerWeek: 7,
      timeOfDay: 'morning',
      timezone: 'America/New_York',
      firstDay: day('2026-03-06'),
      examDay: day('2026-03-10'),
      notBefore: PAST,
    });
    if (!result.fits) throw new Error('expected the plan to fit');
    expect(result.sessions.map((session) => session.startsAt.toISOString())).toEqual([
      '2026-03-06T13:00:00.000Z',
      '2026-03-07T13:00:00.000Z',
      '2026-03-08T12:00:00.000Z',
      '2026-03-09T12:00:00.000Z',
    ]);
  });
});
