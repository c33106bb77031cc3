// Automatic persisted queries on /graphql: a client sends the sha256 of an operation, and the full text
// only when the gateway does not know it yet. Registered operations live in Redis when the gateway has
// one, so every gateway instance serves a hash registered through any of them.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { operationHash } from '../src/persisted-queries/operation-hash';
import { PERSISTED_QUERY_CONNECTION_NAME, createRedisKeyValueCache } from '../src/persisted-queries/redis-key-value-cache';
import { codesOf, send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

const REDIS_URL = 'redis://127.0.0.1:6379';
const WHOAMI = '{ whoami }';
const VIEWER_IP = 'query ViewerIp { viewerIp }';

interface OperationResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function postOperation(url: string, body: Record<string, unknown>): Promise<OperationResponse> {
  const response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, ...(JSON.parse(response.text) as Omit<OperationResponse, 'status'>) };
}

const hashOnly = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const withText = (query: string, hash = operationHash(query)) => ({ query, ...hashOnly(hash) });

describe('one gateway, in memory', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('answers PERSISTED_QUERY_NOT_FOUND for a hash it has never seen, without calling a subgraph', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, hashOnly(operationHash(`query Unseen${randomUUID().slice(0, 8)} { whoami }`)));
    expect(codesOf(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(response.data).toBeUndefined();
    expect(graph.calls.count).toBe(before);
  });

  test('runs an operation sent with its hash, then serves the hash alone', async () => {
    const registered = await postOperation(graph.gateway.url, withText(VIEWER_IP));
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ viewerIp: '127.0.0.1' });
    const before = graph.calls.count;
    const served = await postOperation(graph.gateway.url, hashOnly(operationHash(VIEWER_IP)));
    expect(served.errors).toBeUndefined();
    expect(served.data).toEqual({ viewerIp: '127.0.0.1' });
    expect(graph.calls.count).toBe(before + 1);
  });

  test('refuses a hash that is not the sha256 of the text sent with it, and does not register it', async () => {
    const wrongHash = operationHash('query Other { requestId }');
    const before = graph.calls.count;
    const refused = await postOperation(graph.gateway.url, withText(WHOAMI, wrongHash));
    expect(refused.status).toBe(400);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/not the sha256 of the query text/);
    expect(graph.calls.count).toBe(before);
    expect(codesOf(await postOperation(graph.gateway.url, hashOnly(wrongHash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('refuses a malformed hash and an unknown extension version with BAD_USER_INPUT', async () => {
    const malformed = await postOperation(graph.gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'ABC' } } });
    expect(codesOf(malformed)).toEqual(['BAD_USER_INPUT']);
    const version = await postOperation(graph.gateway.url, { query: WHOAMI, extensions: { persistedQuery: { version: 2, sha256Hash: operationHash(WHOAMI) } } });
    expect(codesOf(version)).toEqual(['BAD_USER_INPUT']);
    expect(version.errors?.[0]?.message).toMatch(/version 1/);
  });

  test('still runs a plain query sent without a hash', async () => {
    const response = await postOperation(graph.gateway.url, { query: '{ requestId }' });
    expect(response.errors).toBeUndefined();
    expect(typeof response.data?.requestId).toBe('string');
  });
});

describe('two gateways sharing one Redis', () => {
  const keyPrefix = `scrollforge:test:${randomUUID()}:`;
  let first: TestGraph;
  let second: TestGraph;
  let redis: Redis;
  beforeAll(async () => {
    first = await startTestGraph({ redisUrl: REDIS_URL, redisKeyPrefix: keyPrefix });
    second = await startTestGraph({ redisUrl: REDIS_URL, redisKeyPrefix: keyPrefix });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    if (redis) {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  test('the second gateway serves by hash alone an operation registered through the first', async () => {
    const query = `query SharedViewerIp${randomUUID().replaceAll('-', '')} { viewerIp }`;
    const hash = operationHash(query);
    expect(codesOf(await postOperation(second.gateway.url, hashOnly(hash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await postOperation(first.gateway.url, withText(query));
    expect(registered.data).toEqual({ viewerIp: '127.0.0.1' });
    // Apollo Server writes the cache after answering; wait for the write rather than for a fixed time.
    await waitFor(async () => (await redis.exists(`${keyPrefix}apq:${hash}`)) === 1);
    const before = second.calls.count;
    const served = await postOperation(second.gateway.url, hashOnly(hash));
    expect(served.errors).toBeUndefined();
    expect(served.data).toEqual({ viewerIp: '127.0.0.1' });
    expect(second.calls.count).toBe(before + 1);
  });

  test('keeps a registered operation in Redis for about a day', async () => {
    const query = `query Expiring${randomUUID().replaceAll('-', '')} { whoami }`;
    await postOperation(first.gateway.url, withText(query));
    const key = `${keyPrefix}apq:${operationHash(query)}`;
    await waitFor(async () => (await redis.exists(key)) === 1);
    expect(await redis.get(key)).toBe(query);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(23 * 60 * 60);
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
  });

  test('closes its Redis connection when it stops', async () => {
    const connections = async () => String(await redis.client('LIST')).split('\n').filter((line) => line.includes(`name=${PERSISTED_QUERY_CONNECTION_NAME}`)).length;
    const third = await startTestGraph({ redisUrl: REDIS_URL, redisKeyPrefix: keyPrefix });
    await postOperation(third.gateway.url, hashOnly(operationHash(`query Warm${randomUUID().replaceAll('-', '')} { whoami }`)));
    const whileRunning = await connections();
    await third.stop();
    await waitFor(async () => (await connections()) === whileRunning - 1);
    expect(await connections()).toBe(whileRunning - 1);
  });
});

test('an unreachable Redis makes a lookup a miss, so the client falls back to sending the text', async () => {
  const errors: Error[] = [];
  // Port 1 on the loopback refuses connections.
  const cache = createRedisKeyValueCache({ redisUrl: 'redis://127.0.0.1:1', keyPrefix: 'unreachable:', onError: (error) => errors.push(error) });
  try {
    await expect(cache.get(operationHash(WHOAMI))).resolves.toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
  } finally {
    await cache.close();
  }
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
