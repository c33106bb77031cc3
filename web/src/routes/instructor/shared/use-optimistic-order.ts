// An order shown before the graph confirms it: a move shows at once, is saved, and is undone (with the
// error kept for an Alert) when the save fails. Once saved, the graph's own order takes over again.
import { useState } from 'react';
import { sameOrder } from './reorder';

export interface OptimisticOrder {
  /** The ids as they should be shown now; null means "as the graph gives them". */
  shown: readonly string[] | null;
  saving: boolean;
  error: unknown;
  /** Shows `next` at once and saves it; on failure the list goes back to `current`, the graph's order. */
  apply(current: readonly string[], next: readonly string[]): Promise<void>;
}

export function useOptimisticOrder(save: (orderedIds: string[]) => Promise<unknown>): OptimisticOrder {
  const [shown, setShown] = useState<readonly string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const apply = async (current: readonly string[], next: readonly string[]) => {
    if (sameOrder(current, next)) return;
    setShown(next);
    setSaving(true);
    setError(null);
    try {
      await save([...next]);
      setShown(null);
    } catch (caught) {
      setError(caught);
      // Rolled back: the graph still holds `current`, so showing its order puts the list back.
      setShown(null);
    } finally {
      setSaving(false);
    }
  };
  return { shown, saving, error, apply };
}
