// What the tutor asks of a language model, whoever serves it: a streamed chat completion.

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Aborting ends the stream; the deltas already delivered stay with the caller. */
  signal?: AbortSignal;
  /** Upper bound on the reply's tokens. @default 800 */
  maxTokens?: number;
  /** Ask for one JSON object as the reply (the tools parse it). @default false */
  json?: boolean;
  /** @default 0.4 */
  temperature?: number;
}

export interface ChatCompletion {
  content: string;
  usage: TokenUsage;
  /** True when the provider sent no usage and the counts are estimates from the text. */
  usageEstimated: boolean;
  finishReason: string | null;
}

export interface ChatModel {
  /** The model name recorded on every answer, e.g. `gpt-4o-mini`. */
  readonly model: string;
  /**
   * Streams the reply, calling `onDelta` with each piece in order, and resolves with the whole reply.
   * Throws ModelError when the provider fails (after retries) or the request is aborted.
   */
  streamChat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatCompletion>;
}

export type ModelErrorKind =
  /** 429/5xx or a network failure that outlasted the retries. */
  | 'unavailable'
  | 'timeout'
  /** The provider refused the request (4xx other than 429): retrying cannot help. */
  | 'rejected'
  /** Recent calls failed so often that calls are refused for a while without trying. */
  | 'circuit_open'
  | 'aborted';

export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; attempts?: number } = {},
  ) {
    super(message);
    this.name = 'ModelError';
  }
}
