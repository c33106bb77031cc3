// The contract every subscription resolver publishes and listens through, whatever carries the events.

/** A live subscription: an async iterator whose `return()` unsubscribes and frees its buffer. */
export interface Subscription<T> extends AsyncIterableIterator<T> {
  /** Events discarded because this subscriber fell more than the buffer size behind. */
  readonly dropped: number;
}

export interface SubscribeOptions {
  /** Ends the subscription when aborted, as if `return()` had been called. */
  signal?: AbortSignal;
}

export interface PubSub {
  /** Sends `payload` (JSON-serialisable) to every current subscriber of `channel`, in every process. */
  publish(channel: string, payload: unknown): Promise<void>;
  /** Starts receiving the events published to `channel` from now on. */
  subscribe<T>(channel: string, options?: SubscribeOptions): Subscription<T>;
  /** Ends every subscription and releases connections. */
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** redis:// URL; without it events stay inside this process. */
  redisUrl?: string;
  /** Prepended to every Redis channel so several deployments can share one Redis. @default "scrollforge:" */
  keyPrefix?: string;
  /** Events held per subscriber before the oldest are dropped. @default 1000 */
  bufferSize?: number;
  /** Told when a slow subscriber loses events, so the loss is visible in logs. */
  onDrop?: (channel: string, droppedSoFar: number) => void;
}

export const DEFAULT_KEY_PREFIX = 'scrollforge:';
export const DEFAULT_BUFFER_SIZE = 1000;
