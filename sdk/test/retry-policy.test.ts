// The client's retry rules on their own: which failures are retried and how long to wait.
import { backoffDelayMs, isRetryable, parseRetryAfter } from '../src/client/retry-policy';

test('backoff doubles per retry up to the cap, with jitter in the upper half', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 };
  expect([0, 1, 2, 3, 4].map((retry) => backoffDelayMs(retry, { ...options, random: () => 0 }))).toEqual([50, 100, 200, 400, 500]);
  expect([0, 1, 2, 3, 4].map((retry) => backoffDelayMs(retry, { ...options, random: () => 0.999999 }))).toEqual([100, 200, 400, 800, 1000].map((ms) => expect.closeTo(ms, 2)));
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-23T02:00:00Z');
  expect(parseRetryAfter('7', now)).toBe(7);
  expect(parseRetryAfter('Mon, 23 Nov 2026 02:00:30 GMT', now)).toBe(30);
  expect(parseRetryAfter('soon', now)).toBeUndefined();
  expect(parseRetryAfter(null, now)).toBeUndefined();
});

test('queries retry on 502/503/504 and RATE_LIMITED; mutations only when no response arrived', () => {
  expect([502, 503, 504, 500, 400].map((status) => isRetryable({ isMutation: false, responded: true, status }))).toEqual([true, true, true, false, false]);
  expect(isRetryable({ isMutation: false, responded: true, status: 429, code: 'RATE_LIMITED' })).toBe(true);
  expect(isRetryable({ isMutation: false, responded: true, status: 200, code: 'BAD_USER_INPUT' })).toBe(false);
  expect(isRetryable({ isMutation: true, responded: true, status: 503 })).toBe(false);
  expect(isRetryable({ isMutation: true, responded: true, status: 429, code: 'RATE_LIMITED' })).toBe(false);
  expect(isRetryable({ isMutation: true, responded: false })).toBe(true);
});
