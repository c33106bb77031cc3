// The secret in a study plan's calendar feed URL. Calendar apps cannot send an Authorization header,
// so the URL itself is the credential: 256 random bits, rotated to revoke old subscriptions.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;
/** 32 bytes are 43 base64url characters without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const CALENDAR_PATH_PREFIX = '/calendar/';
export const CALENDAR_PATH_SUFFIX = '.ics';

export function newCalendarToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** True for strings shaped like a token we issue; anything else never reaches the database. */
export function isCalendarTokenShape(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** Compares a presented token with a stored one in time independent of where they differ. */
export function sameCalendarToken(presented: string, stored: string): boolean {
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(stored, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The path, relative to the gateway, calendar apps subscribe to. */
export function calendarPath(token: string): string {
  return `${CALENDAR_PATH_PREFIX}${token}${CALENDAR_PATH_SUFFIX}`;
}
