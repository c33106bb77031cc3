// Streams an answer's text in fewer, larger pieces: the first delta goes out at once (time to first
// token is what a reader feels), later ones are merged and sent at most once per interval. A model can
// send a token every few milliseconds; a person reads no faster for getting each one separately, while
// every event costs a publish, a hop through the gateway and a socket write per subscriber.

export interface DeltaCoalescerOptions {
  /** Longest a delta waits to be merged with the ones after it. @default 40 */
  intervalMs?: number;
}

export const DEFAULT_COALESCE_INTERVAL_MS = 40;

export class DeltaCoalescer {
  private pending = '';
  private timer: NodeJS.Timeout | null = null;
  private sentFirst = false;
  private readonly intervalMs: number;

  constructor(
    private readonly send: (delta: string) => void,
    options: DeltaCoalescerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_COALESCE_INTERVAL_MS;
  }

  push(delta: string): void {
    if (delta === '') return;
    if (!this.sentFirst) {
      this.sentFirst = true;
      this.send(delta);
      return;
    }
    this.pending += delta;
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  /** Sends whatever is waiting now (before the final event, or when the answer stops). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === '') return;
    const delta = this.pending;
    this.pending = '';
    this.send(delta);
  }
}
