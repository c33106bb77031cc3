// The subscription socket's edge: who may open one (Origin, access token), and the graphql-ws close
// codes for clients that break the protocol.
import { randomUUID } from 'node:crypto';
import { issueAccessToken } from '@scrollforge/kit/src/access-token';
import { waitFor } from '@scrollforge/kit/src/wait-for';
import { connectClient, openRawSocket, subscribe, waitForUpgradeOutcome, type RawSocket, type TestClient } from './support/subscription-client';
import { startSubscriptionGraph, type SubscriptionGraph } from './support/subscription-graph';
import { JWT_SECRET } from './support/test-graph';

const ALLOWED_ORIGIN = 'https://app.scrollforge.test';
const claims = { userId: 'user-1', roles: ['student' as const], sessionId: 'session-1' };

let graph: SubscriptionGraph;
const clients: TestClient[] = [];
const rawSockets: RawSocket[] = [];

beforeAll(async () => {
  graph = await startSubscriptionGraph({ corsOrigins: [ALLOWED_ORIGIN], subscriptions: { connectionInitTimeoutMs: 300 } });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  for (const raw of rawSockets.splice(0)) raw.socket.terminate();
});
afterAll(async () => {
  await graph?.stop();
});

function client(connectionParams: Record<string, unknown> = {}, headers: Record<string, string> = {}): TestClient {
  const created = connectClient(graph.wsUrl, connectionParams, headers);
  clients.push(created);
  return created;
}

function raw(headers: Record<string, string> = {}): RawSocket {
  const created = openRawSocket(graph.wsUrl, headers);
  rawSockets.push(created);
  return created;
}

const acknowledged = (tested: TestClient) => waitFor(() => tested.acknowledged || tested.closed, { what: 'connection_ack or a close' });

describe('access tokens in connection_init', () => {
  test('no token connects as an anonymous viewer', async () => {
    const tested = client();
    expect(await acknowledged(tested)).toBe(true);
  });

  test('a valid token as "authorization: Bearer" or as "token" connects', async () => {
    const { token } = await issueAccessToken(JWT_SECRET, claims);
    const viaAuthorization = client({ authorization: `Bearer ${token}` });
    const viaToken = client({ token });
    expect(await acknowledged(viaAuthorization)).toBe(true);
    expect(await acknowledged(viaToken)).toBe(true);
  });

  test('a token signed with another secret closes the socket with 4403', async () => {
    const { token } = await issueAccessToken('another-secret-0123456789abcdef0123456789', claims);
    const tested = client({ authorization: `Bearer ${token}` });
    expect(await tested.waitForClose()).toEqual({ code: 4403, reason: 'Invalid token' });
    expect(tested.acknowledged).toBe(false);
  });

  test('an authorization value that is not "Bearer <token>" closes the socket with 4403', async () => {
    const tested = client({ authorization: 'Basic dXNlcjpwYXNz' });
    expect(await tested.waitForClose()).toEqual({ code: 4403, reason: 'Invalid token' });
  });

  test('an expired token closes the socket with 4403 "Token expired"', async () => {
    const { token } = await issueAccessToken(JWT_SECRET, claims, new Date(Date.now() - 3600_000), 60);
    const tested = client({ token });
    expect(await tested.waitForClose()).toEqual({ code: 4403, reason: 'Token expired' });
  });

  test('a socket is closed with 4403 "Token expired" when its token expires, ending its subscriptions', async () => {
    // Expires one to two seconds from now (JWT times are whole seconds).
    const { token, expiresAt } = await issueAccessToken(JWT_SECRET, claims, new Date(Date.now() - 58_000), 60);
    const tested = client({ token });
    const subscription = subscribe(tested.client, 'subscription ($stream: String!) { tick(stream: $stream) { n } }', { stream: randomUUID() });
    expect(await acknowledged(tested)).toBe(true);

    expect(await tested.waitForClose()).toEqual({ code: 4403, reason: 'Token expired' });
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt.getTime() - 1000);
    await waitFor(() => subscription.error, { what: 'the subscription to end' });
    await waitFor(() => graph.gateway.subscriptions.stats().subscriptions === 0, { what: 'the bridge to drop the subscription' });
  });
});

describe('graphql-ws protocol violations', () => {
  test('subscribing before connection_ack closes the socket with 4401', async () => {
    const socket = raw();
    socket.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { countdown(from: 1) { n } }' } });
    expect(await socket.waitForClose()).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  test('reusing the id of a running operation closes the socket with 4409', async () => {
    const socket = raw();
    socket.send({ type: 'connection_init' });
    await socket.waitForMessage('connection_ack');
    const subscribeMessage = { id: 'same', type: 'subscribe', payload: { query: `subscription { tick(stream: "${randomUUID()}") { n } }` } };
    socket.send(subscribeMessage);
    socket.send(subscribeMessage);
    expect(await socket.waitForClose()).toEqual({ code: 4409, reason: 'Subscriber for same already exists' });
  });

  test('a socket that sends no connection_init in time is closed with 4408', async () => {
    const socket = raw();
    expect(await socket.waitForClose()).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  test('a message that is not graphql-ws closes the socket with 4400', async () => {
    const socket = raw();
    socket.send('this is not JSON');
    expect(await socket.waitForClose()).toEqual({ code: 4400, reason: 'Invalid message received' });
  });
});

describe('Origin of the WebSocket handshake', () => {
  test('a browser on a foreign origin is refused with 403 before the upgrade', async () => {
    const socket = raw({ origin: 'https://evil.example' });
    expect(await waitForUpgradeOutcome(socket)).toBe(403);
  });

  test('an allowlisted origin, the gateway\'s own origin and clients without Origin are accepted', async () => {
    const headerSets: Record<string, string>[] = [{ origin: ALLOWED_ORIGIN }, { origin: `http://127.0.0.1:${graph.gateway.port}` }, {}];
    const outcomes = await Promise.all(headerSets.map((headers) => waitForUpgradeOutcome(raw(headers))));
    expect(outcomes).toEqual(['open', 'open', 'open']);
  });
});

test('an upgrade on another path is closed without a WebSocket', async () => {
  const socket = openRawSocket(graph.wsUrl.replace('/graphql', '/elsewhere'));
  rawSockets.push(socket);
  expect(await socket.waitForClose()).toMatchObject({ code: 1006 });
  expect(socket.refusedWithStatus).toBeUndefined();
});
