// A person's memory deck through the gateway: adding verses, reviewing, the daily queue, privacy.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { dateColumnOfDay, dayInZone } from '../../kit/src/zoned-time';
import { PSALM_23_1, createMemoryCard, createMemoryVerse } from './support/memory';

let platform: TestPlatform;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  stranger = await createStudent(platform.handle.services.prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;
const CARD_FIELDS = 'id state reps lapses stability difficulty scheduledDays due lastReview mastery verse { id reference text }';
const ADD = `mutation A($verseId: ID!) { addVerseToDeck(verseId: $verseId) { ${CARD_FIELDS} } }`;
const REMOVE = 'mutation R($verseId: ID!) { removeVerseFromDeck(verseId: $verseId) }';
const REVIEW = `mutation V($cardId: ID!, $rating: MemoryReviewRating!, $timezone: String!) { reviewMemoryCard(cardId: $cardId, rating: $rating, timezone: $timezone) { ${CARD_FIELDS} } }`;
const DECK = '{ myDeck { id verse { id } } }';
const QUEUE = 'query Q($timezone: String!, $limit: Int) { myReviewQueue(timezone: $timezone, newCardLimit: $limit) { id state } }';
const CARD = `query C($id: ID!) { memoryCard(id: $id) { ${CARD_FIELDS} } }`;
const PRACTICE = 'query P($id: ID!, $mode: MemoryPracticeMode!) { memoryPractice(cardId: $id, mode: $mode, timezone: "Europe/Berlin") { mode prompt words answers } }';
const RECALL = 'query K($id: ID!, $typed: String!) { checkRecall(cardId: $id, typed: $typed) { score correct differences { kind expected typed position } } }';

interface Card {
  id: string;
  state: string;
  reps: number;
  lapses: number;
  scheduledDays: number;
  due: string;
  lastReview: string | null;
  mastery: number;
  verse: { id: string; reference: string; text: string };
}

test('the curated verses list includes a curated verse with its text and leaves out others', async () => {
  const curated = await createMemoryVerse(prisma());
  const personal = await createMemoryVerse(prisma(), { curated: false });
  const response = await platform.graphql<{ memoryVerses: { id: string; reference: string; text: string; curated: boolean }[] }>('{ memoryVerses { id reference text curated } }');
  expect(response.errors).toBeUndefined();
  const ids = response.data!.memoryVerses.map((verse) => verse.id);
  expect(ids).toContain(curated.id);
  expect(ids).not.toContain(personal.id);
  expect(response.data!.memoryVerses.find((verse) => verse.id === curated.id)).toEqual({ id: curated.id, reference: 'Psalm 23:1', text: PSALM_23_1, curated: true });
});

test('adding a verse puts a new card due now in the deck', async () => {
  const person = await createStudent(prisma());
  const verse = await createMemoryVerse(prisma());
  const added = await platform.graphql<{ addVerseToDeck: Card }>(ADD, { verseId: verse.id }, { token: person.token });
  expect(added.errors).toBeUndefined();
  expect(added.data!.addVerseToDeck).toMatchObject({ state: 'new', reps: 0, lapses: 0, mastery: 0, lastReview: null, verse: { id: verse.id } });
  const deck = await platform.graphql<{ myDeck: { id: string }[] }>(DECK, {}, { token: person.token });
  expect(deck.data!.myDeck.map((card) => card.id)).toEqual([added.data!.addVerseToDeck.id]);
});

test('adding the same verse twice is a CONFLICT and keeps one card', async () => {
  const person = await createStudent(prisma());
  const verse = await createMemoryVerse(prisma());
  await platform.graphql(ADD, { verseId: verse.id }, { token: person.token });
  const again = await platform.graphql(ADD, { verseId: verse.id }, { token: person.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(await prisma().memoryCard.count({ where: { userId: person.id } })).toBe(1);
});

test('removing a verse deletes its card and its reviews', async () => {
  const person = await createStudent(prisma());
  const card = await createMemoryCard(prisma(), person.id);
  await platform.graphql(REVIEW, { cardId: card.id, rating: 'good', timezone: 'UTC' }, { token: person.token });
  const removed = await platform.graphql<{ removeVerseFromDeck: string }>(REMOVE, { verseId: card.verseId }, { token: person.token });
  expect(removed.data?.removeVerseFromDeck).toBe(card.id);
  expect(await prisma().memoryCard.count({ where: { id: card.id } })).toBe(0);
  expect(await prisma().memoryCardReview.count({ where: { cardId: card.id } })).toBe(0);
});

test('reviewing a new card schedules it with FSRS and records the review on the local day', async () => {
  const person = await createStudent(prisma());
  const card = await createMemoryCard(prisma(), person.id);
  const before = new Date();
  const reviewed = await platform.graphql<{ reviewMemoryCard: Card }>(REVIEW, { cardId: card.id, rating: 'good', timezone: 'Pacific/Kiritimati' }, { token: person.token });
  expect(reviewed.errors).toBeUndefined();
  const result = reviewed.data!.reviewMemoryCard;
  expect(result).toMatchObject({ state: 'review', reps: 1, lapses: 0, scheduledDays: 3, mastery: 100 });
  expect(new Date(result.due).getTime() - new Date(result.lastReview!).getTime()).toBe(3 * 86_400_000);
  const reviews = await prisma().memoryCardReview.findMany({ where: { cardId: card.id } });
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ rating: 'good', stateBefore: 'new', localDate: dateColumnOfDay(dayInZone(before, 'Pacific/Kiritimati')) });
});

test('forgetting a learnt card counts a lapse', async () => {
  const person = await createStudent(prisma());
  const card = await createMemoryCard(prisma(), person.id);
  await prisma().memoryCard.update({
    where: { id: card.id },
    data: { state: 'review', stability: 10, difficulty: 5, reps: 3, scheduledDays: 10, lastReview: new Date(Date.now() - 10 * 86_400_000), due: new Date() },
  });
  const reviewed = await platform.graphql<{ reviewMemoryCard: Card }>(REVIEW, { cardId: card.id, rating: 'again', timezone: 'UTC' }, { token: person.token });
  expect(reviewed.data!.reviewMemoryCard).toMatchObject({ lapses: 1, reps: 4, scheduledDays: 1 });
});

test('the review queue has due cards first, then new cards up to the limit left for today', async () => {
  const person = await createStudent(prisma());
  const hour = (n: number) => new Date(Date.now() - (10 - n) * 3_600_000);
  const fresh = [];
  for (let index = 0; index < 4; index += 1) fresh.push(await createMemoryCard(prisma(), person.id, { createdAt: hour(index) }));
  const due = await createMemoryCard(prisma(), person.id);
  await prisma().memoryCard.update({ where: { id: due.id }, data: { state: 'review', stability: 3, reps: 1, lastReview: hour(0), due: hour(1) } });
  const later = await createMemoryCard(prisma(), person.id);
  await prisma().memoryCard.update({ where: { id: later.id }, data: { state: 'review', stability: 3, reps: 1, lastReview: new Date(), due: new Date(Date.now() + 86_400_000) } });

  const queue = await platform.graphql<{ myReviewQueue: { id: string }[] }>(QUEUE, { timezone: 'America/Toronto', limit: 2 }, { token: person.token });
  expect(queue.errors).toBeUndefined();
  expect(queue.data!.myReviewQueue.map((card) => card.id)).toEqual([due.id, fresh[0]!.id, fresh[1]!.id]);

  // Starting a new card today uses up one of today's new cards.
  await platform.graphql(REVIEW, { cardId: fresh[0]!.id, rating: 'good', timezone: 'America/Toronto' }, { token: person.token });
  const after = await platform.graphql<{ myReviewQueue: { id: string }[] }>(QUEUE, { timezone: 'America/Toronto', limit: 2 }, { token: person.token });
  expect(after.data!.myReviewQueue.map((card) => card.id)).toEqual([due.id, fresh[1]!.id]);
});

test('the new-card limit defaults to 10', async () => {
  const person = await createStudent(prisma());
  for (let index = 0; index < 11; index += 1) await createMemoryCard(prisma(), person.id);
  const queue = await platform.graphql<{ myReviewQueue: { id: string }[] }>('{ myReviewQueue(timezone: "UTC") { id } }', {}, { token: person.token });
  expect(queue.data!.myReviewQueue).toHaveLength(10);
});

test('practice and recall work on your own card', async () => {
  const person = await createStudent(prisma());
  const card = await createMemoryCard(prisma(), person.id);
  const practice = await platform.graphql<{ memoryPractice: { prompt: string } }>(PRACTICE, { id: card.id, mode: 'first_letters' }, { token: person.token });
  expect(practice.data?.memoryPractice.prompt).toBe('T L i m s; I s n w.');
  const recall = await platform.graphql<{ checkRecall: { score: number; correct: boolean } }>(RECALL, { id: card.id, typed: 'the lord is my shepard i shall not want' }, { token: person.token });
  expect(recall.data?.checkRecall).toMatchObject({ score: 1, correct: true });
});

describe('a deck is private to its owner', () => {
  test('a stranger cannot read, review, practise or check another person’s card: NOT_FOUND, nothing written', async () => {
    const owner = await createStudent(prisma());
    const card = await createMemoryCard(prisma(), owner.id);
    const asStranger = { token: stranger.token };
    expect(errorCodes(await platform.graphql(CARD, { id: card.id }, asStranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(REVIEW, { cardId: card.id, rating: 'easy', timezone: 'UTC' }, asStranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(PRACTICE, { id: card.id, mode: 'word_order' }, asStranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(RECALL, { id: card.id, typed: 'x' }, asStranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(REMOVE, { verseId: card.verseId }, asStranger))).toEqual(['NOT_FOUND']);
    expect(await prisma().memoryCard.findUnique({ where: { id: card.id } })).toMatchObject({ reps: 0, state: 'new' });
    expect(await prisma().memoryCardReview.count({ where: { cardId: card.id } })).toBe(0);
  });

  test('a stranger’s deck and queue never contain another person’s cards', async () => {
    const owner = await createStudent(prisma());
    const card = await createMemoryCard(prisma(), owner.id);
    const deck = await platform.graphql<{ myDeck: { id: string }[] }>(DECK, {}, { token: stranger.token });
    const queue = await platform.graphql<{ myReviewQueue: { id: string }[] }>(QUEUE, { timezone: 'UTC', limit: 100 }, { token: stranger.token });
    expect(deck.data!.myDeck.map((each) => each.id)).not.toContain(card.id);
    expect(queue.data!.myReviewQueue.map((each) => each.id)).not.toContain(card.id);
  });

  test('the anonymous are asked to sign in', async () => {
    expect(errorCodes(await platform.graphql(DECK))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await platform.graphql(QUEUE, { timezone: 'UTC' }))).toEqual(['UNAUTHENTICATED']);
  });
});
