// The SDK client against a local HTTP server that answers as scripted: retries, waits, give-ups,
// credentials and the typed errors it throws.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createScrollForgeClient, type ScrollForgeClientOptions } from '../src/client/client';
import { ScrollForgeError } from '../src/client/errors';

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

interface Received {
  headers: IncomingMessage['headers'];
  body: { query: string; variables: Record<string, unknown>; operationName?: string };
  at: number;
}

let server: Server;
let url: string;
let script: Handler[] = [];
let received: Received[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(body) as Received['body'], at: Date.now() });
      const handler = script.shift() ?? ((_request, reply) => json(reply, 500, { errors: [{ message: 'No scripted answer left.' }] }));
      handler(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  script = [];
  received = [];
});

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_request, response) => json(response, status, body, headers);
const ok = (data: unknown) => answer(200, { data });
const unavailable = answer(503, { errors: [{ message: 'Upstream is restarting.', extensions: { code: 'INTERNAL' } }] });
/** Closes the connection without any response: a network error before a response. */
const hangUp: Handler = (request) => request.socket.destroy();

const PING = parse('query Ping($word: String) { ping(word: $word) }') as TypedDocumentNode<{ ping: string }, { word?: string | null }>;
const SAVE = parse('mutation Save($name: String!) { save(name: $name) { id } }') as TypedDocumentNode<{ save: { id: string } }, { name: string }>;

const client = (options: Partial<ScrollForgeClientOptions> = {}) => createScrollForgeClient({ url, baseDelayMs: 1, ...options });

async function failureOf(promise: Promise<unknown>): Promise<ScrollForgeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScrollForgeError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail.');
}

test('a query answered 503 is tried again and returns the data of the success', async () => {
  script = [unavailable, unavailable, ok({ ping: 'pong' })];
  await expect(client().request(PING, { word: 'hi' })).resolves.toEqual({ ping: 'pong' });
  expect(received).toHaveLength(3);
  expect(received.map((request) => request.body.variables)).toEqual([{ word: 'hi' }, { word: 'hi' }, { word: 'hi' }]);
  // One request id for all tries, so the gateway's logs join them up.
  expect(new Set(received.map((request) => request.headers['x-request-id'])).size).toBe(1);
});

test('a Retry-After header is waited out before the next try', async () => {
  script = [answer(503, { errors: [{ message: 'Busy.' }] }, { 'retry-after': '1' }), ok({ ping: 'pong' })];
  await expect(client().request(PING)).resolves.toEqual({ ping: 'pong' });
  expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(950);
});

test('RATE_LIMITED is retried after the extensions.retryAfter seconds it names', async () => {
  script = [answer(429, { errors: [{ message: 'Slow down.', extensions: { code: 'RATE_LIMITED', retryAfter: 1, limit: 'requests-per-minute' } }] }), ok({ ping: 'pong' })];
  await expect(client().request(PING)).resolves.toEqual({ ping: 'pong' });
  expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(950);
});

test('a server asking for a longer wait than maxDelayMs gets its error back without a retry', async () => {
  script = [answer(429, { errors: [{ message: 'Daily quota used up.', extensions: { code: 'RATE_LIMITED', retryAfter: 3600, limit: 'daily-quota' } }] })];
  const error = await failureOf(client({ maxDelayMs: 5_000 }).request(PING));
  expect({ code: error.code, retryAfterSeconds: error.retryAfterSeconds, limit: error.extensions.limit, tries: received.length }).toEqual({
    code: 'RATE_LIMITED',
    retryAfterSeconds: 3600,
    limit: 'daily-quota',
    tries: 1,
  });
});

test('it gives up after the configured number of retries with the last error', async () => {
  script = [unavailable, unavailable, unavailable, unavailable];
  const error = await failureOf(client({ retries: 2 }).request(PING));
  expect(received).toHaveLength(3);
  expect({ code: error.code, status: error.status, attempts: error.attempts, message: error.message }).toEqual({
    code: 'INTERNAL',
    status: 503,
    attempts: 3,
    message: 'Upstream is restarting.',
  });
});

test('BAD_USER_INPUT is thrown at once, never retried', async () => {
  script = [answer(200, { data: null, errors: [{ message: 'Pick a word of at most 10 letters.', extensions: { code: 'BAD_USER_INPUT', field: 'word' } }] }), ok({ ping: 'pong' })];
  const error = await failureOf(client().request(PING, { word: 'antidisestablishment' }));
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(received).toHaveLength(1);
});

test('the error carries the code, path and request id of the failure', async () => {
  script = [
    answer(
      200,
      { data: null, errors: [{ message: 'No course with that id.', path: ['course', 'modules', 0], extensions: { code: 'NOT_FOUND' } }, { message: 'Second.' }] },
      { 'x-request-id': 'gateway-request-0042' },
    ),
  ];
  const error = await failureOf(client().request(PING));
  expect(error).toBeInstanceOf(ScrollForgeError);
  expect(error).toBeInstanceOf(Error);
  expect({ name: error.name, code: error.code, path: error.path, requestId: error.requestId, message: error.message, errors: error.errors.length }).toEqual({
    name: 'ScrollForgeError',
    code: 'NOT_FOUND',
    path: ['course', 'modules', 0],
    requestId: 'gateway-request-0042',
    message: 'No course with that id.',
    errors: 2,
  });
});

test('a mutation answered 503 is not sent again, since it may have run', async () => {
  script = [unavailable, ok({ save: { id: '1' } })];
  const error = await failureOf(client().request(SAVE, { name: 'x' }));
  expect({ code: error.code, tries: received.length }).toEqual({ code: 'INTERNAL', tries: 1 });
});

test('a mutation whose connection failed before any response is sent again', async () => {
  script = [hangUp, ok({ save: { id: '7' } })];
  await expect(client().request(SAVE, { name: 'x' })).resolves.toEqual({ save: { id: '7' } });
  expect(received).toHaveLength(2);
});

test('an unreachable server is a NETWORK_ERROR after every retry', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const error = await failureOf(createScrollForgeClient({ url: `http://127.0.0.1:${port}/graphql`, baseDelayMs: 1, retries: 2 }).request(PING));
  expect({ code: error.code, attempts: error.attempts }).toEqual({ code: 'NETWORK_ERROR', attempts: 3 });
});

test('a token travels as a bearer header and an API key as X-Api-Key', async () => {
  script = [ok({ ping: 'a' }), ok({ ping: 'b' })];
  await client({ token: 'person-token' }).request(PING);
  await client({ apiKey: 'sf_live_school_key' }).request(PING);
  expect(received.map((request) => [request.headers.authorization, request.headers['x-api-key']])).toEqual([
    ['Bearer person-token', undefined],
    [undefined, 'sf_live_school_key'],
  ]);
  expect(received[0]!.body.operationName).toBe('Ping');
});

/** Answers only after `ms`, by which time a short-timeout client has given up. */
const slow = (ms: number): Handler => (_request, response) => {
  setTimeout(() => {
    if (!response.destroyed) json(response, 200, { data: { ping: 'late', save: { id: 'late' } } });
  }, ms);
};

test('a query that outlives timeoutMs is abandoned and tried again', async () => {
  script = [slow(1000), ok({ ping: 'pong' })];
  await expect(client({ timeoutMs: 150 }).request(PING)).resolves.toEqual({ ping: 'pong' });
  expect(received).toHaveLength(2);
});

test('a mutation that outlives timeoutMs is not sent again, since the server may still run it', async () => {
  script = [slow(1000), ok({ save: { id: '9' } })];
  const error = await failureOf(client({ timeoutMs: 150 }).request(SAVE, { name: 'x' }));
  expect({ code: error.code, message: error.message, tries: received.length }).toEqual({ code: 'NETWORK_ERROR', message: `${url} did not answer within 150 ms.`, tries: 1 });
});
