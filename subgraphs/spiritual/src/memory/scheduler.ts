// FSRS scheduling of memory cards with ts-fsrs. Pure: takes a card's stored state, returns the next one.
//
// The scheduler runs in FSRS's long-term mode (no minute-scale learning steps): a verse is practised at
// most once a day, and the MemoryCard table keeps no learning-step position. Fuzz is off so the same
// history always gives the same due date (people compare notes; tests pin exact intervals).
import { Rating, State, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { CardState, ReviewRating } from '../../../kit/src/db';

/** The scheduling columns of a MemoryCard row. */
export interface ScheduledCard {
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

export const MEMORY_SCHEDULER = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const STATE_TO_FSRS: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const STATE_FROM_FSRS: Record<State, CardState> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const RATING_TO_FSRS: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The scheduling state of a card nobody has reviewed yet, due at `now`. */
export function newCardSchedule(now: Date): ScheduledCard {
  return fromFsrsCard(createEmptyCard(now));
}

function toFsrsCard(card: ScheduledCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_FSRS[card.state],
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromFsrsCard(card: Card): ScheduledCard {
  return {
    state: STATE_FROM_FSRS[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

/** The card's next scheduling state after the person rated their recall at `now`. */
export function scheduleNextReview(card: ScheduledCard, rating: ReviewRating, now: Date): ScheduledCard {
  return fromFsrsCard(MEMORY_SCHEDULER.next(toFsrsCard(card), now, RATING_TO_FSRS[rating]).card);
}

/** 0–100: FSRS's predicted probability of recalling the verse at `now`; 0 for a card never reviewed. */
export function masteryPercent(card: ScheduledCard, now: Date): number {
  if (card.state === 'new' || card.lastReview === null) return 0;
  const retrievability = MEMORY_SCHEDULER.get_retrievability(toFsrsCard(card), now, false);
  return Math.round(Math.min(1, Math.max(0, retrievability)) * 100);
}
