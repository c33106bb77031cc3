// A production gateway runs on /graphql only the operations of the ScrollForge apps, named by their
// hash or sent as their exact registered text. Anything else, however valid and harmless, is refused
// before it is planned or reaches a subgraph. Outside production nothing changes.
import { operationHash } from '../src/persisted-queries/operation-hash';
import type { TrustedDocuments } from '../src/persisted-queries/trusted-documents';
import { codesOf, send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

const REGISTERED = 'query ViewerIp {\n  viewerIp\n}';
const REGISTERED_INTROSPECTION = 'query Schema {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}';
const UNREGISTERED = '{ requestId }';

interface OperationResponse {
  status: number;
  headers: Record<string, unknown>;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function postOperation(url: string, body: Record<string, unknown>): Promise<OperationResponse> {
  const response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, ...(JSON.parse(response.text) as Omit<OperationResponse, 'status' | 'headers'>) };
}

async function getOperation(url: string, params: Record<string, string>): Promise<OperationResponse> {
  // The header satisfies Apollo Server's CSRF prevention for GET.
  const response = await send(`${url}?${new URLSearchParams(params).toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, headers: response.headers, ...(JSON.parse(response.text) as Omit<OperationResponse, 'status' | 'headers'>) };
}

const hashOnly = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const manifestOf = (...texts: string[]): TrustedDocuments => new Map(texts.map((text) => [operationHash(text), text]));

describe('production with trusted documents', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ production: true, trustedDocuments: manifestOf(REGISTERED, REGISTERED_INTROSPECTION) });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('refuses a valid, harmless operation that is not registered, without calling a subgraph', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, { query: UNREGISTERED });
    expect(response.status).toBe(403);
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.message).toMatch(/only the registered operations of the ScrollForge apps/);
    expect(response.errors?.[0]?.message).toMatch(/\/public\/graphql with an API key/);
    expect(response.data).toBeUndefined();
    expect(graph.calls.count).toBe(before);
  });

  test('serves a registered operation sent by its hash alone', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, hashOnly(operationHash(REGISTERED)));
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewerIp: '127.0.0.1' });
    expect(graph.calls.count).toBe(before + 1);
  });

  test('serves a registered operation sent as its exact text, with or without its hash', async () => {
    expect((await postOperation(graph.gateway.url, { query: REGISTERED })).data).toEqual({ viewerIp: '127.0.0.1' });
    const both = await postOperation(graph.gateway.url, { query: REGISTERED, ...hashOnly(operationHash(REGISTERED)) });
    expect(both.data).toEqual({ viewerIp: '127.0.0.1' });
  });

  test('refuses the registered text once it is reformatted, since only the exact text is registered', async () => {
    const response = await postOperation(graph.gateway.url, { query: 'query ViewerIp { viewerIp }' });
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  test('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash alone, without calling a subgraph', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, hashOnly(operationHash(UNREGISTERED)));
    expect(codesOf(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(response.headers['cache-control']).toMatch(/no-cache/);
    expect(graph.calls.count).toBe(before);
  });

  test('does not let an unknown hash register through a retry with the text', async () => {
    const hash = operationHash(UNREGISTERED);
    const retry = await postOperation(graph.gateway.url, { query: UNREGISTERED, ...hashOnly(hash) });
    expect(codesOf(retry)).toEqual(['FORBIDDEN']);
    expect(codesOf(await postOperation(graph.gateway.url, hashOnly(hash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('refuses a registered hash paired with other text', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, { query: UNREGISTERED, ...hashOnly(operationHash(REGISTERED)) });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(graph.calls.count).toBe(before);
  });

  test('serves a registered hash over GET and refuses unregistered text over GET', async () => {
    const served = await getOperation(graph.gateway.url, { extensions: JSON.stringify(hashOnly(operationHash(REGISTERED)).extensions) });
    expect(served.data).toEqual({ viewerIp: '127.0.0.1' });
    const refused = await getOperation(graph.gateway.url, { query: UNREGISTERED });
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
  });

  test('refuses batched requests and requests that name no operation', async () => {
    const batch = await send(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: REGISTERED }]) });
    expect(codesOf(JSON.parse(batch.text) as OperationResponse)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await postOperation(graph.gateway.url, { variables: {} }))).toEqual(['BAD_USER_INPUT']);
  });

  test('keeps introspection off, even for a registered introspection query', async () => {
    expect(codesOf(await postOperation(graph.gateway.url, { query: '{ __schema { types { name } } }' }))).toEqual(['FORBIDDEN']);
    const registered = await postOperation(graph.gateway.url, hashOnly(operationHash(REGISTERED_INTROSPECTION)));
    expect(codesOf(registered)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('production with the committed manifest', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ production: true });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('refuses an ad-hoc query that none of the apps sends', async () => {
    const before = graph.calls.count;
    const response = await postOperation(graph.gateway.url, { query: '{ whoami }' });
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
    expect(graph.calls.count).toBe(before);
  });
});

describe('outside production', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ production: false });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('runs an operation no app registered, as before', async () => {
    const response = await postOperation(graph.gateway.url, { query: UNREGISTERED });
    expect(response.errors).toBeUndefined();
    expect(typeof response.data?.requestId).toBe('string');
  });
});

test('trusted documents given outside production are enforced too', async () => {
  const graph = await startTestGraph({ production: false, trustedDocuments: manifestOf(REGISTERED) });
  try {
    expect(codesOf(await postOperation(graph.gateway.url, { query: UNREGISTERED }))).toEqual(['FORBIDDEN']);
    expect((await postOperation(graph.gateway.url, hashOnly(operationHash(REGISTERED)))).data).toEqual({ viewerIp: '127.0.0.1' });
  } finally {
    await graph.stop();
  }
});
