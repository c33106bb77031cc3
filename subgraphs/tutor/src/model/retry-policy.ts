// Retries a model call that failed before the student saw any of its text. Once a delta has been
// delivered a retry would repeat words on screen, so a later failure surfaces as it is. Delays grow
// exponentially with full jitter (spreading retries from many students apart) unless the provider says
// how long to wait, which is honoured up to a cap.
import { abortableDelay } from './abortable-delay';
import { ModelError, type ChatCompletion, type ChatModel, type ChatRequest, type ModelErrorKind } from './chat-model';

export interface RetryPolicyOptions {
  /** Further attempts after the first. @default 2 */
  maxRetries?: number;
  /** First backoff ceiling; doubles per retry. @default 250 */
  baseDelayMs?: number;
  /** Largest backoff ceiling. @default 4000 */
  maxDelayMs?: number;
  /** Largest wait taken from a Retry-After header. @default 10000 */
  maxRetryAfterMs?: number;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** Waits between attempts; tests pass one that records and returns at once. @default a timer that stops on abort */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const RETRYABLE_KINDS: ReadonlySet<ModelErrorKind> = new Set(['unavailable', 'timeout']);

/** True for failures another attempt might fix: 429, 5xx, network errors and timeouts. */
export function isRetryable(error: unknown): error is ModelError {
  return error instanceof ModelError && RETRYABLE_KINDS.has(error.kind);
}

/** The wait before retry number `retry` (0-based): full jitter under an exponential ceiling, or the provider's Retry-After. */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  { baseDelayMs = 250, maxDelayMs = 4000, maxRetryAfterMs = 10_000, random = Math.random }: RetryPolicyOptions = {},
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), maxRetryAfterMs);
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Reads `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date) from response headers. */
export function retryAfterFromHeaders(headers: Headers | undefined, now: () => number = Date.now): number | undefined {
  if (!headers) return undefined;
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && milliseconds.trim() !== '' && Number.isFinite(Number(milliseconds))) {
    return Math.max(0, Number(milliseconds));
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null || retryAfter.trim() === '') return undefined;
  if (Number.isFinite(Number(retryAfter))) return Math.max(0, Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

/** Wraps a model so failed calls are retried under the policy; the final error carries the attempt count. */
export function withRetries(model: ChatModel, options: RetryPolicyOptions = {}): ChatModel {
  const { maxRetries = 2, sleep = abortableDelay } = options;
  return {
    model: model.model,
    async streamChat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatCompletion> {
      for (let attempt = 1; ; attempt++) {
        let delivered = false;
        try {
          return await model.streamChat(request, (text) => {
            delivered = true;
            onDelta(text);
          });
        } catch (error) {
          if (!(error instanceof ModelError)) throw error;
          const finalError = new ModelError(error.kind, error.message, { ...error.details, attempts: attempt });
          if (delivered || !isRetryable(error) || attempt > maxRetries) throw finalError;
          await sleep(retryDelayMs(attempt - 1, error.details.retryAfterMs, options), request.signal);
          if (request.signal?.aborted) {
            throw new ModelError('aborted', 'The answer was cancelled.', { attempts: attempt });
          }
        }
      }
    },
  };
}
