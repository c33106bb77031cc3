// One streamed chat completion from OpenAI or any server speaking its protocol, through the official SDK.
// The SDK's own retries are off: retries happen in retry-policy.ts, where they are counted, never repeat
// text the student already saw, and feed the circuit breaker. This file makes exactly one request per call.
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import {
  ModelError,
  type ChatCompletion,
  type ChatModel,
  type ChatRequest,
  type TokenUsage,
} from './chat-model';
import { retryAfterFromHeaders } from './retry-policy';
import { estimateMessageTokens, estimateTokens } from './token-estimate';

export interface OpenAiChatModelOptions {
  apiKey: string;
  /** Root URL of an OpenAI-compatible server. @default OpenAI's own API */
  baseUrl?: string;
  /** @default 'gpt-4o-mini' */
  model?: string;
  /** Longest wait for the response to start and between two chunks. @default 30000 */
  timeoutMs?: number;
  /**
   * Which body field carries the reply's token limit. OpenAI's newer models accept only
   * `max_completion_tokens`; many compatible servers know only `max_tokens`.
   * @default 'max_completion_tokens' for OpenAI itself, 'max_tokens' when `baseUrl` is set
   */
  tokenLimitField?: 'max_tokens' | 'max_completion_tokens';
}

const DEFAULT_MAX_TOKENS = 800;
const DEFAULT_TEMPERATURE = 0.4;

export class OpenAiChatModel implements ChatModel {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;
  private readonly tokenLimitField: 'max_tokens' | 'max_completion_tokens';

  constructor({ apiKey, baseUrl, model = 'gpt-4o-mini', timeoutMs = 30_000, tokenLimitField }: OpenAiChatModelOptions) {
    this.model = model;
    this.timeoutMs = timeoutMs;
    this.tokenLimitField = tokenLimitField ?? (baseUrl === undefined ? 'max_completion_tokens' : 'max_tokens');
    this.client = new OpenAI({ apiKey, ...(baseUrl === undefined ? {} : { baseURL: baseUrl }), maxRetries: 0, timeout: timeoutMs });
  }

  async streamChat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatCompletion> {
    if (request.signal?.aborted) throw abortedError();
    // One controller ends the HTTP exchange for either reason; the flags say which it was.
    const controller = new AbortController();
    let timedOut = false;
    let idleTimer: NodeJS.Timeout | undefined;
    const restartIdleTimer = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.timeoutMs);
    };
    const abortFromCaller = () => controller.abort();
    request.signal?.addEventListener('abort', abortFromCaller, { once: true });

    let content = '';
    let usage: TokenUsage | null = null;
    let finishReason: string | null = null;
    // A throw from the caller's own onDelta is theirs to see unchanged, not a provider failure.
    const callerFailure: { failed: boolean; error?: unknown } = { failed: false };
    try {
      restartIdleTimer();
      const stream = await this.client.chat.completions.create(
        {
          model: this.model,
          messages: request.messages.map(({ role, content: text }) => ({ role, content: text })),
          stream: true,
          stream_options: { include_usage: true },
          [this.tokenLimitField]: request.maxTokens ?? DEFAULT_MAX_TOKENS,
          temperature: request.temperature ?? DEFAULT_TEMPERATURE,
          ...(request.json ? { response_format: { type: 'json_object' as const } } : {}),
        },
        { signal: controller.signal },
      );
      // The SDK ends iteration quietly when the controller aborts, so the flags are checked after the loop.
      for await (const chunk of stream) {
        restartIdleTimer();
        if (chunk.usage) {
          usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
        }
        const choice = chunk.choices[0];
        if (!choice) continue;
        if (choice.finish_reason) finishReason = choice.finish_reason;
        const delta = choice.delta?.content;
        if (delta) {
          content += delta;
          try {
            onDelta(delta);
          } catch (callerError) {
            callerFailure.failed = true;
            callerFailure.error = callerError;
            throw callerError;
          }
        }
      }
    } catch (error) {
      if (callerFailure.failed) throw callerFailure.error;
      throw this.classify(error, timedOut, request.signal);
    } finally {
      clearTimeout(idleTimer);
      request.signal?.removeEventListener('abort', abortFromCaller);
    }
    if (request.signal?.aborted) throw abortedError();
    if (timedOut) throw timeoutError(this.timeoutMs);
    // Every complete reply names why it finished; a stream that just stops was cut off on the way.
    if (finishReason === null) {
      throw new ModelError('unavailable', 'The tutor model stream ended before the answer was finished.');
    }
    return {
      content,
      usage: usage ?? {
        promptTokens: estimateMessageTokens(request.messages),
        completionTokens: estimateTokens(content),
      },
      usageEstimated: usage === null,
      finishReason,
    };
  }

  private classify(error: unknown, timedOut: boolean, signal: AbortSignal | undefined): ModelError {
    if (signal?.aborted || (error instanceof APIUserAbortError && !timedOut)) return abortedError();
    if (timedOut || error instanceof APIConnectionTimeoutError) return timeoutError(this.timeoutMs);
    if (error instanceof APIError && error.status !== undefined) {
      const status = error.status;
      if (status === 429 || status >= 500) {
        const retryAfterMs = retryAfterFromHeaders(error.headers);
        return new ModelError('unavailable', `The tutor model is unavailable (HTTP ${status}).`, {
          status,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
      }
      return new ModelError('rejected', `The tutor model refused the request (HTTP ${status}): ${error.message}`, { status });
    }
    if (error instanceof ModelError) return error;
    // Connection failures, a stream cut off mid-way, an error event inside the stream, garbled chunks.
    // (Checked by shape: fetch's errors may come from another realm, where `instanceof Error` is false.)
    const reason = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    return new ModelError('unavailable', `The tutor model's connection failed: ${reason}`);
  }
}

function abortedError(): ModelError {
  return new ModelError('aborted', 'The answer was cancelled.');
}

function timeoutError(timeoutMs: number): ModelError {
  return new ModelError('timeout', `The tutor model sent nothing for ${timeoutMs} ms.`);
}
