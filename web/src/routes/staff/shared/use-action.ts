// One staff action at a time: runs it, keeps it busy meanwhile, and keeps its error for the form (a
// failed mutation never throws out of the click handler).
import { useCallback, useState } from 'react';

export interface Action<Args extends unknown[]> {
  run(...args: Args): Promise<boolean>;
  busy: boolean;
  error: unknown;
  /** True after the last run succeeded, until the next one starts. */
  done: boolean;
  reset(): void;
}

export function useAction<Args extends unknown[]>(perform: (...args: Args) => Promise<unknown>): Action<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const run = useCallback(
    async (...args: Args) => {
      setBusy(true);
      setError(null);
      setDone(false);
      try {
        await perform(...args);
        setDone(true);
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [perform],
  );
  const reset = useCallback(() => {
    setError(null);
    setDone(false);
  }, []);
  return { run, busy, error, done, reset };
}
