// Splitting a whole number of cents (or coins) across parts in proportion to their weights, so the
// parts always add up to the total exactly (largest-remainder method; ties go to the earlier part).

/** Splits `total` into integer parts proportional to `weights`; equal parts when every weight is 0. */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`Only a non-negative whole amount can be allocated, not ${total}.`);
  const effective = weights.every((weight) => weight <= 0) ? weights.map(() => 1) : weights.map((weight) => Math.max(0, weight));
  const weightSum = effective.reduce((sum, weight) => sum + weight, 0);
  const parts = effective.map((weight) => Math.floor((total * weight) / weightSum));
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = effective
    .map((weight, index) => ({ index, remainder: (total * weight) % weightSum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    if (effective[index] === 0) continue;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/** `part / whole` of `amount`, rounded half up, in integers (no floating-point drift for money). */
export function proportionOf(amount: number, part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.floor((amount * part * 2 + whole) / (whole * 2));
}
