// When a memory verse counts as mastered: reviewed successfully at least three times, and still
// likely to be recalled now. "Likely" is the FSRS forgetting curve with the FSRS-4.5/5 constants,
// R(t, S) = (1 + 19/81 · t / S)^-0.5, which is exactly 0.9 when the days since the last review equal
// the stability. It is computed from the card columns alone, so no scheduler has to be loaded.

const DECAY = -0.5;
const FACTOR = 19 / 81;
const MS_PER_DAY = 86_400_000;

export const MASTERED_MIN_REPS = 3;
export const MASTERED_MIN_RETRIEVABILITY = 0.9;

export interface CardRecall {
  reps: number;
  /** FSRS stability in days; 0 for a card never reviewed. */
  stability: number;
  lastReview: Date | null;
}

/** The probability of recalling the card at `now`; 0 for a card never reviewed. */
export function retrievability(card: CardRecall, now: Date): number {
  if (card.lastReview === null || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / MS_PER_DAY);
  return Math.pow(1 + (FACTOR * elapsedDays) / card.stability, DECAY);
}

export function isMastered(card: CardRecall, now: Date): boolean {
  return card.reps >= MASTERED_MIN_REPS && retrievability(card, now) >= MASTERED_MIN_RETRIEVABILITY;
}
