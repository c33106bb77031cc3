// The export carries the person's own entries, notes and deck, and nothing of anyone else's, even a
// prayer partner's partner-visible entries.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson } from '../../../scripts/platform/test-people';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createEntry, makePartners } from './support/prayer';
import { createMemoryCard } from './support/memory';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

const EXPORT = '{ exportMySpiritualData }';

test('a person’s export holds their own private entries and cards and none of their partner’s', async () => {
  const prisma = platform.handle.services.prisma;
  const me = await createPerson(prisma);
  const partner = await createPerson(prisma);
  await makePartners(prisma, me, partner);
  const mine = await createEntry(prisma, me, { visibility: 'private', title: 'My private prayer' });
  const theirs = await createEntry(prisma, partner, { visibility: 'partners', title: 'Partner prayer' });
  const theirPrivate = await createEntry(prisma, partner, { visibility: 'private', title: 'Partner secret' });
  const card = await createMemoryCard(prisma, me.id);

  const response = await platform.graphql<{ exportMySpiritualData: { prayerEntries: { id: string }[]; memoryCards: { id: string }[]; prayerPartnerships: unknown[] } }>(EXPORT, {}, { token: me.token });
  expect(response.errors).toBeUndefined();
  const exported = response.data!.exportMySpiritualData;
  expect(exported.prayerEntries.map((entry) => entry.id)).toEqual([mine.id]);
  expect(exported.memoryCards.map((entry) => entry.id)).toEqual([card.id]);
  expect(exported.prayerPartnerships).toHaveLength(1);
  const text = JSON.stringify(exported);
  expect(text).not.toContain(theirs.id);
  expect(text).not.toContain(theirPrivate.id);
});

test('the anonymous cannot export anything', async () => {
  expect(errorCodes(await platform.graphql(EXPORT))).toEqual(['UNAUTHENTICATED']);
});
