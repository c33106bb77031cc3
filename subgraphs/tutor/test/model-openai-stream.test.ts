// The OpenAI model layer against a local server speaking OpenAI's protocol: streaming, usage, errors,
// retries (never after text reached the student), cancellation and timeouts.
import { waitFor } from '../../kit/src/wait-for';
import OpenAI from 'openai';
import { ModelError, type ChatModel } from '../src/model/chat-model';
import { OpenAiChatModel } from '../src/model/openai-chat-model';
import { withRetries } from '../src/model/retry-policy';
import { fail, reply, startFakeOpenAiServer, type FakeOpenAiServer } from './support/fake-openai-server';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.close();
});

const question = [
  { role: 'system' as const, content: 'You are a Socratic tutor.' },
  { role: 'user' as const, content: 'What is a covenant?' },
];

function openAi(timeoutMs = 5000): OpenAiChatModel {
  return new OpenAiChatModel({ apiKey: 'sk-test', baseUrl: server.url, model: 'tutor-test-model', timeoutMs });
}

/** The model with our retries; waits are recorded instead of slept. */
function retrying(delays: number[], timeoutMs = 5000): ChatModel {
  return withRetries(openAi(timeoutMs), {
    maxRetries: 2,
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ModelError)) throw new Error(`Expected a ModelError, got ${String(error)}`);
  return error;
}

test('delivers the deltas in order and reads usage from the final chunk', async () => {
  server.enqueue(reply(['A covenant ', 'is a ', 'binding ', 'promise.'], { chunkDelayMs: 5, usage: { promptTokens: 21, completionTokens: 7 } }));
  const deltas: string[] = [];
  const completion = await openAi().streamChat({ messages: question }, (delta) => deltas.push(delta));
  expect(deltas).toEqual(['A covenant ', 'is a ', 'binding ', 'promise.']);
  expect(completion).toEqual({
    content: 'A covenant is a binding promise.',
    usage: { promptTokens: 21, completionTokens: 7 },
    usageEstimated: false,
    finishReason: 'stop',
  });
});

test('sends the model, messages, token limit, temperature and key the caller asked for', async () => {
  await openAi().streamChat({ messages: question, maxTokens: 123, temperature: 0.1, json: true }, () => undefined);
  const [body] = server.requests;
  expect(body).toMatchObject({
    model: 'tutor-test-model',
    messages: question,
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: 123,
    temperature: 0.1,
    response_format: { type: 'json_object' },
    authorization: 'Bearer sk-test',
  });
});

test('estimates usage from the text when the provider reports none', async () => {
  server.enqueue(reply('Twelve chars', { usage: null }));
  const completion = await openAi().streamChat({ messages: question }, () => undefined);
  expect(completion.usageEstimated).toBe(true);
  expect(completion.usage.completionTokens).toBe(3);
  expect(completion.usage.promptTokens).toBeGreaterThan(0);
});

test('retries two server errors and then returns the whole answer', async () => {
  server.enqueue(fail(500), fail(503), reply('Third time lucky.'));
  const delays: number[] = [];
  const deltas: string[] = [];
  const completion = await retrying(delays).streamChat({ messages: question }, (delta) => deltas.push(delta));
  expect(completion.content).toBe('Third time lucky.');
  expect(deltas.join('')).toBe('Third time lucky.');
  expect(server.counters.chatCompletions).toBe(3);
  expect(delays).toHaveLength(2);
  // Full jitter under a 250 ms then 500 ms ceiling.
  expect(delays[0]).toBeLessThan(250);
  expect(delays[1]).toBeLessThan(500);
});

test('gives up as unavailable after the retries and counts the attempts', async () => {
  server.respondWith(() => fail(502));
  const error = await failureOf(retrying([]).streamChat({ messages: question }, () => undefined));
  expect(error.kind).toBe('unavailable');
  expect(error.details).toMatchObject({ status: 502, attempts: 3 });
  expect(server.counters.chatCompletions).toBe(3);
});

test('rejects a 400 at once without retrying', async () => {
  server.enqueue(fail(400, { message: 'messages must not be empty' }));
  const error = await failureOf(retrying([]).streamChat({ messages: question }, () => undefined));
  expect(error.kind).toBe('rejected');
  expect(error.details).toMatchObject({ status: 400, attempts: 1 });
  expect(server.counters.chatCompletions).toBe(1);
});

test('waits as long as a 429 retry-after header says before retrying', async () => {
  server.enqueue(fail(429, { retryAfter: '2' }), fail(429, { retryAfterMs: '1500' }), reply('Now there is room.'));
  const delays: number[] = [];
  const completion = await retrying(delays).streamChat({ messages: question }, () => undefined);
  expect(completion.content).toBe('Now there is room.');
  expect(delays).toEqual([2000, 1500]);
});

test('caps a provider retry-after that is longer than the policy allows', async () => {
  server.enqueue(fail(429, { retryAfter: '3600' }), reply('Back.'));
  const delays: number[] = [];
  await retrying(delays).streamChat({ messages: question }, () => undefined);
  expect(delays).toEqual([10_000]);
});

test('does not retry a failure after the first delta reached the caller', async () => {
  server.enqueue(reply(['Half ', 'an ', 'answer ', 'and more.'], { dropAfterChunks: 2 }));
  const deltas: string[] = [];
  const error = await failureOf(retrying([]).streamChat({ messages: question }, (delta) => deltas.push(delta)));
  expect(error.kind).toBe('unavailable');
  expect(error.details.attempts).toBe(1);
  expect(deltas).toEqual(['Half ', 'an ']);
  expect(server.counters.chatCompletions).toBe(1);
});

test('stops mid-stream when the caller aborts and keeps the deltas already delivered', async () => {
  server.enqueue(reply(['One ', 'two ', 'three ', 'four.'], { hangAfterChunks: 2 }));
  const controller = new AbortController();
  const deltas: string[] = [];
  const answer = retrying([]).streamChat({ messages: question, signal: controller.signal }, (delta) => deltas.push(delta));
  await waitFor(() => deltas.length === 2, { what: 'the first two deltas' });
  controller.abort();
  const error = await failureOf(answer);
  expect(error.kind).toBe('aborted');
  expect(deltas).toEqual(['One ', 'two ']);
  await server.waitForDisconnects(1);
  expect(server.counters.completedStreams).toBe(0);
  expect(server.counters.chatCompletions).toBe(1);
});

test('times out when the stream goes quiet between chunks', async () => {
  server.enqueue(reply(['Started ', 'then ', 'silence.'], { hangAfterChunks: 1 }));
  const deltas: string[] = [];
  const error = await failureOf(openAi(150).streamChat({ messages: question }, (delta) => deltas.push(delta)));
  expect(error.kind).toBe('timeout');
  expect(deltas).toEqual(['Started ']);
  await server.waitForDisconnects(1);
});

test('retries a first token that never arrives in time, then reports the timeout', async () => {
  server.respondWith(() => reply('Too late.', { firstTokenDelayMs: 2000 }));
  const error = await failureOf(retrying([], 100).streamChat({ messages: question }, () => undefined));
  expect(error.kind).toBe('timeout');
  expect(error.details.attempts).toBe(3);
  expect(server.counters.chatCompletions).toBe(3);
});

test('an error thrown by the caller while receiving a delta reaches the caller unchanged', async () => {
  const own = new Error('the caller stopped listening');
  const error = await openAi()
    .streamChat({ messages: question }, () => {
      throw own;
    })
    .then(
      () => null,
      (caught: unknown) => caught,
    );
  expect(error).toBe(own);
});

test('treats a stream that ends without a finish reason as cut off', async () => {
  server.enqueue(reply(['Cut ', 'short'], { finishReason: null }));
  const error = await failureOf(openAi().streamChat({ messages: question }, () => undefined));
  expect(error.kind).toBe('unavailable');
});

test('the local provider answers moderation requests in OpenAI’s shape, scriptably', async () => {
  server.moderateWith((input) => (input.includes('attack') ? { flagged: true, categories: ['violence'] } : { flagged: false }));
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
  const { results } = await client.moderations.create({ input: ['plan an attack', 'what is grace?'] });
  expect(results.map((result) => [result.flagged, result.categories.violence])).toEqual([
    [true, true],
    [false, false],
  ]);
  expect(server.moderationInputs).toEqual(['plan an attack', 'what is grace?']);
});
