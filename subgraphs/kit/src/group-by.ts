// Turns the rows of one batched query back into per-key lists for DataLoader-style callers.
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]>;
export function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V): Map<string, V[]>;
export function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V = (item) => item as unknown as V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? [];
    group.push(valueOf(item));
    groups.set(key, group);
  }
  return groups;
}
