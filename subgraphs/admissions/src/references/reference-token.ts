// A referee's link carries a random token; only its SHA-256 hash is stored, so a database leak does
// not hand out working links. 32 random bytes cannot be guessed, so a plain hash (no salt) suffices.
import { createHash, randomBytes } from 'node:crypto';

export const hashReferenceToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function newReferenceToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashReferenceToken(token) };
}
