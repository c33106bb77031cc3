// The four recall ratings of a review, as the graph's FSRS scheduler takes them, with what each means.
import type { MemoryReviewRating } from '../../../gql/graphql';

export const RATINGS: ReadonlyArray<{ value: MemoryReviewRating; label: string; hint: string }> = [
  { value: 'again', label: 'Again', hint: 'I forgot it' },
  { value: 'hard', label: 'Hard', hint: 'With effort' },
  { value: 'good', label: 'Good', hint: 'After a moment' },
  { value: 'easy', label: 'Easy', hint: 'At once' },
];
