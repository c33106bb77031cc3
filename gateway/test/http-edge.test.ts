// What every HTTP response of the gateway carries and how it treats browsers and oversized bodies.
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import { codesOf, postGraphQL, send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

const ALLOWED_ORIGIN = 'https://app.scrollforge.test';
const REFUSED_ORIGIN = 'https://evil.example';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ corsOrigins: [ALLOWED_ORIGIN] });
});
afterAll(async () => {
  await graph?.stop();
});

describe('security headers', () => {
  test('GraphQL responses carry nosniff, no-referrer and DENY framing', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoami }');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  test('HSTS is not sent outside production, so localhost is not pinned to HTTPS', async () => {
    const response = await send(`${graph.origin}/health`);
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  test('the placeholder page is served at / with a strict content security policy', async () => {
    const response = await send(`${graph.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.text).toContain('The web app arrives soon');
    expect(response.text).toContain('/graphql');
    const policy = response.headers['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  test('unknown paths are 404', async () => {
    expect((await send(`${graph.origin}/nothing-here`)).status).toBe(404);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    send(graph.gateway.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  test('a preflight from an allowed origin is granted', async () => {
    const response = await preflight(ALLOWED_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
    expect(response.headers['access-control-allow-headers']).toContain('authorization');
  });

  test('a preflight from another origin gets no CORS headers', async () => {
    const response = await preflight(REFUSED_ORIGIN);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
  });

  test('a request from an allowed origin may read the response and its request id', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoami }', { origin: ALLOWED_ORIGIN });
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(response.headers['access-control-expose-headers']).toContain(REQUEST_ID_HEADER);
    expect(response.headers.vary).toContain('Origin');
  });

  test('a request from another origin gets no CORS headers', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoami }', { origin: REFUSED_ORIGIN });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('request body limit', () => {
  test('a body over 4 MiB is refused with 413 before it is parsed', async () => {
    const before = graph.calls.count;
    const padding = 'x'.repeat(4 * 1024 * 1024);
    const response = await send(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoami }', variables: { padding } }),
    });
    expect(response.status).toBe(413);
    expect(codesOf(JSON.parse(response.text) as { errors: { extensions: { code: string } }[] })).toEqual(['BAD_USER_INPUT']);
    expect(graph.calls.count).toBe(before);
  });

  test('a body that is not JSON is refused with 400', async () => {
    const response = await send(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{ nope' });
    expect(response.status).toBe(400);
  });
});

describe('metrics', () => {
  test('/metrics exposes request counts, latency and errors by code', async () => {
    await postGraphQL(graph.gateway.url, '{ whoami }');
    await postGraphQL(graph.gateway.url, '{ whoami }', { authorization: 'Bearer not-a-token' });
    const response = await send(`${graph.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/graphql_requests_total\{service="gateway",operation_type="query"\} \d+/);
    expect(response.text).toContain('graphql_request_duration_seconds_bucket');
    expect(response.text).toMatch(/graphql_errors_total\{service="gateway",code="UNAUTHENTICATED"\} \d+/);
  });
});
