// The gateway turns access tokens into a signed viewer, and refuses bad tokens before any subgraph
// is asked.
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, issueAccessToken } from '@scrollforge/kit/src/access-token';
import { codesOf, postGraphQL } from './support/http-client';
import { JWT_SECRET, startTestGraph, type TestGraph } from './support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const claims = { userId: 'user-42', roles: ['student' as const, 'parent' as const], sessionId: 'session-1' };

async function signedWith(secret: string, overrides: { audience?: string; issuer?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: claims.roles, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(overrides.issuer ?? ACCESS_TOKEN_ISSUER)
    .setAudience(overrides.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(new TextEncoder().encode(secret));
}

function unsignedToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
    sub: claims.userId,
    roles: ['admin'],
    sid: 's',
    iss: ACCESS_TOKEN_ISSUER,
    aud: ACCESS_TOKEN_AUDIENCE,
    iat: now,
    exp: now + 600,
  })}.`;
}

async function expectRefusedWithoutSubgraph(authorization: string, messagePattern: RegExp): Promise<void> {
  const before = graph.calls.count;
  const response = await postGraphQL(graph.gateway.url, '{ whoami }', { authorization });
  expect(response.status).toBe(401);
  expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
  expect(response.errors?.[0]?.message).toMatch(messagePattern);
  expect(graph.calls.count).toBe(before);
}

test('a valid access token reaches the subgraph as that user with their roles', async () => {
  const { token } = await issueAccessToken(JWT_SECRET, claims);
  const response = await postGraphQL<{ whoami: string; viewerRoles: string[]; viewerIp: string }>(
    graph.gateway.url,
    '{ whoami viewerRoles viewerIp }',
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ whoami: 'user-42', viewerRoles: ['student', 'parent'], viewerIp: '127.0.0.1' });
});

test('no Authorization header makes an anonymous viewer', async () => {
  const response = await postGraphQL<{ whoami: string | null }>(graph.gateway.url, '{ whoami }');
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ whoami: null });
});

test('X-Forwarded-For is ignored unless the gateway trusts a proxy', async () => {
  const response = await postGraphQL<{ viewerIp: string }>(graph.gateway.url, '{ viewerIp }', { 'x-forwarded-for': '203.0.113.9' });
  expect(response.data?.viewerIp).toBe('127.0.0.1');
});

test('an expired token is refused with a hint to refresh, and no subgraph is called', async () => {
  const { token } = await issueAccessToken(JWT_SECRET, claims, new Date(Date.now() - 3600_000), 60);
  await expectRefusedWithoutSubgraph(`Bearer ${token}`, /expired.*refresh/i);
});

test('a token signed with another secret is refused', async () => {
  await expectRefusedWithoutSubgraph(`Bearer ${await signedWith('another-secret-that-is-long-enough-0123456789')}`, /sign in/i);
});

test('a token minted for another audience is refused', async () => {
  await expectRefusedWithoutSubgraph(`Bearer ${await signedWith(JWT_SECRET, { audience: 'some-other-api' })}`, /sign in/i);
});

test('a token from another issuer is refused', async () => {
  await expectRefusedWithoutSubgraph(`Bearer ${await signedWith(JWT_SECRET, { issuer: 'someone-else' })}`, /sign in/i);
});

test('an unsigned alg:none token is refused', async () => {
  await expectRefusedWithoutSubgraph(`Bearer ${unsignedToken()}`, /sign in/i);
});

test('an Authorization header that is not a bearer token is refused', async () => {
  await expectRefusedWithoutSubgraph('Basic dXNlcjpwYXNz', /Bearer/);
});

describe('behind a trusted proxy', () => {
  let proxied: TestGraph;
  beforeAll(async () => {
    proxied = await startTestGraph({ trustProxy: true });
  });
  afterAll(async () => {
    await proxied?.stop();
  });

  test('the client address is the hop the proxy appended, not one the client wrote', async () => {
    const response = await postGraphQL<{ viewerIp: string }>(proxied.gateway.url, '{ viewerIp }', {
      'x-forwarded-for': '198.51.100.66, 203.0.113.9',
    });
    expect(response.data?.viewerIp).toBe('203.0.113.9');
  });
});
