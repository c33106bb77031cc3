// The memory area's enums, lowercase as stored.
import { builder } from '../../builder';

export const MemoryCardStateEnum = builder.enumType('MemoryCardState', {
  description: 'FSRS state of a memory card.',
  values: ['new', 'learning', 'review', 'relearning'] as const,
});

export const MemoryReviewRatingEnum = builder.enumType('MemoryReviewRating', {
  description: 'How well the verse was recalled.',
  values: ['again', 'hard', 'good', 'easy'] as const,
});

export const MemoryPracticeModeEnum = builder.enumType('MemoryPracticeMode', {
  values: ['fill_in_blank', 'first_letters', 'word_order'] as const,
});

export const RecallDifferenceKindEnum = builder.enumType('RecallDifferenceKind', {
  values: ['missing', 'extra', 'wrong', 'typo'] as const,
});
