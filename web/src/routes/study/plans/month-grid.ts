// The calendar arithmetic of a plan: which day (in the plan's time zone) a session falls on, and the weeks
// of a month as a Monday-first grid including the days of the neighbouring months that fill it out.

export interface CalendarMonth {
  year: number;
  /** 0 = January. */
  month: number;
}

export interface GridDay {
  /** YYYY-MM-DD. */
  key: string;
  dayOfMonth: number;
  inMonth: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
export const dayKey = (year: number, month: number, day: number): string => `${year}-${pad(month + 1)}-${pad(day)}`;

/** The YYYY-MM-DD an instant falls on in `timeZone`. */
export function dayKeyInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function monthOfKey(key: string): CalendarMonth {
  const [year, month] = key.split('-').map(Number);
  return { year: year ?? 1970, month: (month ?? 1) - 1 };
}

export function shiftMonth({ year, month }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + month + by;
  return { year: Math.floor(index / 12), month: ((index % 12) + 12) % 12 };
}

/** Months counted from year 0, for comparing two months. */
export const monthIndex = ({ year, month }: CalendarMonth): number => year * 12 + month;

/** Whole weeks, Monday first, covering every day of the month. */
export function monthWeeks({ year, month }: CalendarMonth): GridDay[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const leading = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells = Math.ceil((leading + daysInMonth) / 7) * 7;
  const weeks: GridDay[][] = [];
  for (let cell = 0; cell < cells; cell += 1) {
    const date = new Date(Date.UTC(year, month, 1 - leading + cell));
    const day: GridDay = {
      key: dayKey(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
      dayOfMonth: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month,
    };
    if (cell % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push(day);
  }
  return weeks;
}

/** Sessions by the day they start on in `timeZone`, each day's in the order given. */
export function sessionsByDay<S extends { startsAt: string }>(sessions: readonly S[], timeZone: string): Map<string, S[]> {
  const byDay = new Map<string, S[]>();
  for (const session of sessions) {
    const key = dayKeyInZone(session.startsAt, timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), session]);
  }
  return byDay;
}

export const WEEKDAYS = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
];
