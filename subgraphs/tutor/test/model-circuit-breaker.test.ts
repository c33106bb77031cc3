// The circuit breaker around the tutor's model: it opens after consecutive failures, refuses without
// touching the provider while open, and lets exactly one trial through after the cool-down.
import { CircuitBreaker, withCircuitBreaker } from '../src/model/circuit-breaker';
import { ModelError, type ChatModel } from '../src/model/chat-model';
import { OpenAiChatModel } from '../src/model/openai-chat-model';
import { fail, reply, startFakeOpenAiServer, type FakeOpenAiServer } from './support/fake-openai-server';

let server: FakeOpenAiServer;
let clock: number;
let breaker: CircuitBreaker;
let model: ChatModel;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  clock = 1_000_000;
  breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000, now: () => clock });
  model = withCircuitBreaker(new OpenAiChatModel({ apiKey: 'sk-test', baseUrl: server.url, timeoutMs: 5000 }), breaker);
});

afterEach(async () => {
  await server.close();
});

const messages = [{ role: 'user' as const, content: 'Explain grace.' }];

async function outcome(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => 'answered',
    (error: unknown) => error,
  );
}

async function failThreeTimes(): Promise<void> {
  server.enqueue(fail(500), fail(500), fail(500));
  for (let call = 0; call < 3; call++) await outcome(model.streamChat({ messages }, () => undefined));
}

test('opens after the threshold of consecutive failures and refuses without calling the provider', async () => {
  await failThreeTimes();
  expect(breaker.state).toBe('open');
  const refused = await outcome(model.streamChat({ messages }, () => undefined));
  expect(refused).toBeInstanceOf(ModelError);
  expect((refused as ModelError).kind).toBe('circuit_open');
  expect((refused as ModelError).details.retryAfterMs).toBe(30_000);
  expect(server.counters.chatCompletions).toBe(3);
});

test('a success between failures resets the count', async () => {
  server.enqueue(fail(500), fail(500), reply('Fine.'), fail(500), fail(500));
  for (let call = 0; call < 5; call++) await outcome(model.streamChat({ messages }, () => undefined));
  expect(breaker.state).toBe('closed');
});

test('refused requests and cancelled calls do not count as provider failures', async () => {
  server.enqueue(fail(400), fail(400), fail(400), fail(400));
  for (let call = 0; call < 4; call++) await outcome(model.streamChat({ messages }, () => undefined));
  const cancelled = new AbortController();
  cancelled.abort();
  await outcome(model.streamChat({ messages, signal: cancelled.signal }, () => undefined));
  expect(breaker.state).toBe('closed');
});

test('after the cool-down one trial call goes through and its success closes the breaker', async () => {
  await failThreeTimes();
  clock += 30_000;
  expect(breaker.state).toBe('half_open');
  server.enqueue(reply(['Grace ', 'is ', 'a ', 'gift.'], { hangAfterChunks: 1 }));
  const trial = model.streamChat({ messages }, () => undefined);
  await server.waitUntilHanging();
  // While the trial runs, everyone else is still turned away.
  const second = await outcome(model.streamChat({ messages }, () => undefined));
  expect((second as ModelError).kind).toBe('circuit_open');
  server.release();
  expect((await trial).content).toBe('Grace is a gift.');
  expect(breaker.state).toBe('closed');
  expect(await outcome(model.streamChat({ messages }, () => undefined))).toBe('answered');
  expect(server.counters.chatCompletions).toBe(5);
});

test('a failed trial re-opens the breaker for another cool-down', async () => {
  await failThreeTimes();
  clock += 30_000;
  server.enqueue(fail(503));
  const trial = await outcome(model.streamChat({ messages }, () => undefined));
  expect((trial as ModelError).kind).toBe('unavailable');
  expect(breaker.state).toBe('open');
  const refused = await outcome(model.streamChat({ messages }, () => undefined));
  expect((refused as ModelError).kind).toBe('circuit_open');
  expect(server.counters.chatCompletions).toBe(4);
  clock += 29_999;
  expect(breaker.state).toBe('open');
  clock += 1;
  expect(breaker.state).toBe('half_open');
});
