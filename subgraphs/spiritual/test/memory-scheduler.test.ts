// FSRS scheduling of memory cards (pure): exact ts-fsrs intervals for a fixed date sequence, and the rules.
import { masteryPercent, newCardSchedule, scheduleNextReview, type ScheduledCard } from '../src/memory/scheduler';
import type { ReviewRating } from '../../kit/src/db';

const DAY_MS = 86_400_000;
const START = new Date('2026-01-05T09:00:00Z');
const RATINGS: ReviewRating[] = ['again', 'hard', 'good', 'easy'];
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

test('a new card is due at once, in the new state, with nothing learnt', () => {
  expect(newCardSchedule(START)).toMatchObject({ state: 'new', due: START, reps: 0, lapses: 0, stability: 0, lastReview: null });
});

test('the first review schedules the known FSRS intervals: 1, 2, 3 and 8 days', () => {
  const card = newCardSchedule(START);
  const next = RATINGS.map((rating) => scheduleNextReview(card, rating, START));
  expect(next.map((scheduled) => days(START, scheduled.due))).toEqual([1, 2, 3, 8]);
  expect(next.map((scheduled) => scheduled.stability)).toEqual([0.212, 1.2931, 2.3065, 8.2956]);
  expect(next.map((scheduled) => Number(scheduled.difficulty.toFixed(4)))).toEqual([6.4133, 5.1122, 2.1181, 1]);
  for (const scheduled of next) expect(scheduled).toMatchObject({ state: 'review', reps: 1, lapses: 0, lastReview: START });
});

test('a second review on the due day of a good first review schedules 1, 9, 14 and 24 days', () => {
  const first = scheduleNextReview(newCardSchedule(START), 'good', START);
  const second = RATINGS.map((rating) => scheduleNextReview(first, rating, first.due));
  expect(second.map((scheduled) => days(first.due, scheduled.due))).toEqual([1, 9, 14, 24]);
  expect(second.map((scheduled) => scheduled.reps)).toEqual([2, 2, 2, 2]);
});

test('intervals grow from again to hard to good to easy at every step of a history', () => {
  let card: ScheduledCard = newCardSchedule(START);
  let now = START;
  for (let step = 0; step < 5; step += 1) {
    const intervals = RATINGS.map((rating) => scheduleNextReview(card, rating, now).due.getTime() - now.getTime());
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
    expect(new Set(intervals).size).toBe(4);
    card = scheduleNextReview(card, 'good', now);
    now = card.due;
  }
});

test('forgetting a card in the review state counts a lapse; recalling it does not', () => {
  const learnt = scheduleNextReview(newCardSchedule(START), 'good', START);
  expect(learnt.state).toBe('review');
  expect(scheduleNextReview(learnt, 'again', learnt.due).lapses).toBe(1);
  expect(scheduleNextReview(learnt, 'hard', learnt.due).lapses).toBe(0);
});

test('the same history always gives the same schedule (no fuzz)', () => {
  const run = () => scheduleNextReview(scheduleNextReview(newCardSchedule(START), 'good', START), 'easy', new Date('2026-01-09T20:00:00Z'));
  expect(run()).toEqual(run());
});

test('mastery is 0 for a new card, high just after a review and falls as time passes', () => {
  expect(masteryPercent(newCardSchedule(START), START)).toBe(0);
  const learnt = scheduleNextReview(newCardSchedule(START), 'good', START);
  expect(masteryPercent(learnt, START)).toBe(100);
  // FSRS aims for 90% retrievability on the due day.
  expect(masteryPercent(learnt, learnt.due)).toBe(88);
  expect(masteryPercent(learnt, new Date(learnt.due.getTime() + 30 * DAY_MS))).toBeLessThan(70);
});
