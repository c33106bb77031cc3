// The subscribers of this process, grouped by channel. Both PubSub implementations deliver through it,
// so buffering, abort handling and "first in / last out" bookkeeping behave identically.
import { endOnAbort, SubscriberQueue } from './subscriber-queue';
import type { SubscribeOptions, Subscription } from './pubsub';

export interface LocalFanoutOptions {
  bufferSize: number;
  onDrop?: (channel: string, droppedSoFar: number) => void;
  /** A channel got its first local subscriber. */
  onFirstSubscriber?: (channel: string) => void;
  /** A channel lost its last local subscriber. */
  onLastSubscriberGone?: (channel: string) => void;
}

export class LocalFanout {
  private readonly channels = new Map<string, Set<SubscriberQueue<unknown>>>();

  constructor(private readonly options: LocalFanoutOptions) {}

  subscribe<T>(channel: string, subscribeOptions: SubscribeOptions = {}): Subscription<T> {
    let detachAbort: () => void = () => undefined;
    const queue: SubscriberQueue<unknown> = new SubscriberQueue<unknown>(
      this.options.bufferSize,
      () => {
        detachAbort();
        this.remove(channel, queue);
      },
      (droppedSoFar) => this.options.onDrop?.(channel, droppedSoFar),
    );
    let subscribers = this.channels.get(channel);
    if (!subscribers) {
      subscribers = new Set();
      this.channels.set(channel, subscribers);
      this.options.onFirstSubscriber?.(channel);
    }
    subscribers.add(queue);
    detachAbort = endOnAbort(queue, subscribeOptions.signal);
    // Payloads arrive as parsed JSON of unknown shape; the subscriber names the type it expects.
    return queue as SubscriberQueue<T>;
  }

  /** Hands one JSON text to every local subscriber of `channel`, each getting its own parsed copy. */
  deliver(channel: string, json: string): void {
    const subscribers = this.channels.get(channel);
    if (!subscribers) return;
    for (const queue of subscribers) queue.push(JSON.parse(json) as unknown);
  }

  hasSubscribers(channel: string): boolean {
    return this.channels.has(channel);
  }

  /** Ends every subscription (each removes itself, firing the last-subscriber hook per channel). */
  endAll(): void {
    for (const subscribers of [...this.channels.values()]) {
      for (const queue of [...subscribers]) queue.end();
    }
  }

  private remove(channel: string, queue: SubscriberQueue<unknown>): void {
    const subscribers = this.channels.get(channel);
    if (!subscribers?.delete(queue)) return;
    if (subscribers.size === 0) {
      this.channels.delete(channel);
      this.options.onLastSubscriberGone?.(channel);
    }
  }
}

/** Serialises a payload the way Redis would carry it, so both implementations hand out the same values. */
export function toJson(payload: unknown): string {
  return JSON.stringify(payload === undefined ? null : payload);
}
