// Subgraphs answer only the gateway: every call that goes around it is refused, federation's own
// entry points included.
import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import { anonymousViewer, type Viewer } from '@scrollforge/kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '@scrollforge/kit/src/viewer-signature';
import { codesOf, postGraphQL } from './support/http-client';
import { SIGNING_SECRET, startTestGraph, type TestGraph } from './support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const admin: Viewer = { kind: 'user', id: 'intruder', roles: ['admin'], ip: '10.0.0.1' };
const ENTITIES = '{ _entities(representations: [{ __typename: "ProbeItem", id: "item-1" }]) { ... on ProbeItem { id } } }';

function signedHeaders(options: { secret?: string; now?: number; boundTo?: string; sentAs?: string; viewer?: Viewer } = {}) {
  const requestId = options.boundTo ?? randomUUID();
  return {
    [REQUEST_ID_HEADER]: options.sentAs ?? requestId,
    [VIEWER_HEADER]: signViewer(options.secret ?? SIGNING_SECRET, options.viewer ?? admin, requestId, { now: options.now, ttlSeconds: 30 }),
  };
}

async function expectRefused(query: string, headers: Record<string, string>): Promise<void> {
  const before = graph.calls.count;
  const response = await postGraphQL(graph.subgraph.url, query, headers);
  expect(response.status).toBe(401);
  expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
  expect(response.data).toBeUndefined();
  expect(graph.calls.count).toBe(before);
}

test('a correctly signed call is answered (so the refusals below are about the signature)', async () => {
  const response = await postGraphQL<{ whoami: string }>(graph.subgraph.url, '{ whoami }', signedHeaders());
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ whoami: 'intruder' });
});

test('a call without the viewer header is refused', async () => {
  await expectRefused('{ whoami }', { [REQUEST_ID_HEADER]: randomUUID() });
});

test('a viewer header signed with another secret is refused', async () => {
  await expectRefused('{ whoami }', signedHeaders({ secret: 'not-the-gateway-secret-0123456789abcdef' }));
});

test('a tampered viewer header is refused', async () => {
  const headers = signedHeaders({ viewer: anonymousViewer('10.0.0.1') });
  const [, signature] = headers[VIEWER_HEADER].split('.');
  const forgedBody = Buffer.from(
    JSON.stringify({ viewer: admin, requestId: headers[REQUEST_ID_HEADER], issuedAt: Math.floor(Date.now() / 1000), expiresAt: Math.floor(Date.now() / 1000) + 30 }),
  ).toString('base64url');
  await expectRefused('{ whoami }', { ...headers, [VIEWER_HEADER]: `${forgedBody}.${signature}` });
});

test('an expired viewer header is refused', async () => {
  await expectRefused('{ whoami }', signedHeaders({ now: Date.now() - 120_000 }));
});

test('a viewer header bound to another request id is refused', async () => {
  await expectRefused('{ whoami }', signedHeaders({ boundTo: 'request-id-the-gateway-signed', sentAs: 'request-id-of-the-replay' }));
});

test('_service { sdl } without a signature is refused', async () => {
  await expectRefused('{ _service { sdl } }', { [REQUEST_ID_HEADER]: randomUUID() });
});

test('_entities without a signature is refused', async () => {
  await expectRefused(ENTITIES, { [REQUEST_ID_HEADER]: randomUUID() });
});

test('_entities with a forged signature is refused', async () => {
  await expectRefused(ENTITIES, signedHeaders({ secret: 'not-the-gateway-secret-0123456789abcdef' }));
});
