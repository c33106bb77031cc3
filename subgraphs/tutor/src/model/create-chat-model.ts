// Chooses the tutor's model from the environment: OpenAI (or any compatible server) when a key is set,
// with our retries inside a circuit breaker so one student's call counts once however often it retried.
import { CircuitBreaker, withCircuitBreaker } from './circuit-breaker';
import type { ChatModel } from './chat-model';
import { tutorModelConfig } from './model-env';
import { OpenAiChatModel } from './openai-chat-model';
import { withRetries } from './retry-policy';

/** The configured model, or null when OPENAI_API_KEY is unset (the offline tutor answers). */
export function chatModelFromEnv(env: Readonly<Record<string, string | undefined>>): ChatModel | null {
  const config = tutorModelConfig(env);
  if (!config) return null;
  const openAi = new OpenAiChatModel({
    apiKey: config.apiKey,
    ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
    model: config.model,
    timeoutMs: config.timeoutMs,
  });
  const breaker = new CircuitBreaker({
    failureThreshold: config.breakerFailureThreshold,
    cooldownMs: config.breakerCooldownMs,
  });
  return withCircuitBreaker(withRetries(openAi, { maxRetries: config.maxRetries }), breaker);
}
