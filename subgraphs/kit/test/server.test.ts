// The subgraph server: the signature gate, health, metrics, error masking, graceful drain and a
// clear error for a taken port — on a tiny schema built with the kit's own builder.
import { createBuilder } from '../src/builder';
import type { ServicesHandle } from '../src/services';
import { TEST_SECRETS, createTestServices } from '../src/testing/test-services';
import { startSubgraph, type RunningSubgraph } from '../src/server';
import { signViewer, VIEWER_HEADER } from '../src/viewer-signature';
import { REQUEST_ID_HEADER } from '../src/request-id';
import { userError } from '../src/errors';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor } from '../src/wait-for';

const SECRET = TEST_SECRETS.GATEWAY_SIGNING_SECRET;

function buildSchema(gate: { release?: () => void }) {
  const builder = createBuilder();
  builder.queryType({
    fields: (t) => ({
      whoami: t.string({ resolve: (_root, _args, ctx) => (ctx.viewer.kind === 'user' ? ctx.viewer.id : 'anonymous') }),
      broken: t.string({
        resolve: () => {
          throw new Error('connection to 10.0.0.5 refused: SELECT secret FROM table');
        },
      }),
      refused: t.string({ resolve: () => Promise.reject(userError('FORBIDDEN', 'Only the owner can see this.')) }),
      slow: t.string({ resolve: () => new Promise<string>((resolve) => (gate.release = () => resolve('finished'))) }),
    }),
  });
  builder.subscriptionType({
    fields: (t) => ({
      announcements: t.string({
        subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe<string>(`announcements:${ctx.viewer.kind === 'user' ? ctx.viewer.id : 'all'}`),
        resolve: (text: string) => text,
      }),
    }),
  });
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}

let handle: ServicesHandle;
let subgraph: RunningSubgraph;
const gate: { release?: () => void } = {};

function signedHeaders(requestId = `req-${Math.random().toString(36).slice(2, 12)}`, viewerId = 'viewer-1') {
  return {
    'content-type': 'application/json',
    [REQUEST_ID_HEADER]: requestId,
    [VIEWER_HEADER]: signViewer(SECRET, { kind: 'user', id: viewerId, roles: ['student'], ip: '127.0.0.1' }, requestId),
  };
}

async function query(url: string, text: string, headers: Record<string, string> = signedHeaders()) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: text }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] } };
}

beforeAll(async () => {
  handle = createTestServices();
  subgraph = await startSubgraph({ name: 'probe', schema: buildSchema(gate), port: 0, signingSecret: SECRET, services: handle.services });
});

afterAll(async () => {
  await subgraph?.stop();
  await handle?.close();
});

test('answers a signed request with the signed viewer and echoes the request id', async () => {
  const result = await query(subgraph.url, '{ whoami }', signedHeaders('request-abc-123', 'viewer-42'));
  expect(result.body.data).toEqual({ whoami: 'viewer-42' });
  expect(result.headers.get(REQUEST_ID_HEADER)).toBe('request-abc-123');
});

test('refuses unsigned, forged, expired and rebound headers', async () => {
  const requestId = 'request-forged-1';
  const valid = signedHeaders(requestId);
  const expired = signViewer(SECRET, { kind: 'anonymous', ip: 'x' }, requestId, { now: Date.now() - 120_000 });
  const cases: Record<string, string>[] = [
    { 'content-type': 'application/json' },
    { ...valid, [VIEWER_HEADER]: signViewer('another-secret-that-is-long-enough-000', { kind: 'anonymous', ip: 'x' }, requestId) },
    { ...valid, [VIEWER_HEADER]: expired },
    { ...valid, [REQUEST_ID_HEADER]: 'request-other-2' },
  ];
  for (const headers of cases) {
    const result = await query(subgraph.url, '{ _service { sdl } }', headers);
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.body.data).toBeUndefined();
  }
});

test('masks unexpected errors as INTERNAL and passes expected ones through', async () => {
  const broken = await query(subgraph.url, '{ broken }');
  expect(broken.body.errors?.[0]?.extensions.code).toBe('INTERNAL');
  expect(JSON.stringify(broken.body)).not.toMatch(/10\.0\.0\.5|SELECT|stack/);
  const refused = await query(subgraph.url, '{ refused }');
  expect(refused.body.errors?.[0]).toMatchObject({ message: 'Only the owner can see this.', extensions: { code: 'FORBIDDEN' } });
});

test('reports health with the database and counts requests and errors in /metrics', async () => {
  const health = await fetch(subgraph.url.replace('/graphql', '/health'));
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  const metrics = await (await fetch(subgraph.url.replace('/graphql', '/metrics'))).text();
  expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation_type="query"[^}]*\} [1-9]/);
  expect(metrics).toMatch(/graphql_errors_total\{[^}]*code="INTERNAL"[^}]*\} [1-9]/);
  expect(metrics).toMatch(/graphql_errors_total\{[^}]*code="UNAUTHENTICATED"[^}]*\} [1-9]/);
});

test('a taken port is an error that names the variable to change', async () => {
  await expect(
    startSubgraph({ name: 'probe', schema: buildSchema({}), port: subgraph.port, signingSecret: SECRET, services: handle.services }),
  ).rejects.toThrow(`Port ${subgraph.port} on 127.0.0.1 is already in use. Stop what is using it or set PROBE_PORT to a free port.`);
});

test('stop drains an in-flight request, then refuses new connections', async () => {
  const second = await startSubgraph({ name: 'drain', schema: buildSchema(gate), port: 0, signingSecret: SECRET, services: handle.services });
  const inFlight = query(second.url, '{ slow }');
  await waitFor(() => gate.release !== undefined, { what: 'the slow resolver to start' });
  const stopped = second.stop();
  let stoppedYet = false;
  void stopped.then(() => (stoppedYet = true));
  await new Promise((resolve) => setImmediate(resolve));
  expect(stoppedYet).toBe(false);
  gate.release?.();
  expect((await inFlight).body.data).toEqual({ slow: 'finished' });
  await stopped;
  await expect(fetch(second.url.replace('/graphql', '/health'))).rejects.toThrow();
});

function socketClient(connectionParams: Record<string, unknown>) {
  return createClient({ url: subgraph.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
}

test('a signed socket subscribes and receives PubSub events for its viewer', async () => {
  const requestId = 'socket-request-001';
  const client = socketClient({
    [REQUEST_ID_HEADER]: requestId,
    [VIEWER_HEADER]: signViewer(SECRET, { kind: 'user', id: 'listener-7', roles: ['student'], ip: '127.0.0.1' }, requestId),
  });
  const received: unknown[] = [];
  const subscribed = new Promise<void>((resolve, reject) => {
    const unsubscribe = client.subscribe(
      { query: 'subscription { announcements }' },
      {
        next: (value) => {
          received.push(value);
          if (received.length === 2) {
            unsubscribe();
            resolve();
          }
        },
        error: reject,
        complete: () => resolve(),
      },
    );
  });
  // Publish until the subscription is live: the first events may precede the SUBSCRIBE.
  const publisher = setInterval(() => void handle.services.pubsub.publish('announcements:listener-7', 'class starts'), 20);
  await subscribed;
  clearInterval(publisher);
  expect(received[0]).toEqual({ data: { announcements: 'class starts' } });
  await client.dispose();
});

test('an unsigned or forged socket is closed with 4403 before any operation runs', async () => {
  for (const params of [{}, { [REQUEST_ID_HEADER]: 'socket-request-002', [VIEWER_HEADER]: 'forged.signature' }]) {
    const client = socketClient(params);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const failure = new Promise<unknown>((resolve) => client.subscribe({ query: 'subscription { announcements }' }, { next: () => {}, error: resolve, complete: () => resolve('completed') }));
    expect(await closed).toBe(4403);
    await failure;
    await client.dispose();
  }
});
