// The tutor's model settings, read once from the environment. No key means no model: the offline
// tutor answers from course material instead. Malformed numbers stop the process with what to set,
// rather than silently running with a default the operator did not choose.
import { optionalEnv } from '../../../kit/src/env';

type Env = Readonly<Record<string, string | undefined>>;

export interface TutorModelConfig {
  apiKey: string;
  /** Root URL of an OpenAI-compatible server (OPENAI_BASE_URL). @default OpenAI's own API */
  baseUrl?: string;
  /** Model name sent with every request (OPENAI_MODEL). @default 'gpt-4o-mini' */
  model: string;
  /** Longest wait for the first byte and between two chunks of a stream (OPENAI_TIMEOUT_MS). @default 30000 */
  timeoutMs: number;
  /** Further attempts after a failed one, before any text reached the student (OPENAI_MAX_RETRIES). @default 2 */
  maxRetries: number;
  /** Consecutive failed calls that open the circuit breaker (OPENAI_BREAKER_FAILURES). @default 5 */
  breakerFailureThreshold: number;
  /** How long an open breaker refuses calls before letting one trial through (OPENAI_BREAKER_COOLDOWN_MS). @default 30000 */
  breakerCooldownMs: number;
}

export const DEFAULT_TUTOR_MODEL = 'gpt-4o-mini';

/** The model settings, or null when OPENAI_API_KEY is unset. Throws on malformed numbers. */
export function tutorModelConfig(env: Env): TutorModelConfig | null {
  const apiKey = optionalEnv('OPENAI_API_KEY', env);
  if (apiKey === undefined) return null;
  const baseUrl = optionalEnv('OPENAI_BASE_URL', env);
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new Error(
      `Environment variable OPENAI_BASE_URL="${baseUrl}" is not a URL. Set it to an OpenAI-compatible server root such as http://localhost:11434/v1, or unset it to use OpenAI.`,
    );
  }
  return {
    apiKey,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    model: optionalEnv('OPENAI_MODEL', env) ?? DEFAULT_TUTOR_MODEL,
    timeoutMs: wholeNumberEnv(env, 'OPENAI_TIMEOUT_MS', 30_000, { min: 1, unit: 'milliseconds' }),
    maxRetries: wholeNumberEnv(env, 'OPENAI_MAX_RETRIES', 2, { min: 0, max: 10, unit: 'retries' }),
    breakerFailureThreshold: wholeNumberEnv(env, 'OPENAI_BREAKER_FAILURES', 5, { min: 1, unit: 'failures' }),
    breakerCooldownMs: wholeNumberEnv(env, 'OPENAI_BREAKER_COOLDOWN_MS', 30_000, { min: 0, unit: 'milliseconds' }),
  };
}

function wholeNumberEnv(
  env: Env,
  name: string,
  fallback: number,
  { min, max = Number.MAX_SAFE_INTEGER, unit }: { min: number; max?: number; unit: string },
): number {
  const raw = optionalEnv(name, env);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
    throw new Error(
      `Environment variable ${name}="${raw}" is not a valid number of ${unit}. Set it to a whole number ${range} (default ${fallback}), or unset it.`,
    );
  }
  return value;
}
