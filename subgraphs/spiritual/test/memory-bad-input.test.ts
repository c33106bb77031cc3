// Every memory mutation, given malformed input through the gateway, answers with its documented code
// and writes nothing for the person.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createMemoryCard, createMemoryVerse } from './support/memory';

let platform: TestPlatform;
let person: Person;
const ids = { card: '', cardVerse: '', freshVerse: '', personalVerse: '' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  platform = await startTestPlatform();
  const prisma = platform.handle.services.prisma;
  person = await createStudent(prisma);
  const card = await createMemoryCard(prisma, person.id);
  ids.card = card.id;
  ids.cardVerse = card.verseId;
  ids.freshVerse = (await createMemoryVerse(prisma)).id;
  ids.personalVerse = (await createMemoryVerse(prisma, { curated: false })).id;
});

afterAll(async () => {
  await platform?.stop();
});

/** Everything of the person's deck a refused mutation could have changed. */
async function deckState(): Promise<unknown> {
  const prisma = platform.handle.services.prisma;
  return {
    cards: await prisma.memoryCard.findMany({ where: { userId: person.id }, orderBy: { id: 'asc' } }),
    reviews: await prisma.memoryCardReview.count({ where: { card: { userId: person.id } } }),
  };
}

const ADD = 'mutation A($verseId: ID!) { addVerseToDeck(verseId: $verseId) { id } }';
const REMOVE = 'mutation R($verseId: ID!) { removeVerseFromDeck(verseId: $verseId) }';
const REVIEW = 'mutation V($cardId: ID!, $rating: MemoryReviewRating!, $timezone: String!) { reviewMemoryCard(cardId: $cardId, rating: $rating, timezone: $timezone) { id } }';

interface Case {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
  field?: string;
  anonymous?: boolean;
}

const CASES: Case[] = [
  { name: 'adding a verse with a malformed id', query: ADD, variables: () => ({ verseId: 'not-a-uuid' }), code: 'BAD_USER_INPUT', field: 'verseId' },
  { name: 'adding an unknown verse', query: ADD, variables: () => ({ verseId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'adding a verse that is not curated', query: ADD, variables: () => ({ verseId: ids.personalVerse }), code: 'NOT_FOUND' },
  { name: 'adding a verse already in the deck', query: ADD, variables: () => ({ verseId: ids.cardVerse }), code: 'CONFLICT' },
  { name: 'adding a verse while signed out', query: ADD, variables: () => ({ verseId: ids.freshVerse }), code: 'UNAUTHENTICATED', anonymous: true },
  { name: 'removing with a malformed id', query: REMOVE, variables: () => ({ verseId: '123' }), code: 'BAD_USER_INPUT', field: 'verseId' },
  { name: 'removing a verse not in the deck', query: REMOVE, variables: () => ({ verseId: ids.freshVerse }), code: 'NOT_FOUND' },
  { name: 'removing while signed out', query: REMOVE, variables: () => ({ verseId: ids.cardVerse }), code: 'UNAUTHENTICATED', anonymous: true },
  { name: 'reviewing with a malformed card id', query: REVIEW, variables: () => ({ cardId: 'x', rating: 'good', timezone: 'UTC' }), code: 'BAD_USER_INPUT', field: 'cardId' },
  { name: 'reviewing an unknown card', query: REVIEW, variables: () => ({ cardId: UNKNOWN_ID, rating: 'good', timezone: 'UTC' }), code: 'NOT_FOUND' },
  { name: 'reviewing in a time zone that does not exist', query: REVIEW, variables: () => ({ cardId: ids.card, rating: 'good', timezone: 'Mars/Olympus' }), code: 'BAD_USER_INPUT', field: 'timezone' },
  { name: 'reviewing with a rating that does not exist', query: REVIEW, variables: () => ({ cardId: ids.card, rating: 'perfect', timezone: 'UTC' }), code: 'BAD_USER_INPUT' },
  { name: 'reviewing while signed out', query: REVIEW, variables: () => ({ cardId: ids.card, rating: 'good', timezone: 'UTC' }), code: 'UNAUTHENTICATED', anonymous: true },
];

test.each(CASES)('$name answers $code and writes nothing', async ({ query, variables, code, field, anonymous }) => {
  const before = await deckState();
  const response = await platform.graphql(query, variables(), anonymous ? {} : { token: person.token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors![0]!.message.length).toBeGreaterThan(10);
  if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  expect(await deckState()).toEqual(before);
});

test('a review-queue limit out of range is BAD_USER_INPUT with a message saying the range', async () => {
  const response = await platform.graphql('{ myReviewQueue(timezone: "UTC", newCardLimit: 101) { id } }', {}, { token: person.token });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0]!.message).toBe('Start at most 100 new cards a day.');
});
