// What an API key looks like: `sf_<12 hex>_<43 base64url>`. The first part is visible and stored
// (the lookup key, shown in lists so admins can tell keys apart); the 256-bit secret after it is
// shown once, and only the SHA-256 of the whole key is kept.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PATTERN = /^(sf_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The whole key, handed to the school once. */
  key: string;
  /** The visible part, `sf_<12 hex>`. */
  prefix: string;
  /** SHA-256 (hex) of the whole key. */
  secretHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = `sf_${randomBytes(6).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

/** The visible prefix of a well-formed key; undefined for anything else. */
export function prefixOfApiKey(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/** Whether `key` hashes to `storedHash`, compared in constant time so timing reveals nothing. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
