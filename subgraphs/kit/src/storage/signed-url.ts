// Expiring links to stored files: the server hands out a path carrying an expiry and an HMAC of
// key + expiry, and serves the file only while both check out. No session is needed to follow it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { assertValidKey } from './object-key';

function signatureOf(secret: string, key: string, expires: number): string {
  return createHmac('sha256', secret).update(`${key}\n${expires}`).digest('base64url');
}

/**
 * `/files/<key>?expires=<unix seconds>&signature=<base64url HMAC-SHA256>`.
 * @param now current time in milliseconds; @default Date.now()
 */
export function signFileUrl(secret: string, key: string, ttlSeconds: number, now: number = Date.now()): string {
  assertValidKey(key);
  if (secret.length === 0) throw new Error('File URL signing secret is empty.');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new Error(`ttlSeconds must be a positive integer, got ${ttlSeconds}`);
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `/files/${path}?expires=${expires}&signature=${signatureOf(secret, key, expires)}`;
}

/**
 * True only for an unexpired link whose signature matches; never throws on malformed input.
 * @param now current time in milliseconds; @default Date.now()
 */
export function verifyFileUrl(secret: string, key: string, expires: string | number, signature: string, now: number = Date.now()): boolean {
  const expiresAt = typeof expires === 'number' ? expires : /^\d{1,12}$/.test(expires) ? Number(expires) : Number.NaN;
  if (secret.length === 0 || !Number.isSafeInteger(expiresAt) || expiresAt * 1000 <= now) return false;
  const expected = Buffer.from(signatureOf(secret, key, expiresAt));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
