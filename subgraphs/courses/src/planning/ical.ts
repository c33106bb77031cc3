// iCalendar (RFC 5545) text for calendar apps that subscribe to a study plan: escaping of TEXT values,
// UTC date-times, CRLF line endings and lines folded at 75 octets without splitting a UTF-8 character.

export const PRODUCT_ID = '-//ScrollForge//Study plans//EN';

/** Octets a content line may hold before it is folded (RFC 5545 §3.1), line break excluded. */
const MAX_LINE_OCTETS = 75;

export interface CalendarEvent {
  /** Globally unique and stable across regenerations, so apps update an event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** @default none: the event is simply scheduled */
  status?: 'CONFIRMED' | 'CANCELLED';
}

export interface CalendarDocument {
  /** Shown by apps as the subscribed calendar's name (X-WR-CALNAME). */
  name: string;
  events: CalendarEvent[];
  /** DTSTAMP of every event: when this text was produced. */
  generatedAt: Date;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC DATE-TIME: 20260315T130000Z. */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Folds one content line: no physical line exceeds 75 octets, continuation lines start with a space,
 * and a multi-byte character (or surrogate pair) is never cut in two.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
    `DTEND:${formatUtcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.status === undefined ? [] : [`STATUS:${event.status}`]),
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR, every line ending in CRLF. */
export function renderCalendar(document: CalendarDocument): string {
  const stamp = formatUtcDateTime(document.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(document.name)}`,
    ...document.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
