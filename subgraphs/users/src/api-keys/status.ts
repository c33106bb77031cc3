// A key stops working at its revokedAt, which rotation sets in the future so the old key overlaps
// with its replacement for a while; until that moment the key is still active.
import type { ApiKey } from '../../../kit/src/db';

export type ApiKeyStatus = 'active' | 'revoked';

export function isRevoked(key: Pick<ApiKey, 'revokedAt'>, now: Date): boolean {
  return key.revokedAt !== null && key.revokedAt.getTime() <= now.getTime();
}

export function apiKeyStatus(key: Pick<ApiKey, 'revokedAt'>, now: Date): ApiKeyStatus {
  return isRevoked(key, now) ? 'revoked' : 'active';
}
