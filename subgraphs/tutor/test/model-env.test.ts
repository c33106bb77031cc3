// Reading the tutor's model settings: no key means the offline tutor, malformed numbers stop start-up.
import { chatModelFromEnv } from '../src/model/create-chat-model';
import { tutorModelConfig } from '../src/model/model-env';
import { fail, reply, startFakeOpenAiServer } from './support/fake-openai-server';

test('without OPENAI_API_KEY there is no model', () => {
  expect(tutorModelConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' })).toBeNull();
  expect(tutorModelConfig({ OPENAI_API_KEY: '' })).toBeNull();
  expect(chatModelFromEnv({})).toBeNull();
});

test('a key alone gives the documented defaults', () => {
  expect(tutorModelConfig({ OPENAI_API_KEY: 'sk-live' })).toEqual({
    apiKey: 'sk-live',
    model: 'gpt-4o-mini',
    timeoutMs: 30_000,
    maxRetries: 2,
    breakerFailureThreshold: 5,
    breakerCooldownMs: 30_000,
  });
});

test('every setting can be overridden', () => {
  expect(
    tutorModelConfig({
      OPENAI_API_KEY: 'sk-live',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
      OPENAI_MODEL: 'llama3.1',
      OPENAI_TIMEOUT_MS: '12000',
      OPENAI_MAX_RETRIES: '0',
      OPENAI_BREAKER_FAILURES: '8',
      OPENAI_BREAKER_COOLDOWN_MS: '5000',
    }),
  ).toEqual({
    apiKey: 'sk-live',
    baseUrl: 'http://localhost:11434/v1',
    model: 'llama3.1',
    timeoutMs: 12_000,
    maxRetries: 0,
    breakerFailureThreshold: 8,
    breakerCooldownMs: 5000,
  });
});

test('a malformed number fails loudly, naming the variable and what to set', () => {
  expect(() => tutorModelConfig({ OPENAI_API_KEY: 'k', OPENAI_TIMEOUT_MS: '30s' })).toThrow(
    /OPENAI_TIMEOUT_MS="30s".*whole number at least 1/,
  );
  expect(() => tutorModelConfig({ OPENAI_API_KEY: 'k', OPENAI_MAX_RETRIES: '-1' })).toThrow(/OPENAI_MAX_RETRIES/);
  expect(() => tutorModelConfig({ OPENAI_API_KEY: 'k', OPENAI_BREAKER_FAILURES: '0' })).toThrow(/OPENAI_BREAKER_FAILURES/);
  expect(() => tutorModelConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
});

test('the model from the environment streams from the configured server and retries its failures', async () => {
  const server = await startFakeOpenAiServer();
  try {
    server.enqueue(fail(500), reply('Configured and answering.'));
    const model = chatModelFromEnv({
      OPENAI_API_KEY: 'sk-env',
      OPENAI_BASE_URL: server.url,
      OPENAI_MODEL: 'env-model',
    });
    if (!model) throw new Error('expected a model');
    const deltas: string[] = [];
    const completion = await model.streamChat({ messages: [{ role: 'user', content: 'Hi' }] }, (delta) => deltas.push(delta));
    expect(model.model).toBe('env-model');
    expect(completion.content).toBe('Configured and answering.');
    expect(deltas.join('')).toBe('Configured and answering.');
    expect(server.requests.map((request) => request.model)).toEqual(['env-model', 'env-model']);
    expect(server.requests[0]?.authorization).toBe('Bearer sk-env');
  } finally {
    await server.close();
  }
});
