// Calendar feed tokens on their own: 256 random bits in URL-safe text, shape checks and comparison.
import { calendarPath, isCalendarTokenShape, newCalendarToken, sameCalendarToken } from '../src/planning/calendar-token';

test('issues 43 URL-safe characters carrying 32 random bytes', () => {
  const token = newCalendarToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  expect(newCalendarToken()).not.toBe(token);
});

test('accepts only the shape it issues', () => {
  expect(isCalendarTokenShape(newCalendarToken())).toBe(true);
  for (const bad of ['', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(43)} `, 'a'.repeat(44), `${'a'.repeat(42)}/`]) {
    expect(isCalendarTokenShape(bad)).toBe(false);
  }
});

test('compares tokens exactly, whatever their lengths', () => {
  const token = newCalendarToken();
  expect(sameCalendarToken(token, token)).toBe(true);
  expect(sameCalendarToken(token, `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
  expect(sameCalendarToken(token, token.slice(1))).toBe(false);
});

test('puts the token in the gateway feed path', () => {
  expect(calendarPath('abc')).toBe('/calendar/abc.ics');
});
