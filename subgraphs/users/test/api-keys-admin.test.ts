// School admins create, list, rotate and revoke their school's API keys through the users subgraph;
// nobody else may, and every setting is checked before a key is written.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient, School, User } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { createSchool } from '../src/schools';
import { createApiKey, MAX_ACTIVE_KEYS_PER_SCHOOL } from '../src/api-keys/manage-api-keys';
import { createUser } from './support/factories';
import { startTestUsersSubgraph, userViewer, type GraphQLResult, type TestUsersSubgraph } from './support/users-subgraph';

let subgraph: TestUsersSubgraph;
let prisma: PrismaClient;
let recording: string[] | null = null;

beforeAll(async () => {
  subgraph = await startTestUsersSubgraph({
    onQuery: (sql) => {
      // The event bus polls the outbox on its own timer, whatever a request does.
      if (recording && !sql.includes('outbox_event')) recording.push(sql);
    },
  });
  prisma = subgraph.prisma;
});
afterAll(() => subgraph.stop());

const KEY_FIELDS = 'id name prefix scopes rateLimitPerMinute dailyQuota costBudgetPerMinute createdAt lastUsedAt revokedAt status requestsToday';

const CREATE = `mutation Create($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } }
}`;
const ROTATE = `mutation Rotate($id: ID!, $overlapMinutes: Int) {
  rotateApiKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { ${KEY_FIELDS} } }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const LIST = `query Keys($id: ID!, $days: Int) {
  school(id: $id) { apiKeys { ${KEY_FIELDS} usage(days: $days) { date requests refused cost } } }
}`;

interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  rateLimitPerMinute: number;
  dailyQuota: number;
  costBudgetPerMinute: number;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'ACTIVE' | 'REVOKED';
  requestsToday: number;
  usage?: { date: string; requests: number; refused: number; cost: number }[];
}
interface Created {
  secret: string;
  apiKey: ApiKeyView;
}

const uniqueSchoolName = () => `Keyholders ${randomBytes(4).toString('hex')}`;

async function schoolWithAdmin(): Promise<{ school: School; admin: User; adminViewer: Viewer }> {
  const school = await createSchool(prisma, { name: uniqueSchoolName() });
  const admin = await createUser(prisma, { roles: ['student', 'school_admin'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  return { school, admin, adminViewer: userViewer(admin) };
}

function codesOf(result: GraphQLResult<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

async function createViaGraph(viewer: Viewer, input: Record<string, unknown>): Promise<Created> {
  const result = await subgraph.call<{ createApiKey: Created }>(CREATE, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.createApiKey;
}

describe('creating a key', () => {
  it('shows the whole key once and stores only its prefix and SHA-256', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const created = await createViaGraph(adminViewer, { schoolId: school.id, name: '  Timetable app  ', scopes: ['READ_CATALOG', 'READ_STUDENTS'] });

    expect(created.secret).toMatch(/^sf_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`${created.apiKey.prefix}_`)).toBe(true);
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(row.secretHash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    const secretPart = created.secret.slice(created.apiKey.prefix.length + 1);
    expect(JSON.stringify(row)).not.toContain(secretPart);

    const listed = await subgraph.call<{ school: { apiKeys: ApiKeyView[] } }>(LIST, { id: school.id }, adminViewer);
    expect(JSON.stringify(listed.data)).not.toContain(secretPart);
    const noSecretField = await subgraph.call(`query { school(id: "${school.id}") { apiKeys { secret } } }`, {}, adminViewer);
    expect(codesOf(noSecretField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('trims the name and fills in the default limits', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const { apiKey } = await createViaGraph(adminViewer, { schoolId: school.id, name: '  Timetable app  ', scopes: ['READ_CATALOG'] });
    expect(apiKey).toMatchObject({
      name: 'Timetable app',
      scopes: ['READ_CATALOG'],
      rateLimitPerMinute: 120,
      dailyQuota: 10_000,
      costBudgetPerMinute: 50_000,
      status: 'ACTIVE',
      revokedAt: null,
      lastUsedAt: null,
      requestsToday: 0,
    });
  });

  it('lets a platform admin create a key for any school', async () => {
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    const platformAdmin = await createUser(prisma, { roles: ['admin'] });
    const created = await createViaGraph(userViewer(platformAdmin), { schoolId: school.id, name: 'Ops', scopes: ['WRITE_ENROLLMENTS'] });
    expect(created.apiKey.scopes).toEqual(['WRITE_ENROLLMENTS']);
  });

  const invalidInputs: [string, Record<string, unknown>, string][] = [
    ['a blank name', { name: '   ' }, 'name'],
    ['a name over 80 characters', { name: 'x'.repeat(81) }, 'name'],
    ['no scopes', { scopes: [] }, 'scopes'],
    ['a scope listed twice', { scopes: ['READ_CATALOG', 'READ_CATALOG'] }, 'scopes'],
    ['a rate limit of 0', { rateLimitPerMinute: 0 }, 'rateLimitPerMinute'],
    ['a rate limit over 6000', { rateLimitPerMinute: 6001 }, 'rateLimitPerMinute'],
    ['a daily quota of 0', { dailyQuota: 0 }, 'dailyQuota'],
    ['a daily quota over a million', { dailyQuota: 1_000_001 }, 'dailyQuota'],
    ['a cost budget under 100', { costBudgetPerMinute: 99 }, 'costBudgetPerMinute'],
    ['a cost budget over a million', { costBudgetPerMinute: 1_000_001 }, 'costBudgetPerMinute'],
    ['a school id that is no UUID', { schoolId: 'north-ridge' }, 'input.schoolId'],
  ];

  it.each(invalidInputs)('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, change, field) => {
    const { school, adminViewer } = await schoolWithAdmin();
    const result = await subgraph.call(CREATE, { input: { schoolId: school.id, name: 'App', scopes: ['READ_CATALOG'], ...change } }, adminViewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await prisma.apiKey.count({ where: { schoolId: school.id } })).toBe(0);
  });

  it('refuses a key beyond the 20 active ones a school may hold with CONFLICT, and allows it once one is revoked', async () => {
    const { school, admin, adminViewer } = await schoolWithAdmin();
    const keys = [];
    for (let index = 0; index < MAX_ACTIVE_KEYS_PER_SCHOOL; index += 1) {
      keys.push(await createApiKey(prisma, { viewer: adminViewer, schoolId: school.id, settings: { name: `App ${index}`, scopes: ['read_catalog'] } }));
    }
    const input = { schoolId: school.id, name: 'One too many', scopes: ['READ_CATALOG'] };
    const refused = await subgraph.call(CREATE, { input }, adminViewer);
    expect(codesOf(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.message).toMatch(/Revoke one/);

    await prisma.apiKey.update({ where: { id: keys[0]!.apiKey.id }, data: { revokedAt: new Date(Date.now() - 1000) } });
    await createViaGraph(userViewer(admin), input);
    expect(await prisma.apiKey.count({ where: { schoolId: school.id } })).toBe(MAX_ACTIVE_KEYS_PER_SCHOOL + 1);
  });
});

describe('listing keys', () => {
  it('lists a school’s keys newest first with revoked ones included', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const first = await createViaGraph(adminViewer, { schoolId: school.id, name: 'First', scopes: ['READ_CATALOG'] });
    const second = await createViaGraph(adminViewer, { schoolId: school.id, name: 'Second', scopes: ['READ_CATALOG'] });
    await subgraph.call(REVOKE, { id: first.apiKey.id }, adminViewer);

    const result = await subgraph.call<{ school: { apiKeys: ApiKeyView[] } }>(LIST, { id: school.id, days: 3 }, adminViewer);
    expect(result.errors).toBeUndefined();
    const listed = result.data!.school.apiKeys;
    expect(listed.map((key) => [key.id, key.status])).toEqual([
      [second.apiKey.id, 'ACTIVE'],
      [first.apiKey.id, 'REVOKED'],
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(listed[0]!.usage).toHaveLength(3);
    expect(listed[0]!.usage!.at(-1)).toEqual({ date: today, requests: 0, refused: 0, cost: 0 });
  });

  it.each([0, 91])('refuses usage for %i days with BAD_USER_INPUT', async (days) => {
    const { school, adminViewer } = await schoolWithAdmin();
    await createViaGraph(adminViewer, { schoolId: school.id, name: 'App', scopes: ['READ_CATALOG'] });
    const result = await subgraph.call(LIST, { id: school.id, days }, adminViewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe('days');
  });

  it('costs the same SQL statements for a school with twelve keys as for one with one', async () => {
    const countFor = async (keyCount: number) => {
      const { school, adminViewer } = await schoolWithAdmin();
      for (let index = 0; index < keyCount; index += 1) {
        await createApiKey(prisma, { viewer: adminViewer, schoolId: school.id, settings: { name: `App ${index}`, scopes: ['read_catalog'] } });
      }
      recording = [];
      try {
        const result = await subgraph.call<{ school: { apiKeys: ApiKeyView[] } }>(LIST, { id: school.id, days: 14 }, adminViewer);
        expect(result.errors).toBeUndefined();
        expect(result.data!.school.apiKeys).toHaveLength(keyCount);
        return recording.length;
      } finally {
        recording = null;
      }
    };
    const one = await countFor(1);
    expect(await countFor(12)).toBe(one);
  });
});

describe('rotating and revoking', () => {
  it('rotates a key into a new one with the same settings, and the old one stops after the overlap', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const old = await createViaGraph(adminViewer, {
      schoolId: school.id,
      name: 'Gradebook',
      scopes: ['READ_STUDENTS', 'WRITE_ENROLLMENTS'],
      rateLimitPerMinute: 30,
      dailyQuota: 500,
      costBudgetPerMinute: 1000,
    });
    const before = Date.now();
    const result = await subgraph.call<{ rotateApiKey: Created }>(ROTATE, { id: old.apiKey.id, overlapMinutes: 15 }, adminViewer);
    expect(result.errors).toBeUndefined();
    const rotated = result.data!.rotateApiKey;
    expect(rotated.secret).not.toBe(old.secret);
    expect(rotated.apiKey.prefix).not.toBe(old.apiKey.prefix);
    expect(rotated.apiKey).toMatchObject({ name: 'Gradebook', scopes: ['READ_STUDENTS', 'WRITE_ENROLLMENTS'], rateLimitPerMinute: 30, dailyQuota: 500, costBudgetPerMinute: 1000, status: 'ACTIVE' });

    const oldRow = await prisma.apiKey.findUniqueOrThrow({ where: { id: old.apiKey.id } });
    const newRow = await prisma.apiKey.findUniqueOrThrow({ where: { id: rotated.apiKey.id } });
    expect(newRow.rotatedFromId).toBe(old.apiKey.id);
    const overlapEnds = oldRow.revokedAt!.getTime();
    expect(overlapEnds).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(overlapEnds).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1000);
    const listed = await subgraph.call<{ school: { apiKeys: ApiKeyView[] } }>(LIST, { id: school.id }, adminViewer);
    expect(listed.data!.school.apiKeys.find((key) => key.id === old.apiKey.id)?.status).toBe('ACTIVE');
  });

  it('refuses rotating a key twice, or a revoked key, with CONFLICT', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const rotatedOnce = await createViaGraph(adminViewer, { schoolId: school.id, name: 'A', scopes: ['READ_CATALOG'] });
    await subgraph.call(ROTATE, { id: rotatedOnce.apiKey.id, overlapMinutes: 60 }, adminViewer);
    expect(codesOf(await subgraph.call(ROTATE, { id: rotatedOnce.apiKey.id }, adminViewer))).toEqual(['CONFLICT']);

    const revoked = await createViaGraph(adminViewer, { schoolId: school.id, name: 'B', scopes: ['READ_CATALOG'] });
    await subgraph.call(REVOKE, { id: revoked.apiKey.id }, adminViewer);
    const refused = await subgraph.call(ROTATE, { id: revoked.apiKey.id }, adminViewer);
    expect(codesOf(refused)).toEqual(['CONFLICT']);
    expect(await prisma.apiKey.count({ where: { schoolId: school.id } })).toBe(3);
  });

  it.each([-1, 1441])('refuses an overlap of %i minutes with BAD_USER_INPUT', async (overlapMinutes) => {
    const { school, adminViewer } = await schoolWithAdmin();
    const key = await createViaGraph(adminViewer, { schoolId: school.id, name: 'A', scopes: ['READ_CATALOG'] });
    const result = await subgraph.call(ROTATE, { id: key.apiKey.id, overlapMinutes }, adminViewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.apiKey.id } })).revokedAt).toBeNull();
  });

  it('revokes a key at once, and revoking it again changes nothing', async () => {
    const { school, adminViewer } = await schoolWithAdmin();
    const key = await createViaGraph(adminViewer, { schoolId: school.id, name: 'A', scopes: ['READ_CATALOG'] });
    const first = await subgraph.call<{ revokeApiKey: ApiKeyView }>(REVOKE, { id: key.apiKey.id }, adminViewer);
    expect(first.data?.revokeApiKey.status).toBe('REVOKED');
    const second = await subgraph.call<{ revokeApiKey: ApiKeyView }>(REVOKE, { id: key.apiKey.id }, adminViewer);
    expect(second.errors).toBeUndefined();
    expect(second.data?.revokeApiKey.revokedAt).toBe(first.data?.revokeApiKey.revokedAt);
  });

  it('answers NOT_FOUND for a key that does not exist', async () => {
    const { adminViewer } = await schoolWithAdmin();
    expect(codesOf(await subgraph.call(REVOKE, { id: randomUUID() }, adminViewer))).toEqual(['NOT_FOUND']);
  });
});

describe('who may manage keys', () => {
  type Outsider = 'a stranger' | 'an admin of another school' | 'a student of the school' | 'a teacher of the school' | 'an anonymous caller';
  const outsiders: [Outsider, string][] = [
    ['a stranger', 'FORBIDDEN'],
    ['an admin of another school', 'FORBIDDEN'],
    ['a student of the school', 'FORBIDDEN'],
    ['a teacher of the school', 'FORBIDDEN'],
    ['an anonymous caller', 'UNAUTHENTICATED'],
  ];

  async function outsiderOf(school: School, who: Outsider): Promise<Viewer> {
    if (who === 'an anonymous caller') return { kind: 'anonymous', ip: '127.0.0.1' };
    const person = await createUser(prisma, { roles: who === 'an admin of another school' ? ['student', 'school_admin'] : ['student'] });
    if (who === 'an admin of another school') {
      const other = await createSchool(prisma, { name: uniqueSchoolName() });
      await prisma.schoolMember.create({ data: { schoolId: other.id, userId: person.id, role: 'admin' } });
    }
    if (who === 'a student of the school') await prisma.schoolMember.create({ data: { schoolId: school.id, userId: person.id, role: 'student' } });
    if (who === 'a teacher of the school') await prisma.schoolMember.create({ data: { schoolId: school.id, userId: person.id, role: 'teacher' } });
    return userViewer(person);
  }

  it.each(outsiders)('refuses %s listing, creating, rotating and revoking with %s, and changes nothing', async (who, code) => {
    const { school, adminViewer } = await schoolWithAdmin();
    const key = await createViaGraph(adminViewer, { schoolId: school.id, name: 'Kept', scopes: ['READ_CATALOG'] });
    const viewer = await outsiderOf(school, who);

    const listed = await subgraph.call<{ school: { apiKeys: ApiKeyView[] } | null }>(LIST, { id: school.id }, viewer);
    expect(codesOf(listed)).toEqual([code]);
    expect(listed.data?.school ?? null).toBeNull();
    expect(codesOf(await subgraph.call(CREATE, { input: { schoolId: school.id, name: 'Mine', scopes: ['READ_STUDENTS'] } }, viewer))).toEqual([code]);
    expect(codesOf(await subgraph.call(ROTATE, { id: key.apiKey.id, overlapMinutes: 5 }, viewer))).toEqual([code]);
    expect(codesOf(await subgraph.call(REVOKE, { id: key.apiKey.id }, viewer))).toEqual([code]);

    const rows = await prisma.apiKey.findMany({ where: { schoolId: school.id } });
    expect(rows.map((row) => [row.id, row.revokedAt])).toEqual([[key.apiKey.id, null]]);
  });
});
