// Counters inside one process, for embedded mode: the same contract as Redis, expiry included, so
// limits behave alike whichever store a deployment runs on.
import { assertIncrement, type CounterStore } from './counter-store';

export interface MemoryCounterStoreOptions {
  /** The clock, in milliseconds; tests move it to see counters expire. @default Date.now */
  now?: () => number;
  /** How often expired counters are swept out of memory, in milliseconds. @default 60000 */
  sweepIntervalMs?: number;
}

interface Counter {
  value: number;
  expiresAt: number;
}

export function createMemoryCounterStore(options: MemoryCounterStoreOptions = {}): CounterStore {
  const now = options.now ?? Date.now;
  const sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
  const counters = new Map<string, Counter>();
  let lastSweep = now();
  let closed = false;

  const live = (key: string, at: number): Counter | undefined => {
    const counter = counters.get(key);
    if (counter === undefined) return undefined;
    if (counter.expiresAt <= at) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };

  // Windowed counters are created every minute and never read again, so without a sweep the map
  // would grow for as long as the process runs.
  const sweep = (at: number) => {
    if (at - lastSweep < sweepIntervalMs) return;
    lastSweep = at;
    for (const [key, counter] of counters) if (counter.expiresAt <= at) counters.delete(key);
  };

  const assertOpen = () => {
    if (closed) throw new Error('The counter store is closed');
  };

  return {
    async increment(key, by, ttlSeconds) {
      assertOpen();
      assertIncrement(by, ttlSeconds);
      const at = now();
      sweep(at);
      const counter = live(key, at);
      if (counter === undefined) {
        counters.set(key, { value: by, expiresAt: at + ttlSeconds * 1000 });
        return by;
      }
      counter.value += by;
      return counter.value;
    },
    async get(key) {
      assertOpen();
      return live(key, now())?.value ?? 0;
    },
    async getMany(keys) {
      assertOpen();
      const at = now();
      return keys.map((key) => live(key, at)?.value ?? 0);
    },
    async close() {
      closed = true;
      counters.clear();
    },
  };
}
