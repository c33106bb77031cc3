// The gateway's question for every public-graph request: whose key is this, may it make one more
// request of this cost, and with which scopes? One lookup by prefix and at most one update, so the
// database work per request stays fixed whatever the traffic.
import type { ApiKey, Db } from '../../../kit/src/db';
import type { CounterStore } from '../../../kit/src/counters';
import { badInput, unauthenticated } from '../../../kit/src/errors';
import type { ApiScope } from '../../../kit/src/viewer';
import { apiKeyMatches, prefixOfApiKey } from './key-format';
import { chargeApiKeyRequest } from './limits';
import { viewerScopeOf } from './scopes';
import { isRevoked } from './status';

export interface ApiKeyIdentity {
  keyId: string;
  schoolId: string;
  scopes: ApiScope[];
}

/** lastUsedAt is for people reading the key list; minute precision spares a write per request. */
const LAST_USED_PRECISION_MS = 60_000;

async function recordUse(db: Db, key: Pick<ApiKey, 'id' | 'lastUsedAt'>, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (key.lastUsedAt !== null && key.lastUsedAt > staleBefore) return;
  // Conditional, so instances answering the same key in the same minute write it once between them.
  await db.apiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
    data: { lastUsedAt: now },
  });
}

export async function authenticateApiKey(
  deps: { prisma: Db; counters: CounterStore },
  presented: string,
  cost: number,
  now: Date = new Date(),
): Promise<ApiKeyIdentity> {
  if (!Number.isInteger(cost) || cost < 0) throw badInput('The cost of a request is a whole number of points, 0 or more.', 'cost');
  const prefix = prefixOfApiKey(presented.trim());
  if (prefix === undefined) {
    throw unauthenticated('That API key is malformed: a key looks like sf_ followed by 12 hex digits, an underscore and 43 more characters. Copy the whole key your school admin gave you.');
  }
  const key = await deps.prisma.apiKey.findUnique({ where: { prefix } });
  if (key === null || !apiKeyMatches(presented.trim(), key.secretHash)) {
    throw unauthenticated('That API key is unknown. Check that you copied the whole key, or ask your school admin for a new one.');
  }
  if (isRevoked(key, now)) {
    throw unauthenticated('That API key has been revoked. Ask your school admin for a new one.');
  }
  await recordUse(deps.prisma, key, now);
  await chargeApiKeyRequest(deps.counters, key, cost, now);
  return { keyId: key.id, schoolId: key.schoolId, scopes: key.scopes.map(viewerScopeOf) };
}
