// Every prayer mutation, given malformed input through the gateway, answers with its documented code
// and writes nothing. Assertions are scoped to the rows of people created here.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createEntry } from './support/prayer';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

/** Everything a person could have written in the prayer area. */
async function footprint(person: Person) {
  const entries = await prisma.prayerEntry.findMany({ where: { authorId: person.id }, orderBy: { id: 'asc' } });
  return {
    entries: entries.map(({ updatedAt: _updatedAt, ...entry }) => entry),
    categories: await prisma.prayerCategory.count({ where: { ownerId: person.id } }),
    prayed: await prisma.prayerPrayed.count({ where: { userId: person.id } }),
    partnerships: await prisma.prayerPartnership.findMany({ where: { OR: [{ inviterId: person.id }, { inviteeId: person.id }] }, orderBy: { id: 'asc' } }),
    milestones: await prisma.spiritualMilestone.count({ where: { userId: person.id } }),
  };
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const CASES: { name: string; code: string; field?: string; query: (ids: { entry: string; self: string }) => [string, Record<string, unknown>] }[] = [
  { name: 'createPrayerEntry with an empty title', code: 'BAD_USER_INPUT', field: 'input.title', query: () => ['mutation($i: CreatePrayerEntryInput!) { createPrayerEntry(input: $i) { id } }', { i: { title: '  ', content: 'x' } }] },
  { name: 'createPrayerEntry with a 10,001-character prayer', code: 'BAD_USER_INPUT', field: 'input.content', query: () => ['mutation($i: CreatePrayerEntryInput!) { createPrayerEntry(input: $i) { id } }', { i: { title: 't', content: 'x'.repeat(10_001) } }] },
  { name: 'createPrayerEntry with a malformed source post id', code: 'BAD_USER_INPUT', field: 'input.sourcePostId', query: () => ['mutation($i: CreatePrayerEntryInput!) { createPrayerEntry(input: $i) { id } }', { i: { title: 't', content: 'c', sourcePostId: 'post-1' } }] },
  { name: 'createPrayerEntry with an unknown category', code: 'BAD_USER_INPUT', field: 'categoryId', query: () => ['mutation($i: CreatePrayerEntryInput!) { createPrayerEntry(input: $i) { id } }', { i: { title: 't', content: 'c', categoryId: UNKNOWN } }] },
  { name: 'updatePrayerEntry with a 201-character title', code: 'BAD_USER_INPUT', field: 'input.title', query: ({ entry }) => ['mutation($i: UpdatePrayerEntryInput!) { updatePrayerEntry(input: $i) { id } }', { i: { entryId: entry, title: 't'.repeat(201) } }] },
  { name: 'updatePrayerEntry of an unknown entry', code: 'NOT_FOUND', query: () => ['mutation($i: UpdatePrayerEntryInput!) { updatePrayerEntry(input: $i) { id } }', { i: { entryId: UNKNOWN, title: 'x' } }] },
  { name: 'deletePrayerEntry with a malformed id', code: 'BAD_USER_INPUT', field: 'entryId', query: () => ['mutation { deletePrayerEntry(entryId: "nope") }', {}] },
  { name: 'markPrayerAnswered with a 5,001-character testimony', code: 'BAD_USER_INPUT', field: 'testimony', query: ({ entry }) => ['mutation($id: ID!, $t: String) { markPrayerAnswered(entryId: $id, testimony: $t) { id } }', { id: entry, t: 'x'.repeat(5_001) }] },
  { name: 'prayedFor with an unknown time zone', code: 'BAD_USER_INPUT', field: 'timezone', query: ({ entry }) => ['mutation($id: ID!) { prayedFor(entryId: $id, timezone: "Mars/Olympus") { id } }', { id: entry }] },
  { name: 'createPrayerCategory with a 41-character name', code: 'BAD_USER_INPUT', field: 'name', query: () => [`mutation { createPrayerCategory(name: "${'n'.repeat(41)}") { id } }`, {}] },
  { name: 'invitePrayerPartner inviting yourself', code: 'BAD_USER_INPUT', field: 'userId', query: ({ self }) => ['mutation($id: ID!) { invitePrayerPartner(userId: $id) { id } }', { id: self }] },
  { name: 'invitePrayerPartner with a malformed id', code: 'BAD_USER_INPUT', field: 'userId', query: () => ['mutation { invitePrayerPartner(userId: "someone") { id } }', {}] },
  { name: 'respondToPrayerPartnerInvite to an unknown invitation', code: 'NOT_FOUND', query: () => [`mutation { respondToPrayerPartnerInvite(inviteId: "${UNKNOWN}", accept: true) { id } }`, {}] },
  { name: 'endPrayerPartnership with a malformed id', code: 'BAD_USER_INPUT', field: 'partnerId', query: () => ['mutation { endPrayerPartnership(partnerId: "x") }', {}] },
];

test.each(CASES)('$name answers $code and writes nothing', async ({ code, field, query }) => {
  const person = await createStudent(prisma);
  const entry = await createEntry(prisma, person);
  const before = await footprint(person);
  const [text, variables] = query({ entry: entry.id, self: person.id });
  const response = await platform.graphql(text, variables, { token: person.token });
  expect(errorCodes(response)).toEqual([code]);
  if (field !== undefined) expect(response.errors?.[0]?.extensions?.field).toBe(field);
  expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
  expect(await footprint(person)).toEqual(before);
});

test('anonymous mutations are UNAUTHENTICATED and write nothing', async () => {
  const before = await prisma.prayerEntry.count({ where: { title: 'anonymous-attempt' } });
  const response = await platform.graphql('mutation { createPrayerEntry(input: { title: "anonymous-attempt", content: "c" }) { id } }');
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  expect(await prisma.prayerEntry.count({ where: { title: 'anonymous-attempt' } })).toBe(before);
});
