// The prayer journal through the gateway: writing, editing, answering, categories, "I prayed" and the
// prayers-logged / first-answered milestones.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { DEFAULT_PRAYER_CATEGORIES } from '../src/prayer/categories';
import { ENTRY_FIELDS, createEntry } from './support/prayer';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

interface EntryData {
  id: string;
  title: string;
  content: string;
  visibility: string;
  answered: boolean;
  testimony: string | null;
  prayedCount: number;
  sourcePostId: string | null;
  category: { id: string; name: string } | null;
}

const CREATE = `mutation Create($input: CreatePrayerEntryInput!) { createPrayerEntry(input: $input) { ${ENTRY_FIELDS} } }`;

const create = (person: Person, input: Record<string, unknown>) =>
  platform.graphql<{ createPrayerEntry: EntryData }>(CREATE, { input }, { token: person.token });

const milestonesOf = (userId: string) =>
  prisma.spiritualOutboxEvent.findMany({ where: { type: 'SpiritualMilestoneReached', payload: { path: ['userId'], equals: userId } } });

test('creates a private entry in a default category from a community post', async () => {
  const person = await createStudent(prisma);
  const sourcePostId = '5d4c3b2a-1111-4222-8333-444455556666';
  const response = await create(person, { title: ' Exams ', content: 'Peace before the finals.', categoryId: DEFAULT_PRAYER_CATEGORIES[2].id, sourcePostId });
  expect(response.errors).toBeUndefined();
  expect(response.data?.createPrayerEntry).toMatchObject({
    title: 'Exams',
    visibility: 'private',
    answered: false,
    prayedCount: 0,
    sourcePostId,
    category: { id: DEFAULT_PRAYER_CATEGORIES[2].id, name: 'Studies' },
  });
});

test('lists the default categories and the person’s own, and refuses a duplicate name', async () => {
  const person = await createStudent(prisma);
  const created = await platform.graphql<{ createPrayerCategory: { id: string; name: string } }>(
    'mutation { createPrayerCategory(name: "Missions") { id name } }',
    {},
    { token: person.token },
  );
  expect(created.errors).toBeUndefined();
  const list = await platform.graphql<{ prayerCategories: { name: string; isDefault: boolean }[] }>('{ prayerCategories { name isDefault } }', {}, { token: person.token });
  expect(list.data?.prayerCategories).toEqual([
    ...DEFAULT_PRAYER_CATEGORIES.map((category) => ({ name: category.name, isDefault: true })).sort((a, b) => a.name.localeCompare(b.name)),
    { name: 'Missions', isDefault: false },
  ]);
  const again = await platform.graphql('mutation { createPrayerCategory(name: "missions") { id } }', {}, { token: person.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  const clashWithDefault = await platform.graphql('mutation { createPrayerCategory(name: "Family") { id } }', {}, { token: person.token });
  expect(errorCodes(clashWithDefault)).toEqual(['CONFLICT']);
});

test('refuses another person’s own category', async () => {
  const [owner, other] = [await createStudent(prisma), await createStudent(prisma)];
  const category = await prisma.prayerCategory.create({ data: { ownerId: owner.id, name: 'Secret' } });
  const response = await create(other, { title: 'T', content: 'C', categoryId: category.id });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.extensions?.field).toBe('categoryId');
  expect(await prisma.prayerEntry.count({ where: { authorId: other.id } })).toBe(0);
});

test('the author updates an entry and another person who can read it is refused', async () => {
  const [author, reader] = [await createStudent(prisma), await createStudent(prisma)];
  const entry = await createEntry(prisma, author, { visibility: 'community' });
  const updated = await platform.graphql<{ updatePrayerEntry: EntryData }>(
    `mutation Update($input: UpdatePrayerEntryInput!) { updatePrayerEntry(input: $input) { ${ENTRY_FIELDS} } }`,
    { input: { entryId: entry.id, title: 'New title', visibility: 'partners' } },
    { token: author.token },
  );
  expect(updated.data?.updatePrayerEntry).toMatchObject({ title: 'New title', visibility: 'partners', content: entry.content });

  const community = await createEntry(prisma, author, { visibility: 'community' });
  const byReader = await platform.graphql(
    'mutation Update($input: UpdatePrayerEntryInput!) { updatePrayerEntry(input: $input) { id } }',
    { input: { entryId: community.id, title: 'Hijacked' } },
    { token: reader.token },
  );
  expect(errorCodes(byReader)).toEqual(['FORBIDDEN']);
  expect((await prisma.prayerEntry.findUniqueOrThrow({ where: { id: community.id } })).title).toBe(community.title);
});

test('the author deletes an entry; a stranger gets NOT_FOUND for a private one', async () => {
  const [author, stranger] = [await createStudent(prisma), await createStudent(prisma)];
  const entry = await createEntry(prisma, author);
  const byStranger = await platform.graphql('mutation Delete($id: ID!) { deletePrayerEntry(entryId: $id) }', { id: entry.id }, { token: stranger.token });
  expect(errorCodes(byStranger)).toEqual(['NOT_FOUND']);
  const byAuthor = await platform.graphql<{ deletePrayerEntry: string }>('mutation Delete($id: ID!) { deletePrayerEntry(entryId: $id) }', { id: entry.id }, { token: author.token });
  expect(byAuthor.data?.deletePrayerEntry).toBe(entry.id);
  expect(await prisma.prayerEntry.findUnique({ where: { id: entry.id } })).toBeNull();
});

test('marking a prayer answered stores the testimony and announces the first answered prayer once', async () => {
  const author = await createStudent(prisma);
  const [first, second] = [await createEntry(prisma, author), await createEntry(prisma, author)];
  const MARK = `mutation Mark($id: ID!, $testimony: String) { markPrayerAnswered(entryId: $id, testimony: $testimony) { ${ENTRY_FIELDS} } }`;
  const answered = await platform.graphql<{ markPrayerAnswered: EntryData }>(MARK, { id: first.id, testimony: 'Passed!' }, { token: author.token });
  expect(answered.data?.markPrayerAnswered).toMatchObject({ answered: true, testimony: 'Passed!' });
  await platform.graphql(MARK, { id: second.id }, { token: author.token });
  const events = await milestonesOf(author.id);
  expect(events.map((event) => (event.payload as { kind: string }).kind)).toEqual(['first_answered_prayer']);
  expect(await prisma.spiritualMilestone.count({ where: { userId: author.id } })).toBe(1);
});

test('the tenth entry announces the prayers-logged milestone exactly once', async () => {
  const author = await createStudent(prisma);
  for (let index = 0; index < 9; index += 1) await createEntry(prisma, author);
  expect(await milestonesOf(author.id)).toHaveLength(0);
  await create(author, { title: 'Tenth', content: 'Thank you.' });
  await create(author, { title: 'Eleventh', content: 'Thank you again.' });
  const events = await milestonesOf(author.id);
  expect(events.map((event) => (event.payload as { kind: string }).kind)).toEqual(['prayers_logged_10']);
});

test('"I prayed" counts once per person per local day', async () => {
  const [author, friend] = [await createStudent(prisma), await createStudent(prisma)];
  const entry = await createEntry(prisma, author, { visibility: 'community' });
  const PRAYED = 'mutation Prayed($id: ID!, $tz: String!) { prayedFor(entryId: $id, timezone: $tz) { prayedCount } }';
  const counts: number[] = [];
  for (const person of [friend, friend, author]) {
    const response = await platform.graphql<{ prayedFor: { prayedCount: number } }>(PRAYED, { id: entry.id, tz: 'America/Toronto' }, { token: person.token });
    counts.push(response.data?.prayedFor.prayedCount ?? -1);
  }
  expect(counts).toEqual([1, 1, 2]);
  expect(await prisma.prayerPrayed.count({ where: { entryId: entry.id } })).toBe(2);
});

test('myPrayerEntries filters by category, answered and search, and pages newest first', async () => {
  const author = await createStudent(prisma);
  const family = DEFAULT_PRAYER_CATEGORIES[0].id;
  await prisma.prayerEntry.createMany({
    data: [
      { authorId: author.id, title: 'Mum', content: 'Healing for her knee', categoryId: family, createdAt: new Date('2026-01-01T00:00:00Z') },
      { authorId: author.id, title: 'Dad', content: 'A new job', categoryId: family, answeredAt: new Date(), createdAt: new Date('2026-01-02T00:00:00Z') },
      { authorId: author.id, title: 'Exams', content: 'Calm mind', createdAt: new Date('2026-01-03T00:00:00Z') },
    ],
  });
  const LIST = `query List($filter: PrayerEntryFilter, $first: Int, $after: String) {
    myPrayerEntries(filter: $filter, first: $first, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } }
  }`;
  type ListData = { myPrayerEntries: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const titles = async (variables: Record<string, unknown>) =>
    (await platform.graphql<ListData>(LIST, variables, { token: author.token })).data?.myPrayerEntries.edges.map((edge) => edge.node.title);
  expect(await titles({ filter: { categoryId: family } })).toEqual(['Dad', 'Mum']);
  expect(await titles({ filter: { answered: false } })).toEqual(['Exams', 'Mum']);
  expect(await titles({ filter: { search: 'KNEE' } })).toEqual(['Mum']);
  const page = await platform.graphql<ListData>(LIST, { first: 2 }, { token: author.token });
  expect(page.data?.myPrayerEntries.edges.map((edge) => edge.node.title)).toEqual(['Exams', 'Dad']);
  expect(page.data?.myPrayerEntries.pageInfo.hasNextPage).toBe(true);
  expect(await titles({ first: 2, after: page.data?.myPrayerEntries.pageInfo.endCursor })).toEqual(['Mum']);
});
