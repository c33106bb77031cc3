// How long the tutor waits between attempts: exponential full jitter, or what the provider asks for.
import { retryAfterFromHeaders, retryDelayMs } from '../src/model/retry-policy';

test('backoff ceilings double from 250 ms and stop at 4 s', () => {
  const almostOne = () => 0.999_999;
  expect([0, 1, 2, 3, 4, 5, 6].map((retry) => retryDelayMs(retry, undefined, { random: almostOne }))).toEqual([
    249, 499, 999, 1999, 3999, 3999, 3999,
  ]);
});

test('full jitter can wait anywhere from zero up to the ceiling', () => {
  expect(retryDelayMs(3, undefined, { random: () => 0 })).toBe(0);
  expect(retryDelayMs(3, undefined, { random: () => 0.5 })).toBe(1000);
});

test('a provider retry-after replaces the backoff, capped', () => {
  expect(retryDelayMs(0, 2500, { random: () => 0 })).toBe(2500);
  expect(retryDelayMs(0, 60_000, { maxRetryAfterMs: 5000 })).toBe(5000);
});

test('reads retry-after-ms, retry-after seconds and retry-after dates', () => {
  expect(retryAfterFromHeaders(new Headers({ 'retry-after-ms': '750', 'retry-after': '9' }))).toBe(750);
  expect(retryAfterFromHeaders(new Headers({ 'retry-after': '3' }))).toBe(3000);
  const now = Date.parse('2030-01-01T00:00:00Z');
  expect(retryAfterFromHeaders(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), () => now)).toBe(5000);
  expect(retryAfterFromHeaders(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  expect(retryAfterFromHeaders(new Headers())).toBeUndefined();
});
