// User.spiritualGrowth through the gateway: the person and their confirmed parents (mirrored from users'
// ParentLinkConfirmed) see it; everyone else is refused.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent } from '../../kit/src/events';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { dayInZone, formatIsoDate, weekdayOf } from '../../kit/src/zoned-time';
import { completeDevotion, createEntry } from './support/prayer';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

interface GrowthData {
  user: {
    spiritualGrowth: {
      devotionStreak: { current: number; longest: number };
      devotionsCompleted: number;
      prayersLogged: number;
      prayersAnswered: number;
      versesMastered: number;
      weeklyActivity: { weekStart: string; devotions: number; prayers: number; reviews: number }[];
    };
  } | null;
}

const GROWTH = `query Growth($id: ID!) { user(id: $id) { spiritualGrowth(timezone: "UTC") {
  devotionStreak { current longest } devotionsCompleted prayersLogged prayersAnswered versesMastered
  weeklyActivity { weekStart devotions prayers reviews } } } }`;

const growthAs = (viewer: Person | null, person: Person) => platform.graphql<GrowthData>(GROWTH, { id: person.id }, viewer ? { token: viewer.token } : {});

test('the person sees their streak, totals and this week’s activity', async () => {
  const person = await createStudent(prisma);
  const today = dayInZone(new Date(), 'UTC');
  await completeDevotion(prisma, person, formatIsoDate(today));
  await completeDevotion(prisma, person, formatIsoDate(today - 1));
  await createEntry(prisma, person, { answeredAt: new Date() });
  await createEntry(prisma, person);
  const response = await growthAs(person, person);
  expect(response.errors).toBeUndefined();
  const growth = response.data?.user?.spiritualGrowth;
  expect(growth).toMatchObject({ devotionStreak: { current: 2, longest: 2 }, devotionsCompleted: 2, prayersLogged: 2, prayersAnswered: 1, versesMastered: 0 });
  expect(growth?.weeklyActivity).toHaveLength(8);
  const thisWeek = growth?.weeklyActivity.at(-1);
  expect(thisWeek?.weekStart).toBe(formatIsoDate(today - weekdayOf(today)));
  const devotionsThisAndLastWeek = (thisWeek?.devotions ?? 0) + (growth?.weeklyActivity.at(-2)?.devotions ?? 0);
  expect(devotionsThisAndLastWeek).toBe(2);
});

test('a stranger is FORBIDDEN and an anonymous request UNAUTHENTICATED', async () => {
  const [person, stranger] = [await createStudent(prisma), await createStudent(prisma)];
  expect(errorCodes(await growthAs(stranger, person))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await growthAs(null, person))).toEqual(['UNAUTHENTICATED']);
});

test('a parent sees their child’s growth once the users domain confirms the link', async () => {
  const [child, parent] = [await createStudent(prisma), await createStudent(prisma)];
  expect(errorCodes(await growthAs(parent, child))).toEqual(['FORBIDDEN']);
  await emitEvent(prisma, 'users', 'ParentLinkConfirmed', { parentId: parent.id, childId: child.id });
  await waitFor(() => prisma.spiritualGuardianLink.findUnique({ where: { parentId_childId: { parentId: parent.id, childId: child.id } } }), {
    what: 'the guardian link to be mirrored',
  });
  const response = await growthAs(parent, child);
  expect(response.errors).toBeUndefined();
  expect(response.data?.user?.spiritualGrowth.prayersLogged).toBe(0);
  // The link is one-way: the child does not see the parent's growth.
  expect(errorCodes(await growthAs(child, parent))).toEqual(['FORBIDDEN']);
});
