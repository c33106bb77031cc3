// The gateway's authenticateApiKey against the users subgraph, with the counters in the real Redis:
// which keys work, the three limits, the usage a school admin then sees, and who may ask at all.
import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient, School } from '../../kit/src/db';
import type { RunningSubgraph } from '../../kit/src/server';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { signViewer, VIEWER_HEADER } from '../../kit/src/viewer-signature';
import type { Role, Viewer } from '../../kit/src/viewer';
import { createTestServices, TEST_SECRETS, type TestServices } from '../../kit/src/testing/test-services';
import { connectTestRedis, deleteKeys, testRedisUrl } from '../../kit/test/support/redis';
import { DEFAULT_COUNTER_KEY_PREFIX } from '../../kit/src/counters';
import { startUsersSubgraph } from '../src/app';
import { createSchool } from '../src/schools';
import { createApiKey, rotateApiKey, type CreatedApiKey } from '../src/api-keys/manage-api-keys';
import type { ApiKeySettingsInput } from '../src/api-keys/settings';
import { createUser } from './support/factories';
import { userViewer, type GraphQLResult } from './support/users-subgraph';

let services: TestServices;
let running: RunningSubgraph;
let prisma: PrismaClient;
let recording: string[] | null = null;
const createdKeyIds: string[] = [];

beforeAll(async () => {
  services = createTestServices({
    poolMax: 5,
    env: { REDIS_URL: testRedisUrl },
    onQuery: (sql) => {
      if (recording && !sql.includes('outbox_event')) recording.push(sql);
    },
  });
  prisma = services.services.prisma;
  running = await startUsersSubgraph({ port: 0, services: services.services, signingSecret: TEST_SECRETS.GATEWAY_SIGNING_SECRET });
});
afterAll(async () => {
  await running?.stop();
  await services?.close();
  // Usage tallies live for 90 days; this run's keys are gone, so their counters go too.
  const redis = await connectTestRedis();
  for (const keyId of createdKeyIds) await deleteKeys(redis, `${DEFAULT_COUNTER_KEY_PREFIX}api-key:${keyId}:`);
  await redis.quit();
});

const GATEWAY: Viewer = { kind: 'gateway', ip: '203.0.113.7' };

const AUTHENTICATE = `mutation Authenticate($key: String!, $cost: Int!) {
  authenticateApiKey(key: $key, cost: $cost) { keyId schoolId scopes }
}`;
const USAGE = `query Usage($id: ID!) {
  school(id: $id) { apiKeys { id lastUsedAt requestsToday usage(days: 3) { date requests refused cost } } }
}`;

interface Identity {
  keyId: string;
  schoolId: string;
  scopes: string[];
}

async function call<T>(query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<GraphQLResult<T>> {
  const requestId = randomUUID();
  const response = await fetch(running.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId),
      [REQUEST_ID_HEADER]: requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

const authenticate = (key: string, cost = 1, viewer: Viewer = GATEWAY) => call<{ authenticateApiKey: Identity }>(AUTHENTICATE, { key, cost }, viewer);

const errorOf = (result: GraphQLResult<unknown>) => {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
};

async function schoolKey(settings: Partial<ApiKeySettingsInput> = {}): Promise<{ school: School; adminViewer: Viewer; created: CreatedApiKey }> {
  const school = await createSchool(prisma, { name: `Gatekeepers ${randomBytes(4).toString('hex')}` });
  const admin = await createUser(prisma, { roles: ['student', 'school_admin'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  const adminViewer = userViewer(admin);
  const created = await createApiKey(prisma, { viewer: adminViewer, schoolId: school.id, settings: { name: 'App', scopes: ['read_catalog'], ...settings } });
  createdKeyIds.push(created.apiKey.id);
  return { school, adminViewer, created };
}

/**
 * Runs `attempt` within one UTC minute: the per-minute limits count fixed minutes, so a run that
 * straddles a minute boundary is repeated once on fresh counters.
 */
async function withinOneMinute<T>(attempt: () => Promise<T>): Promise<T> {
  const minute = () => Math.floor(Date.now() / 60_000);
  const started = minute();
  const result = await attempt();
  return minute() === started ? result : attempt();
}

describe('which keys work', () => {
  it('answers a working key with its key id, school and scopes', async () => {
    const { school, created } = await schoolKey({ scopes: ['read_catalog', 'write_enrollments'] });
    const result = await authenticate(created.secret);
    expect(result.errors).toBeUndefined();
    expect(result.data?.authenticateApiKey).toEqual({ keyId: created.apiKey.id, schoolId: school.id, scopes: ['read:catalog', 'write:enrollments'] });
  });

  it('refuses a malformed key with UNAUTHENTICATED saying it is malformed', async () => {
    const error = errorOf(await authenticate('not-a-key'));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/malformed/);
  });

  it('refuses an unknown key, and a known prefix with the wrong secret, as unknown', async () => {
    const unknown = errorOf(await authenticate(`sf_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`));
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.message).toMatch(/unknown/);

    const { created } = await schoolKey();
    const forged = errorOf(await authenticate(`${created.apiKey.prefix}_${randomBytes(32).toString('base64url')}`));
    expect(forged.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.message).toMatch(/unknown/);
  });

  it('refuses a revoked key with UNAUTHENTICATED saying it was revoked', async () => {
    const { created } = await schoolKey();
    await prisma.apiKey.update({ where: { id: created.apiKey.id }, data: { revokedAt: new Date() } });
    const error = errorOf(await authenticate(created.secret));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/revoked/);
  });

  it('lets a rotated key work during its overlap and refuses it after, while its replacement works', async () => {
    const { created, adminViewer } = await schoolKey();
    const replacement = await rotateApiKey(prisma, { viewer: adminViewer, id: created.apiKey.id, overlapMinutes: 30 });
    createdKeyIds.push(replacement.apiKey.id);
    expect((await authenticate(created.secret)).data?.authenticateApiKey.keyId).toBe(created.apiKey.id);
    expect((await authenticate(replacement.secret)).data?.authenticateApiKey.keyId).toBe(replacement.apiKey.id);

    // The overlap has ended.
    await prisma.apiKey.update({ where: { id: created.apiKey.id }, data: { revokedAt: new Date(Date.now() - 1000) } });
    const error = errorOf(await authenticate(created.secret));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/revoked/);
    expect((await authenticate(replacement.secret)).errors).toBeUndefined();
  });

  it('refuses a negative cost with BAD_USER_INPUT', async () => {
    const { created } = await schoolKey();
    expect(errorOf(await authenticate(created.secret, -1)).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('limits', () => {
  it('refuses the fourth request in a minute of a key limited to three, until the minute ends', async () => {
    const { created } = await schoolKey({ rateLimitPerMinute: 3 });
    const results = await withinOneMinute(async () => {
      const all = [];
      for (let index = 0; index < 4; index += 1) all.push(await authenticate(created.secret));
      return all;
    });
    expect(results.slice(0, 3).map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    const error = errorOf(results[3]!);
    expect(error.extensions?.code).toBe('RATE_LIMITED');
    expect(error.extensions?.limit).toBe('requests-per-minute');
    expect(error.extensions?.retryAfter).toEqual(expect.any(Number));
    expect(error.extensions?.retryAfter as number).toBeGreaterThanOrEqual(1);
    expect(error.extensions?.retryAfter as number).toBeLessThanOrEqual(60);
  });

  it('refuses requests beyond the daily quota until midnight UTC', async () => {
    const { created } = await schoolKey({ dailyQuota: 2 });
    expect((await authenticate(created.secret)).errors).toBeUndefined();
    expect((await authenticate(created.secret)).errors).toBeUndefined();
    const error = errorOf(await authenticate(created.secret));
    expect(error.extensions?.code).toBe('RATE_LIMITED');
    expect(error.extensions?.limit).toBe('daily-quota');
    const now = new Date();
    const toMidnight = Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000);
    expect(Math.abs((error.extensions?.retryAfter as number) - toMidnight)).toBeLessThanOrEqual(2);
  });

  it('refuses a request that would overspend the per-minute cost budget, and lets a cheaper one through', async () => {
    const { created } = await schoolKey({ costBudgetPerMinute: 100 });
    const [first, second, cheaper] = await withinOneMinute(async () => {
      return [await authenticate(created.secret, 60), await authenticate(created.secret, 60), await authenticate(created.secret, 40)];
    });
    expect(first!.errors).toBeUndefined();
    const error = errorOf(second!);
    expect(error.extensions?.code).toBe('RATE_LIMITED');
    expect(error.extensions?.limit).toBe('cost-per-minute');
    expect(error.extensions?.retryAfter as number).toBeGreaterThanOrEqual(1);
    expect(error.extensions?.retryAfter as number).toBeLessThanOrEqual(60);
    expect(cheaper!.errors).toBeUndefined();
  });
});

describe('usage', () => {
  it('shows the school admin today’s requests, refusals and cost, and when the key was last used', async () => {
    const { school, created, adminViewer } = await schoolKey({ dailyQuota: 2 });
    const before = Date.now();
    await authenticate(created.secret, 5);
    await authenticate(created.secret, 7);
    await authenticate(created.secret, 9);
    await authenticate(created.secret, 0);

    const result = await call<{ school: { apiKeys: { id: string; lastUsedAt: string; requestsToday: number; usage: unknown[] }[] } }>(USAGE, { id: school.id }, adminViewer);
    expect(result.errors).toBeUndefined();
    const [key] = result.data!.school.apiKeys;
    expect(key!.requestsToday).toBe(2);
    expect(key!.usage).toHaveLength(3);
    expect(key!.usage.at(-1)).toEqual({ date: new Date().toISOString().slice(0, 10), requests: 2, refused: 2, cost: 12 });
    expect(key!.usage.slice(0, 2)).toEqual([
      expect.objectContaining({ requests: 0, refused: 0, cost: 0 }),
      expect.objectContaining({ requests: 0, refused: 0, cost: 0 }),
    ]);
    expect(new Date(key!.lastUsedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('reads the key with one SQL statement and writes lastUsedAt at most once a minute', async () => {
    const { created } = await schoolKey();
    const statementsOf = async () => {
      recording = [];
      try {
        expect((await authenticate(created.secret)).errors).toBeUndefined();
        return recording;
      } finally {
        recording = null;
      }
    };
    const first = await statementsOf();
    expect(first).toHaveLength(2);
    expect(first[1]).toMatch(/^UPDATE/);
    expect(await statementsOf()).toHaveLength(1);

    await prisma.apiKey.update({ where: { id: created.apiKey.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    const later = await statementsOf();
    expect(later).toHaveLength(2);
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(Date.now() - row.lastUsedAt!.getTime()).toBeLessThan(10_000);
  });
});

describe('who may authenticate keys', () => {
  const people: [string, Role[], boolean][] = [
    ['a student', ['student'], false],
    ['an admin of the key’s school', ['student', 'school_admin'], true],
    ['a platform admin', ['admin'], false],
  ];
  it.each(people)('refuses %s calling it directly with FORBIDDEN, and counts nothing against the key', async (_who, roles, adminOfSchool) => {
    const { school, created, adminViewer } = await schoolKey();
    const person = await createUser(prisma, { roles });
    if (adminOfSchool) await prisma.schoolMember.create({ data: { schoolId: school.id, userId: person.id, role: 'admin' } });
    const result = await authenticate(created.secret, 1, userViewer(person));
    expect(result.data ?? null).toBeNull();
    expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');

    const usage = await call<{ school: { apiKeys: { requestsToday: number; lastUsedAt: string | null }[] } }>(USAGE, { id: school.id }, adminViewer);
    expect(usage.data!.school.apiKeys[0]).toMatchObject({ requestsToday: 0, lastUsedAt: null });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const { created } = await schoolKey();
    expect(errorOf(await authenticate(created.secret, 1, { kind: 'anonymous', ip: '127.0.0.1' })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a school API key asking about another key with FORBIDDEN', async () => {
    const { created, school } = await schoolKey();
    const keyViewer: Viewer = { kind: 'school_key', keyId: created.apiKey.id, schoolId: school.id, scopes: ['read:catalog'], ip: '127.0.0.1' };
    expect(errorOf(await authenticate(created.secret, 1, keyViewer)).extensions?.code).toBe('FORBIDDEN');
  });
});
