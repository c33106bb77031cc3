// The public graph at /public/graphql, through the real platform: school API keys (made with the
// createApiKey mutation), the contract's edges, the limits, scopes and the refusal of WebSockets.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import WebSocket from 'ws';
import type { PrismaClient } from '@scrollforge/kit/src/db';
import type { GraphQLResponse } from '@scrollforge/kit/src/testing/graphql-client';
import { createPerson } from '../../scripts/platform/test-people';
import { startTestPlatform, uniqueIp, type TestPlatform } from '../../scripts/platform/test-platform';
import { createCatalogCourses } from '../../subgraphs/courses/test/support/catalog-courses';
import { BEARER_TOKEN_MESSAGE, MISSING_API_KEY_MESSAGE } from '../src/public/api-key-header';
import { NO_SUBSCRIPTIONS_MESSAGE } from '../src/public/no-subscriptions-rule';
import { createSchoolKey as createSchoolKeyAt, publicGraphQL as publicGraphQLAt, publicUrlOf, type KeyScope, type SchoolKey } from './support/public-graph-client';
import { PUBLIC_MAX_ALIASES, PUBLIC_MAX_COST, PUBLIC_MAX_DEPTH, PUBLIC_MAX_PAGE_SIZE } from '../src/public/public-limits';

const repoRoot = resolve(__dirname, '..', '..');

let platform: TestPlatform;
let prisma: PrismaClient;
let publicUrl: string;
const clientIp = uniqueIp();

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  publicUrl = publicUrlOf(platform);
});
afterAll(async () => {
  await platform?.stop();
});

function publicGraphQL<TData = Record<string, unknown>>(
  query: string,
  options: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  return publicGraphQLAt<TData>(platform, query, { ...options, clientIp });
}

const messagesOf = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.message);
const codesOf = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);

const createSchoolKey = (scopes: KeyScope[], limits: { rateLimitPerMinute?: number } = {}): Promise<SchoolKey> => createSchoolKeyAt(platform, scopes, limits);

async function createPublishedCourse(title: string): Promise<{ slug: string; facultyName: string }> {
  const owner = await createPerson(prisma, { roles: ['student', 'instructor'] });
  const faculty = await prisma.faculty.create({ data: { slug: `faculty-${randomUUID()}`, name: `Faculty ${randomUUID().slice(0, 6)}` } });
  const [course] = await createCatalogCourses(prisma, [{ ownerId: owner.id, facultyId: faculty.id, title }]);
  const row = await prisma.course.findUniqueOrThrow({ where: { id: course!.id }, select: { slug: true } });
  return { slug: row.slug, facultyName: faculty.name };
}

function coordinatesOf(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? [type.name, ...Object.keys(type.getFields()).map((field) => `${type.name}.${field}`)]
        : [type.name],
    )
    .sort();
}

describe('keys', () => {
  test('refuses a request without X-Api-Key with 401, saying where the key goes', async () => {
    const response = await publicGraphQL('{ __typename }');
    expect(response.status).toBe(401);
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(messagesOf(response)).toEqual([MISSING_API_KEY_MESSAGE]);
  });

  test('refuses an access token in place of a key with the same hint', async () => {
    const person = await createPerson(prisma);
    const response = await publicGraphQL('{ __typename }', { headers: { authorization: `Bearer ${person.token}` } });
    expect(response.status).toBe(401);
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(messagesOf(response)).toEqual([BEARER_TOKEN_MESSAGE]);
  });

  test('refuses malformed and unknown keys with 401, saying which', async () => {
    const malformed = await publicGraphQL('{ __typename }', { key: 'not-a-key' });
    expect(malformed.status).toBe(401);
    expect(codesOf(malformed)).toEqual(['UNAUTHENTICATED']);
    expect(messagesOf(malformed)[0]).toMatch(/malformed/);

    const unknown = await publicGraphQL('{ __typename }', { key: `sf_${'0'.repeat(12)}_${'A'.repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(codesOf(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(messagesOf(unknown)[0]).toMatch(/unknown/);
  });

  test('refuses a revoked key with 401, saying it was revoked', async () => {
    const key = await createSchoolKey(['READ_CATALOG']);
    expect((await publicGraphQL('{ __typename }', { key: key.secret })).status).toBe(200);
    const revoked = await platform.graphql('mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id }, { token: key.adminToken });
    expect(revoked.errors).toBeUndefined();
    const response = await publicGraphQL('{ __typename }', { key: key.secret });
    expect(response.status).toBe(401);
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(messagesOf(response)[0]).toMatch(/revoked/);
  });

  test('answers 429 with Retry-After once a key is over its requests per minute', async () => {
    const key = await createSchoolKey(['READ_CATALOG'], { rateLimitPerMinute: 1 });
    // Three requests: even if a minute turns between two of them, two land in the same minute.
    const responses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) responses.push(await publicGraphQL('{ __typename }', { key: key.secret }));
    const limited = responses.find((response) => response.status === 429);
    expect(limited).toBeDefined();
    expect(codesOf(limited!)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited!.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter, limit: 'requests-per-minute' });
  });
});

describe('the contract', () => {
  let catalogKey: SchoolKey;
  beforeAll(async () => {
    catalogKey = await createSchoolKey(['READ_CATALOG']);
  });

  test('lets a read:catalog key read the catalog, across subgraphs', async () => {
    const title = `Public Catalog ${randomUUID().slice(0, 8)}`;
    const course = await createPublishedCourse(title);
    const response = await publicGraphQL<{ course: { title: string; faculty: { name: string } } | null }>(
      'query Course($slug: String!) { course(slug: $slug) { title faculty { name } } }',
      { key: catalogKey.secret, variables: { slug: course.slug } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.course).toEqual({ title, faculty: { name: course.facultyName } });
  });

  test('runs as the key’s school', async () => {
    const response = await publicGraphQL<{ apiKeySchool: { id: string } | null }>('{ apiKeySchool { id } }', { key: catalogKey.secret });
    expect(response.errors).toBeUndefined();
    expect(response.data?.apiKeySchool).toEqual({ id: catalogKey.schoolId });
  });

  test.each([
    ['me', '{ me { id } }', 'Cannot query field "me" on type "Query".'],
    ['devMailbox', '{ devMailbox { to } }', 'Cannot query field "devMailbox" on type "Query".'],
    ['a wallet', '{ courses(first: 1) { edges { node { instructors { wallet { balance } } } } } }', 'Cannot query field "wallet" on type "User".'],
    ['_entities', '{ _entities(representations: [{ __typename: "Course", id: "x" }]) { __typename } }', 'Cannot query field "_entities" on type "Query".'],
    ['_service', '{ _service { sdl } }', 'Cannot query field "_service" on type "Query".'],
  ])('answers %s as a field that does not exist', async (_name, query, message) => {
    const response = await publicGraphQL(query, { key: catalogKey.secret });
    expect(response.status).toBe(400);
    expect(codesOf(response)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messagesOf(response)).toContain(message);
  });

  test('introspection shows exactly the committed public schema and no private name', async () => {
    const response = await publicGraphQL<IntrospectionQuery>(getIntrospectionQuery(), { key: catalogKey.secret });
    expect(response.errors).toBeUndefined();
    const served = buildClientSchema(response.data!);
    const committed = buildSchema(readFileSync(resolve(repoRoot, 'public-schema.graphql'), 'utf8'));
    expect(coordinatesOf(served)).toEqual(coordinatesOf(committed));
    const names = coordinatesOf(served);
    expect(names).toContain('Query.courses');
    for (const secret of ['Query.me', 'Query.devMailbox', 'User.wallet', 'User.email', 'Wallet', 'Mutation.authenticateApiKey', 'ApiKeyIdentity', 'ApiKey', 'Subscription', 'Query._entities', 'Query._service']) {
      expect(names).not.toContain(secret);
    }
  });

  test('a key without read:students is FORBIDDEN on a scope-tagged field, naming the field and the scope', async () => {
    const response = await publicGraphQL('{ apiKeySchool { studentProgress(first: 5) { edges { node { percentComplete } } } } }', { key: catalogKey.secret });
    expect(response.status).toBe(403);
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
    expect(messagesOf(response)).toEqual([
      'School.studentProgress needs the read:students scope, which this API key does not have. Ask your school admin for a key with read:students.',
    ]);
    expect(response.data).toBeUndefined();
  });

  test('a key with read:students passes the scope check on the same field', async () => {
    const key = await createSchoolKey(['READ_CATALOG', 'READ_STUDENTS']);
    const response = await publicGraphQL<{ apiKeySchool: { id: string; studentProgress: { edges: unknown[] } } }>(
      '{ apiKeySchool { id studentProgress(first: 5) { edges { node { percentComplete } } } } }',
      { key: key.secret },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.apiKeySchool.id).toBe(key.schoolId);
  });
});

describe('limits', () => {
  let key: SchoolKey;
  beforeAll(async () => {
    key = await createSchoolKey(['READ_CATALOG']);
  });

  test(`refuses an operation nested deeper than ${PUBLIC_MAX_DEPTH} levels`, async () => {
    // Nine levels; the contract's deepest real path is eight, so the innermost field is made up.
    const query = 'query Deep { apiKeySchool { studentProgress { edges { node { course { modules { lectures { id deeper { id } } } } } } } } }';
    const response = await publicGraphQL(query, { key: key.secret });
    expect(codesOf(response)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messagesOf(response)).toContain(
      `Operation "Deep" nests fields 9 levels deep; the limit is ${PUBLIC_MAX_DEPTH}. Ask for fewer nested fields or split it into several operations.`,
    );
  });

  test(`refuses more than ${PUBLIC_MAX_ALIASES} aliases`, async () => {
    const aliases = Array.from({ length: PUBLIC_MAX_ALIASES + 1 }, (_, index) => `a${index}: courses(first: 1) { totalCount }`).join(' ');
    const response = await publicGraphQL(`query Wide { ${aliases} }`, { key: key.secret });
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(messagesOf(response)).toEqual([`Operation "Wide" uses 11 aliases; the limit is ${PUBLIC_MAX_ALIASES}. Split it into several operations.`]);
  });

  test(`refuses a page larger than ${PUBLIC_MAX_PAGE_SIZE}, written in the operation or given in a variable`, async () => {
    const literal = await publicGraphQL('{ courses(first: 51) { totalCount } }', { key: key.secret });
    expect(codesOf(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const message = `Query.courses asks for a page of 51; the largest page is ${PUBLIC_MAX_PAGE_SIZE}. Ask for at most ${PUBLIC_MAX_PAGE_SIZE} with first/last and page on with the cursor.`;
    expect(messagesOf(literal)).toEqual([message]);

    const variable = await publicGraphQL('query Page($n: Int) { courses(first: $n) { totalCount } }', { key: key.secret, variables: { n: 51 } });
    expect(variable.status).toBe(400);
    expect(codesOf(variable)).toEqual(['BAD_USER_INPUT']);
    expect(messagesOf(variable)).toEqual([message]);

    const fine = await publicGraphQL<{ courses: { totalCount: number } }>('query Page($n: Int) { courses(first: $n) { totalCount } }', {
      key: key.secret,
      variables: { n: PUBLIC_MAX_PAGE_SIZE },
    });
    expect(fine.errors).toBeUndefined();
    expect(typeof fine.data?.courses.totalCount).toBe('number');
  });

  test(`refuses an operation costing more than ${PUBLIC_MAX_COST}, stating its cost`, async () => {
    // Each alias: courses 1 + edges 1 + 50 courses + 50 module lists + 50 × 20 lecture lists = 1,102.
    const heavy = 'courses(first: 50) { edges { node { modules { lectures { id } } } } }';
    const response = await publicGraphQL(`query Costly { a: ${heavy} b: ${heavy} c: ${heavy} d: ${heavy} e: ${heavy} }`, { key: key.secret });
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(messagesOf(response)).toEqual([
      'Operation "Costly" costs 5,510; the limit is 5,000 per request. Ask for smaller pages (first/last), fewer nested lists, or split it into several requests.',
    ]);
  });

  test('refuses subscription operations in validation', async () => {
    const response = await publicGraphQL('subscription Live { courseUpdated { id } }', { key: key.secret });
    expect(codesOf(response)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messagesOf(response)).toContain(NO_SUBSCRIPTIONS_MESSAGE);
  });

  test('refuses a WebSocket handshake on /public/graphql', async () => {
    const status = await new Promise<number>((resolvePromise, reject) => {
      const socket = new WebSocket(publicUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolvePromise(response.statusCode ?? 0));
      socket.on('open', () => {
        socket.close();
        reject(new Error('the public graph accepted a WebSocket'));
      });
      socket.on('error', reject);
    });
    expect(status).toBe(400);
  });
});

test('the app’s own /graphql still answers fields outside the contract', async () => {
  const person = await createPerson(prisma);
  const response = await platform.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token: person.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.me.id).toBe(person.id);
});
