// The per-subscriber buffer behind every Subscription.
//
// Policy: the buffer holds at most `capacity` events. When a subscriber falls further behind, the
// OLDEST buffered event is dropped and counted (`dropped`, plus the `onDrop` callback). Live streams
// (typing, presence, chat, tokens) care more about what happens now than about a backlog, and one
// stalled client must never grow the process's memory without bound.
import type { Subscription } from './pubsub';

export class SubscriberQueue<T> implements Subscription<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  private ended = false;
  private droppedCount = 0;

  constructor(
    private readonly capacity: number,
    /** Runs once when the subscription ends, however it ends; unsubscribes from the source. */
    private readonly onEnd: () => void,
    private readonly onDrop: (droppedSoFar: number) => void = () => undefined,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`Subscriber buffer size must be a positive integer, got ${capacity}`);
  }

  get dropped(): number {
    return this.droppedCount;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    const resolve = this.waiting.shift();
    if (resolve) {
      resolve({ value, done: false });
      return;
    }
    this.buffer.push(value);
    if (this.buffer.length > this.capacity) {
      this.buffer.shift();
      this.droppedCount += 1;
      this.onDrop(this.droppedCount);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the subscription: pending `next()` calls settle as done and buffered events are discarded. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffer.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    this.onEnd();
  }
}

/** Ends `queue` when `signal` aborts, and stops listening once the queue ends another way. */
export function endOnAbort(queue: SubscriberQueue<unknown>, signal: AbortSignal | undefined): () => void {
  if (!signal) return () => undefined;
  if (signal.aborted) {
    queue.end();
    return () => undefined;
  }
  const onAbort = () => queue.end();
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
