// The answers this process is generating, so a cancel (from any instance, via pub/sub) can stop one
// and a shutdown can finish every one.

interface RunningGeneration {
  controller: AbortController;
  done: Promise<void>;
}

export class GenerationRegistry {
  private readonly running = new Map<string, RunningGeneration>();

  /** Tracks a generation until `done` settles. */
  track(messageId: string, controller: AbortController, done: Promise<void>): void {
    const entry = { controller, done };
    this.running.set(messageId, entry);
    void done.finally(() => {
      if (this.running.get(messageId) === entry) this.running.delete(messageId);
    });
  }

  /** Aborts the generation of `messageId` if this process runs it; resolves once it has finished. */
  async abort(messageId: string, reason: string): Promise<boolean> {
    const entry = this.running.get(messageId);
    if (!entry) return false;
    entry.controller.abort(reason);
    await entry.done.catch(() => undefined);
    return true;
  }

  get size(): number {
    return this.running.size;
  }

  async stopAll(): Promise<void> {
    const entries = [...this.running.values()];
    for (const entry of entries) entry.controller.abort('shutdown');
    await Promise.allSettled(entries.map((entry) => entry.done));
  }
}
