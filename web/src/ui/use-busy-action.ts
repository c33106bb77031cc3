// One user action at a time: runs it, marks it busy meanwhile (for the button's progress and to block a
// second click) and keeps its error for the form, so a failed mutation never escapes the click handler.
import { useCallback, useRef, useState } from 'react';

export interface BusyAction<Args extends unknown[]> {
  /** Resolves true when the action succeeded, false when it failed (its error is kept). */
  run(...args: Args): Promise<boolean>;
  busy: boolean;
  error: unknown;
  /** True after the last run succeeded, until the next one starts. */
  done: boolean;
  reset(): void;
}

export function useBusyAction<Args extends unknown[]>(perform: (...args: Args) => Promise<unknown>): BusyAction<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  // The latest closure, so callers need not memoise what they pass.
  const latest = useRef(perform);
  latest.current = perform;
  const run = useCallback(async (...args: Args) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await latest.current(...args);
      setDone(true);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => {
    setError(null);
    setDone(false);
  }, []);
  return { run, busy, error, done, reset };
}
