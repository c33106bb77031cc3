// iCalendar text on its own: escaping, folding at 75 octets without breaking UTF-8, CRLF endings,
// and a document a real parser (ical.js) reads back to the same events.
import ICAL from 'ical.js';
import { escapeText, foldLine, formatUtcDateTime, renderCalendar } from '../src/planning/ical';
import { planCalendar } from '../src/planning/plan-calendar';

test('escapes backslashes, semicolons, commas and line breaks', () => {
  expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
});

test('writes date-times in UTC with a Z', () => {
  expect(formatUtcDateTime(new Date('2026-03-09T12:00:00.500Z'))).toBe('20260309T120000Z');
});

test('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
});

test('never cuts a multi-byte character when folding', () => {
  const line = `DESCRIPTION:${'é'.repeat(40)}${'😀'.repeat(10)}`;
  const physical = foldLine(line).split('\r\n');
  for (const part of physical) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
  expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  expect(physical.join('')).not.toContain('\uFFFD');
});

test('ends every line with CRLF and has no bare line feeds', () => {
  const text = renderCalendar({ name: 'Plan', generatedAt: new Date(), events: [] });
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.split('\r\n').slice(0, 4)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ScrollForge//Study plans//EN', 'CALSCALE:GREGORIAN']);
});

test('a parser reads back every event with its instants, uid and unescaped text', () => {
  const title = 'Greek, Hebrew; and \\ Latin — an introduction with a title long enough to fold';
  const sessions = [
    {
      id: 'session-1',
      startsAt: new Date('2026-03-06T13:00:00Z'),
      endsAt: new Date('2026-03-06T14:30:00Z'),
      status: 'planned' as const,
      timeSpentMinutes: null,
      topics: [
        { kind: 'lecture', id: 'l1', title: 'Alphabet, part 1; vowels', minutes: 60 },
        { kind: 'reading', id: 'r1', title: 'Accents', minutes: 30 },
      ],
    },
    {
      id: 'session-2',
      startsAt: new Date('2026-03-09T12:00:00Z'),
      endsAt: new Date('2026-03-09T12:20:00Z'),
      status: 'missed' as const,
      timeSpentMinutes: null,
      topics: [{ kind: 'quiz', id: 'q1', title: 'Alphabet quiz', minutes: 20 }],
    },
  ];
  const text = renderCalendar(planCalendar(title, sessions, new Date('2026-03-01T00:00:00Z')));
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events).toHaveLength(2);
  expect(events.map((event) => event.uid)).toEqual(['session-1@study-plans.scrollforge', 'session-2@study-plans.scrollforge']);
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2026-03-06T13:00:00.000Z', '2026-03-09T12:00:00.000Z']);
  expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual(['2026-03-06T14:30:00.000Z', '2026-03-09T12:20:00.000Z']);
  expect(events[0]?.summary).toBe(`Study: ${title}`);
  expect(events[0]?.description).toBe('Lecture: Alphabet, part 1; vowels (60 min)\nReading: Accents (30 min)');
  // ical.js types X- properties as unknown and hands their value back as written, escapes included.
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapeText(`${title} study plan`));
  expect(calendar.getAllSubcomponents('vevent')[1]?.getFirstPropertyValue('status')).toBe('CANCELLED');
});
