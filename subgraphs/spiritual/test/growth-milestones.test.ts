// Streak and memory milestones are announced once, in the transaction that reached them.
import { randomInt, randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { domainOutbox } from '../../kit/src/events';
import { testDatabaseUrl } from '../../kit/src/testing/test-database-url';
import { formatIsoDate, parseIsoDate, zonedTimeToInstant } from '../../kit/src/zoned-time';
import { completeDevotion } from '../src/devotions/devotions';
import { reviewMemoryCard } from '../src/memory/deck';
import { createDevotion } from './support/devotions';
import { createMemoryCard } from './support/memory';
import { forgetDeletedUserLinks } from '../src/prayer/event-handlers';

let prisma: PrismaClient;
const events = domainOutbox('spiritual');

beforeAll(() => {
  prisma = createPrismaClient({ url: testDatabaseUrl() });
});

afterAll(async () => {
  await prisma?.$disconnect();
});

async function milestonesOf(userId: string) {
  const rows = await prisma.spiritualOutboxEvent.findMany({ where: { type: 'SpiritualMilestoneReached' }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as { userId: string; kind: string }).filter((payload) => payload.userId === userId).map((payload) => payload.kind);
}

test('the seventh day in a row announces devotion_streak_7 once, and only then', async () => {
  const userId = randomUUID();
  const zone = 'America/New_York';
  // Seven consecutive days of some long-past year nobody else uses, completed in the evening, local time.
  const first = parseIsoDate(`${randomInt(1700, 1799)}-03-05`)!;
  for (let offset = 0; offset < 8; offset += 1) {
    const day = first + offset;
    const devotion = await createDevotion(prisma, { date: formatIsoDate(day) });
    await completeDevotion(prisma, { userId, devotionId: devotion.id, notes: '', timezone: zone, now: zonedTimeToInstant(day, 21 * 60, zone), events });
    expect(await milestonesOf(userId)).toEqual(offset >= 6 ? ['devotion_streak_7'] : []);
  }
});

test('the review that brings a deck to ten mastered verses announces verses_mastered_10 once', async () => {
  const userId = randomUUID();
  const now = new Date();
  // Nine verses already mastered: reviewed three times, recalled well, last seen an hour ago.
  for (let index = 0; index < 9; index += 1) {
    const card = await createMemoryCard(prisma, userId);
    await prisma.memoryCard.update({ where: { id: card.id }, data: { state: 'review', reps: 3, stability: 30, difficulty: 5, lastReview: new Date(now.getTime() - 3_600_000) } });
  }
  const tenth = await createMemoryCard(prisma, userId);
  await prisma.memoryCard.update({ where: { id: tenth.id }, data: { state: 'review', reps: 2, stability: 30, difficulty: 5, lastReview: new Date(now.getTime() - 86_400_000) } });
  expect(await milestonesOf(userId)).toEqual([]);

  await reviewMemoryCard(prisma, { userId, cardId: tenth.id, rating: 'good', timezone: 'UTC', now, events });
  expect(await milestonesOf(userId)).toEqual(['verses_mastered_10']);
  await reviewMemoryCard(prisma, { userId, cardId: tenth.id, rating: 'good', timezone: 'UTC', now: new Date(now.getTime() + 60_000), events });
  expect(await milestonesOf(userId)).toEqual(['verses_mastered_10']);
});

test('a deleted person’s guardian links are forgotten, once, whichever side they were on', async () => {
  const parent = randomUUID();
  const child = randomUUID();
  const other = randomUUID();
  await prisma.spiritualGuardianLink.createMany({ data: [{ parentId: parent, childId: child }, { parentId: other, childId: parent }, { parentId: other, childId: child }] });
  const event = { id: randomUUID(), type: 'UserDeleted', domain: 'users', payload: { userId: parent }, occurredAt: new Date().toISOString() };
  await forgetDeletedUserLinks(prisma, event);
  await forgetDeletedUserLinks(prisma, event);
  const left = await prisma.spiritualGuardianLink.findMany({ where: { OR: [{ parentId: { in: [parent, other] } }, { childId: { in: [parent, child] } }] } });
  expect(left).toEqual([{ parentId: other, childId: child }]);
});
