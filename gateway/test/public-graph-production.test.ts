// In production the app's graph hides its schema, but a school's key still explores the public graph:
// introspection there shows the contract and nothing else. Queries may also come as HTTP GET.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { PrismaClient } from '@scrollforge/kit/src/db';
import { postGraphQL } from '@scrollforge/kit/src/testing/graphql-client';
import { createPerson } from '../../scripts/platform/test-people';
import { startTestPlatform, uniqueIp, type TestPlatform } from '../../scripts/platform/test-platform';
import { send } from './support/http-client';

const repoRoot = resolve(__dirname, '..', '..');

let platform: TestPlatform;
let prisma: PrismaClient;
let publicUrl: string;
let key: string;
const clientIp = uniqueIp();

/** A read:catalog key stored as the users subgraph stores them: its prefix and the SHA-256 of the whole key. */
async function insertCatalogKey(): Promise<string> {
  const school = await prisma.school.create({ data: { name: `Production School ${randomUUID().slice(0, 8)}`, slug: `production-${randomUUID()}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'] });
  const prefix = `sf_${randomBytes(6).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  await prisma.apiKey.create({
    data: {
      schoolId: school.id,
      name: 'Production test',
      prefix,
      secretHash: createHash('sha256').update(secret, 'utf8').digest('hex'),
      scopes: ['read_catalog'],
      rateLimitPerMinute: 120,
      dailyQuota: 10_000,
      costBudgetPerMinute: 50_000,
      createdById: admin.id,
    },
  });
  return secret;
}

function typeNamesOf(schema: GraphQLSchema): string[] {
  return Object.keys(schema.getTypeMap())
    .filter((name) => !name.startsWith('__'))
    .sort();
}

beforeAll(async () => {
  platform = await startTestPlatform({ NODE_ENV: 'production' });
  prisma = platform.handle.services.prisma;
  publicUrl = platform.url.replace(/\/graphql$/, '/public/graphql');
  key = await insertCatalogKey();
});
afterAll(async () => {
  await platform?.stop();
});

test('a key holder introspects the public graph in production and sees only the contract', async () => {
  const response = await postGraphQL<IntrospectionQuery>(publicUrl, getIntrospectionQuery(), {}, { headers: { 'x-api-key': key, 'x-forwarded-for': clientIp } });
  expect(response.errors).toBeUndefined();
  const committed = buildSchema(readFileSync(resolve(repoRoot, 'public-schema.graphql'), 'utf8'));
  expect(typeNamesOf(buildClientSchema(response.data!))).toEqual(typeNamesOf(committed));
});

test('introspection without a key is refused before it runs', async () => {
  const response = await postGraphQL(publicUrl, '{ __schema { types { name } } }', {}, { headers: { 'x-forwarded-for': clientIp } });
  expect(response.status).toBe(401);
  expect(response.data).toBeUndefined();
});

test('answers a query sent as HTTP GET', async () => {
  const faculty = await prisma.faculty.create({ data: { slug: `get-faculty-${randomUUID()}`, name: 'Reached by GET' } });
  const response = await send(`${publicUrl}?${new URLSearchParams({ query: '{ faculties { id name } }' }).toString()}`, {
    headers: { 'x-api-key': key, 'x-forwarded-for': clientIp },
  });
  expect(response.status).toBe(200);
  const body = JSON.parse(response.text) as { data?: { faculties: { id: string; name: string }[] }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(body.data?.faculties).toContainEqual({ id: faculty.id, name: 'Reached by GET' });
});
