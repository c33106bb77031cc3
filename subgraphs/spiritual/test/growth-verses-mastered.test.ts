// When a memory card counts as mastered for growth: FSRS recall from the card columns alone.
import { isMastered, retrievability } from '../src/growth/verses-mastered';

const now = new Date('2026-03-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

test('recall is exactly 0.9 when the days since the last review equal the stability', () => {
  expect(retrievability({ reps: 3, stability: 10, lastReview: daysAgo(10) }, now)).toBeCloseTo(0.9, 10);
});

test('a card reviewed three times and within its stability is mastered', () => {
  expect(isMastered({ reps: 3, stability: 10, lastReview: daysAgo(9) }, now)).toBe(true);
});

test('a card past its stability is no longer mastered', () => {
  expect(isMastered({ reps: 5, stability: 10, lastReview: daysAgo(11) }, now)).toBe(false);
});

test('a card reviewed fewer than three times is not mastered however fresh', () => {
  expect(isMastered({ reps: 2, stability: 100, lastReview: daysAgo(0) }, now)).toBe(false);
});

test('a card never reviewed has no recall', () => {
  expect(retrievability({ reps: 0, stability: 0, lastReview: null }, now)).toBe(0);
});
