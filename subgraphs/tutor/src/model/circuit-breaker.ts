// Stops calling a provider that keeps failing. After enough consecutive failed calls the breaker opens
// and every call fails at once (students get the offline tutor or a clear message instead of waiting on
// timeouts); after a cool-down ONE trial call goes through, and its outcome closes or re-opens it.
import { ModelError, type ChatCompletion, type ChatModel, type ChatRequest } from './chat-model';

export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the breaker. @default 5 */
  failureThreshold?: number;
  /** How long the breaker stays open before a trial call. @default 30000 */
  cooldownMs?: number;
  /** Current time in milliseconds; tests pass a clock they move. @default Date.now */
  now?: () => number;
}

// While the trial call is in flight, others are told to come back shortly rather than after a full cool-down.
const TRIAL_IN_FLIGHT_RETRY_MS = 1000;

/** Failures that say the provider is unwell; a refused request or a student's cancel says nothing about it. */
function countsAsFailure(error: unknown): boolean {
  return error instanceof ModelError && (error.kind === 'unavailable' || error.kind === 'timeout');
}

export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor({ failureThreshold = 5, cooldownMs = 30_000, now = Date.now }: CircuitBreakerOptions = {}) {
    this.failureThreshold = failureThreshold;
    this.cooldownMs = cooldownMs;
    this.now = now;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half_open' : 'open';
  }

  /** Runs `call` if the breaker allows it, recording the outcome; otherwise throws ModelError('circuit_open'). */
  async run<T>(call: () => Promise<T>): Promise<T> {
    const isTrial = this.admit();
    try {
      const result = await call();
      this.recordSuccess();
      return result;
    } catch (error) {
      // An inconclusive trial (cancelled, refused) frees the slot so the next call becomes the trial.
      if (isTrial) this.trialInFlight = false;
      if (countsAsFailure(error)) this.recordFailure();
      throw error;
    }
  }

  private admit(): boolean {
    const state = this.state;
    if (state === 'closed') return false;
    if (state === 'open') {
      const retryAfterMs = this.cooldownMs - (this.now() - (this.openedAt ?? this.now()));
      throw new ModelError('circuit_open', 'The tutor model failed repeatedly; calls are paused for a moment.', {
        retryAfterMs,
      });
    }
    if (this.trialInFlight) {
      throw new ModelError('circuit_open', 'The tutor model is being retried; try again in a moment.', {
        retryAfterMs: TRIAL_IN_FLIGHT_RETRY_MS,
      });
    }
    this.trialInFlight = true;
    return true;
  }

  private recordSuccess(): void {
    this.consecutiveFailures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  private recordFailure(): void {
    this.consecutiveFailures++;
    // A failed trial re-opens at once; otherwise open on reaching the threshold.
    if (this.openedAt !== null || this.consecutiveFailures >= this.failureThreshold) this.openedAt = this.now();
  }
}

/** Wraps a model so its calls pass through `breaker`. */
export function withCircuitBreaker(model: ChatModel, breaker: CircuitBreaker): ChatModel {
  return {
    model: model.model,
    streamChat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatCompletion> {
      return breaker.run(() => model.streamChat(request, onDelta));
    },
  };
}
