// Moving one item of an ordered list: by drag and drop (to another item's place) or one step up or
// down. Pure; returns a new list and leaves the old one untouched, so a failed save can put it back.

/** The list with the item at `from` moved to index `to` (clamped to the list). */
export function moveIndex<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved as T);
  return next;
}

/** The ids with `movedId` put where `targetId` was (dragging onto an item takes its place). */
export function moveOnto(ids: readonly string[], movedId: string, targetId: string): string[] {
  const from = ids.indexOf(movedId);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return [...ids];
  return moveIndex(ids, from, to);
}

/** The ids with `id` one step earlier (-1) or later (+1); unchanged at either end. */
export function moveBy(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  return moveIndex(ids, from, from + step);
}

export const sameOrder = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, index) => id === b[index]);

/** `items` in the order of `ids` (items missing from `ids` keep their place at the end). */
export function inOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[] | null): T[] {
  if (!ids) return [...items];
  const rank = new Map(ids.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
}
