// The bridge's pure rules, checked without sockets: who may upgrade, what a connection_init payload
// means, how reconnection backs off, which limits are accepted.
import type { IncomingMessage } from 'node:http';
import { issueAccessToken } from '@scrollforge/kit/src/access-token';
import { resolveBridgeLimits, DEFAULT_BRIDGE_LIMITS } from '../src/subscriptions/bridge-options';
import { authenticateConnection } from '../src/subscriptions/connection-auth';
import { isOriginAllowed, isSubscriptionHandshake } from '../src/subscriptions/upgrade';
import { reconnectDelay, webSocketUrl } from '../src/subscriptions/upstream-pool';
import { JWT_SECRET } from './support/test-graph';

function upgradeRequest(headers: Record<string, string>, url = '/graphql'): IncomingMessage {
  // Only `url` and `headers` are read by the rules under test.
  return { url, headers } as IncomingMessage;
}

const handshake = { upgrade: 'websocket', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', host: 'api.example:4000' };

describe('isOriginAllowed', () => {
  const allowlist = new Set(['https://app.example']);

  test('allows a handshake without Origin (non-browser clients)', () => {
    expect(isOriginAllowed(upgradeRequest(handshake), allowlist, false)).toBe(true);
  });

  test('allows an allowlisted origin and the gateway\'s own origin', () => {
    expect(isOriginAllowed(upgradeRequest({ ...handshake, origin: 'https://app.example' }), allowlist, false)).toBe(true);
    expect(isOriginAllowed(upgradeRequest({ ...handshake, origin: 'http://api.example:4000' }), allowlist, false)).toBe(true);
  });

  test('refuses a foreign origin and an unparsable one', () => {
    expect(isOriginAllowed(upgradeRequest({ ...handshake, origin: 'https://evil.example' }), allowlist, false)).toBe(false);
    expect(isOriginAllowed(upgradeRequest({ ...handshake, origin: 'null' }), allowlist, false)).toBe(false);
  });

  test('trusts X-Forwarded-Host for the own origin only behind a trusted proxy', () => {
    const proxied = upgradeRequest({ ...handshake, host: 'gateway:4000', origin: 'https://scrollforge.example', 'x-forwarded-host': 'scrollforge.example' });
    expect(isOriginAllowed(proxied, allowlist, true)).toBe(true);
    expect(isOriginAllowed(proxied, allowlist, false)).toBe(false);
  });
});

describe('isSubscriptionHandshake', () => {
  test('accepts a WebSocket handshake on /graphql, with or without a query string', () => {
    expect(isSubscriptionHandshake(upgradeRequest(handshake))).toBe(true);
    expect(isSubscriptionHandshake(upgradeRequest(handshake, '/graphql?x=1'))).toBe(true);
  });

  test('rejects other paths and upgrades that are not WebSocket handshakes', () => {
    expect(isSubscriptionHandshake(upgradeRequest(handshake, '/files/a'))).toBe(false);
    expect(isSubscriptionHandshake(upgradeRequest({ upgrade: 'websocket' }))).toBe(false);
    expect(isSubscriptionHandshake(upgradeRequest({ ...handshake, upgrade: 'h2c' }))).toBe(false);
  });
});

describe('authenticateConnection', () => {
  const claims = { userId: 'user-3', roles: ['instructor' as const], sessionId: 's' };

  test('no payload, or an empty token, is an anonymous viewer with the client address', async () => {
    expect(await authenticateConnection(undefined, { jwtSecret: JWT_SECRET, ip: '10.0.0.1' })).toEqual({ ok: true, viewer: { kind: 'anonymous', ip: '10.0.0.1' } });
    expect(await authenticateConnection({ token: '' }, { jwtSecret: JWT_SECRET, ip: '10.0.0.1' })).toMatchObject({ ok: true, viewer: { kind: 'anonymous' } });
  });

  test('a valid token is the user with the token\'s expiry', async () => {
    const { token, expiresAt } = await issueAccessToken(JWT_SECRET, claims);
    expect(await authenticateConnection({ Authorization: `Bearer ${token}` }, { jwtSecret: JWT_SECRET, ip: 'ip' })).toEqual({
      ok: true,
      viewer: { kind: 'user', id: 'user-3', roles: ['instructor'], ip: 'ip' },
      expiresAt: expiresAt.getTime(),
    });
  });

  test('an expired token is refused as expired, a malformed one as invalid', async () => {
    const { token } = await issueAccessToken(JWT_SECRET, claims, new Date(Date.now() - 3600_000), 60);
    expect(await authenticateConnection({ token }, { jwtSecret: JWT_SECRET, ip: 'ip' })).toMatchObject({ ok: false, expired: true });
    expect(await authenticateConnection({ token: 'not-a-jwt' }, { jwtSecret: JWT_SECRET, ip: 'ip' })).toMatchObject({ ok: false, expired: false });
    expect(await authenticateConnection({ authorization: 42 }, { jwtSecret: JWT_SECRET, ip: 'ip' })).toMatchObject({ ok: false, expired: false });
  });
});

describe('reconnectDelay', () => {
  const limits = { upstreamRetryInitialDelayMs: 100, upstreamRetryMaxDelayMs: 1000 };

  test('doubles per attempt between half and all of the ceiling', () => {
    expect(reconnectDelay(0, limits, () => 0)).toBe(50);
    expect(reconnectDelay(0, limits, () => 1)).toBe(100);
    expect(reconnectDelay(2, limits, () => 1)).toBe(400);
  });

  test('never waits longer than the maximum', () => {
    expect(reconnectDelay(30, limits, () => 1)).toBe(1000);
  });
});

test('webSocketUrl maps a subgraph\'s HTTP routing URL to its WebSocket URL', () => {
  expect(webSocketUrl('http://127.0.0.1:4001/graphql')).toBe('ws://127.0.0.1:4001/graphql');
  expect(webSocketUrl('https://courses.internal/graphql')).toBe('wss://courses.internal/graphql');
});

describe('resolveBridgeLimits', () => {
  test('fills defaults and keeps what is given', () => {
    expect(resolveBridgeLimits({ bufferSize: 8 })).toEqual({ ...DEFAULT_BRIDGE_LIMITS, bufferSize: 8 });
  });

  test('refuses zero, negative and non-finite limits', () => {
    expect(() => resolveBridgeLimits({ bufferSize: 0 })).toThrow(/bufferSize/);
    expect(() => resolveBridgeLimits({ maxSubscriptions: -1 })).toThrow(/maxSubscriptions/);
    expect(() => resolveBridgeLimits({ connectionInitTimeoutMs: Number.POSITIVE_INFINITY })).toThrow(/connectionInitTimeoutMs/);
  });
});
