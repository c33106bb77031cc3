// Levels from XP. Level n begins at 100·n·(n−1)/2 XP in total: level 1 at 0, level 2 at 100, level 3
// at 300, level 4 at 600, level 5 at 1 000 … so each level asks 100 XP more than the one before it,
// which keeps early levels quick and later ones meaningful.

/** XP the step from level 1 to level 2 takes; each further step takes this much more. */
export const XP_PER_LEVEL_STEP = 100;

export interface Experience {
  /** Total XP earned. */
  xp: number;
  /** 1 for a newcomer. */
  level: number;
  /** How far through the current level, from 0 (just reached) towards 1. */
  levelProgress: number;
  /** Total XP at which the next level begins. */
  xpForNextLevel: number;
}

/** Total XP at which `level` begins. */
export function xpForLevel(level: number): number {
  return (XP_PER_LEVEL_STEP * level * (level - 1)) / 2;
}

/** The level, progress and next threshold for `xp` total XP (negative or fractional XP counts as its whole non-negative part). */
export function levelFor(xp: number): Experience {
  const total = Math.max(0, Math.floor(Number.isFinite(xp) ? xp : 0));
  // The inverse of xpForLevel, then corrected for floating-point error at exact thresholds.
  let level = Math.max(1, Math.floor((1 + Math.sqrt(1 + (8 * total) / XP_PER_LEVEL_STEP)) / 2));
  while (xpForLevel(level + 1) <= total) level += 1;
  while (level > 1 && xpForLevel(level) > total) level -= 1;
  const start = xpForLevel(level);
  const next = xpForLevel(level + 1);
  return { xp: total, level, levelProgress: (total - start) / (next - start), xpForNextLevel: next };
}
