// The public catalog through the gateway: full-text search and its ranking, every filter, every sort,
// cursor pagination both ways, what never appears, and the arguments it refuses. Each test scopes its
// assertions to a tag or search word of its own, since other tests share the database.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCatalogCourses, uniqueWord, type CatalogCourseSpec } from './support/catalog-courses';
import { createFaculty } from './support/courses';
import { createAdmin, createInstructor, type Person } from '../../../scripts/platform/test-people';

let platform: TestPlatform;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = await createInstructor(platform.handle.services.prisma, 'Catalog Owner');
});

afterAll(async () => {
  await platform?.stop();
});

const LIST = `query List($search: String, $filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String, $last: Int, $before: String) {
  courses(search: $search, filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title } }
  }
}`;

interface ListData {
  courses: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { id: string; title: string } }[];
  };
}

interface ListPage {
  titles: string[];
  totalCount: number;
  pageInfo: ListData['courses']['pageInfo'];
}

async function list(variables: Record<string, unknown>, token?: string): Promise<ListPage> {
  const response = await platform.graphql<ListData>(LIST, variables, { token });
  expect(response.errors).toBeUndefined();
  const { courses } = response.data!;
  return { titles: courses.edges.map((edge) => edge.node.title), totalCount: courses.totalCount, pageInfo: courses.pageInfo };
}

type Spec = Omit<CatalogCourseSpec, 'ownerId' | 'facultyId'> & { facultyId?: string };

async function create(specs: Spec[]): Promise<void> {
  const prisma = platform.handle.services.prisma;
  const facultyId = (await createFaculty(prisma)).id;
  await createCatalogCourses(prisma, specs.map((spec) => ({ ownerId: owner.id, facultyId, ...spec })));
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

describe('search', () => {
  test('a course whose title matches ranks above one that mentions the word only in a transcript', async () => {
    const word = uniqueWord();
    await create([
      { title: `Studies in ${word}`, publishedAt: daysAgo(5) },
      { title: 'A newer course', publishedAt: daysAgo(1), modules: [[{ transcript: `We talk about ${word} and ${word} again, and ${word}.` }]] },
    ]);
    const page = await list({ search: word });
    expect(page.titles).toEqual([`Studies in ${word}`, 'A newer course']);
  });

  test('a word found only in a lecture transcript finds its course', async () => {
    const word = uniqueWord();
    await create([
      { title: 'Transcript holder', modules: [[{ title: 'Opening', transcript: `In this lecture the ${word} is explained step by step.` }]] },
      { title: 'Unrelated', modules: [[{ transcript: 'Nothing to see here.' }]] },
    ]);
    const page = await list({ search: word });
    expect(page.titles).toEqual(['Transcript holder']);
    expect(page.totalCount).toBe(1);
  });

  test('searching "praying" finds a course about prayer', async () => {
    const tag = uniqueWord('tag');
    await create([
      { title: 'The prayer of Hannah', tags: [tag] },
      { title: 'Counting sheep', tags: [tag] },
    ]);
    const page = await list({ search: 'praying', filter: { tag } });
    expect(page.titles).toEqual(['The prayer of Hannah']);
  });

  test('a phrase search needs the words together, and an excluded word drops a course', async () => {
    const tag = uniqueWord('tag');
    await create([
      { title: 'In the beginning was the Word', tags: [tag] },
      { title: 'The word at the beginning', summary: 'Prologue study', tags: [tag] },
    ]);
    expect((await list({ search: '"beginning was the word"', filter: { tag } })).titles).toEqual(['In the beginning was the Word']);
    expect((await list({ search: 'beginning -prologue', filter: { tag } })).titles).toEqual(['In the beginning was the Word']);
  });

  test('a search of only common words finds nothing rather than failing', async () => {
    const tag = uniqueWord('tag');
    await create([{ title: 'The and of', tags: [tag] }]);
    const page = await list({ search: 'the and', filter: { tag } });
    expect(page.titles).toEqual([]);
    expect(page.totalCount).toBe(0);
  });
});

describe('filters', () => {
  interface FilterFixture {
    tag: string;
    otherTag: string;
    firstFaculty: { id: string; slug: string };
    secondFaculty: { id: string; slug: string };
  }

  async function createFilterFixture(): Promise<FilterFixture> {
    const prisma = platform.handle.services.prisma;
    const [firstFaculty, secondFaculty] = [await createFaculty(prisma), await createFaculty(prisma)];
    const tag = uniqueWord('tag');
    const otherTag = uniqueWord('tag');
    await createCatalogCourses(prisma, [
      { ownerId: owner.id, facultyId: firstFaculty.id, title: 'Alpha', difficulty: 'beginner', language: 'en', isFree: true, tags: [tag] },
      { ownerId: owner.id, facultyId: secondFaculty.id, title: 'Beta', difficulty: 'advanced', language: 'fr', isFree: false, tags: [tag] },
      { ownerId: owner.id, facultyId: firstFaculty.id, title: 'Gamma', difficulty: 'intermediate', language: 'en', isFree: false, tags: [tag, otherTag] },
      { ownerId: owner.id, facultyId: secondFaculty.id, title: 'Delta', difficulty: 'beginner', language: 'en', isFree: true, tags: [otherTag] },
    ]);
    return { tag, otherTag, firstFaculty, secondFaculty };
  }

  const cases: { name: string; filter: (fixture: FilterFixture) => Record<string, unknown>; titles: string[] }[] = [
    { name: 'tag keeps only courses carrying that tag', filter: (f) => ({ tag: f.otherTag }), titles: ['Delta', 'Gamma'] },
    { name: 'facultyId keeps only that faculty’s courses', filter: (f) => ({ tag: f.tag, facultyId: f.firstFaculty.id }), titles: ['Alpha', 'Gamma'] },
    { name: 'facultySlug keeps only that faculty’s courses', filter: (f) => ({ tag: f.tag, facultySlug: f.secondFaculty.slug }), titles: ['Beta'] },
    { name: 'difficulty keeps only courses of that level', filter: (f) => ({ tag: f.tag, difficulty: 'intermediate' }), titles: ['Gamma'] },
    { name: 'language keeps only courses taught in it, whatever its case', filter: (f) => ({ tag: f.tag, language: 'EN' }), titles: ['Alpha', 'Gamma'] },
    { name: 'isFree true keeps only free courses', filter: (f) => ({ tag: f.tag, isFree: true }), titles: ['Alpha'] },
    { name: 'isFree false keeps only paid courses', filter: (f) => ({ tag: f.tag, isFree: false }), titles: ['Beta', 'Gamma'] },
    { name: 'several conditions must all hold', filter: (f) => ({ tag: f.tag, facultyId: f.firstFaculty.id, isFree: false }), titles: ['Gamma'] },
  ];

  test.each(cases)('$name', async ({ filter, titles }) => {
    const fixture = await createFilterFixture();
    const page = await list({ filter: filter(fixture), sort: 'title' });
    expect(page.titles).toEqual(titles);
    expect(page.totalCount).toBe(titles.length);
  });

  test('an unknown faculty slug finds nothing', async () => {
    const fixture = await createFilterFixture();
    const page = await list({ filter: { tag: fixture.tag, facultySlug: `missing-${randomUUID()}` } });
    expect(page.titles).toEqual([]);
  });
});

describe('sorts', () => {
  interface SortFixture {
    tag: string;
    word: string;
  }

  // Every order differs: newest Birch, Cedar, apple; title apple, Birch, Cedar; popular apple, Cedar,
  // Birch; duration Cedar, Birch, apple; relevance Birch (title), apple (summary), Cedar (transcript).
  async function createSortFixture(): Promise<SortFixture> {
    const prisma = platform.handle.services.prisma;
    const tag = uniqueWord('tag');
    const word = uniqueWord();
    const faculty = await createFaculty(prisma);
    const [apple, birch, cedar] = await createCatalogCourses(prisma, [
      { ownerId: owner.id, facultyId: faculty.id, title: 'apple', summary: `About ${word}.`, publishedAt: daysAgo(3), durationHours: 10, tags: [tag] },
      { ownerId: owner.id, facultyId: faculty.id, title: `Birch ${word}`, publishedAt: daysAgo(1), durationHours: 5, tags: [tag] },
      {
        ownerId: owner.id,
        facultyId: faculty.id,
        title: 'Cedar',
        publishedAt: daysAgo(2),
        durationHours: 2,
        tags: [tag],
        modules: [[{ transcript: `Later we meet ${word}.` }]],
      },
    ]);
    const enroll = (courseId: string, status: 'active' | 'completed' | 'dropped') => ({ courseId, userId: randomUUID(), status, courseVersion: 1 });
    await prisma.enrollment.createMany({
      data: [
        enroll(apple!.id, 'active'),
        enroll(apple!.id, 'active'),
        enroll(apple!.id, 'completed'),
        enroll(cedar!.id, 'active'),
        enroll(cedar!.id, 'dropped'),
        enroll(cedar!.id, 'dropped'),
        enroll(birch!.id, 'dropped'),
        enroll(birch!.id, 'dropped'),
        enroll(birch!.id, 'dropped'),
      ],
    });
    return { tag, word };
  }

  const cases: { sort: string; titles: string[] }[] = [
    { sort: 'newest', titles: ['Birch', 'Cedar', 'apple'] },
    { sort: 'title', titles: ['apple', 'Birch', 'Cedar'] },
    { sort: 'popular', titles: ['apple', 'Cedar', 'Birch'] },
    { sort: 'duration', titles: ['Cedar', 'Birch', 'apple'] },
    { sort: 'relevance', titles: ['Birch', 'apple', 'Cedar'] },
  ];

  test.each(cases)('sort $sort orders the courses as $titles', async ({ sort, titles }) => {
    const { tag, word } = await createSortFixture();
    const page = await list({ filter: { tag }, sort, ...(sort === 'relevance' ? { search: word } : {}) });
    expect(page.titles.map((title) => title.split(' ')[0])).toEqual(titles);
  });

  test('without a sort, a search is ordered by relevance and a plain listing by newest', async () => {
    const { tag, word } = await createSortFixture();
    expect((await list({ filter: { tag }, search: word })).titles.map((title) => title.split(' ')[0])).toEqual(['Birch', 'apple', 'Cedar']);
    expect((await list({ filter: { tag } })).titles.map((title) => title.split(' ')[0])).toEqual(['Birch', 'Cedar', 'apple']);
  });

  test('sort relevance without a search lists the newest first', async () => {
    const { tag } = await createSortFixture();
    expect((await list({ filter: { tag }, sort: 'relevance' })).titles.map((title) => title.split(' ')[0])).toEqual(['Birch', 'Cedar', 'apple']);
  });
});

describe('pagination', () => {
  async function createPages(): Promise<string> {
    const tag = uniqueWord('tag');
    await create(Array.from({ length: 7 }, (_, index) => ({ title: `Page ${index + 1}`, tags: [tag] })));
    return tag;
  }

  test('pages forward with after-cursors, with the same totalCount on every page', async () => {
    const tag = await createPages();
    const base = { filter: { tag }, sort: 'title', first: 3 };
    const first = await list(base);
    expect(first).toMatchObject({ titles: ['Page 1', 'Page 2', 'Page 3'], totalCount: 7, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await list({ ...base, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ titles: ['Page 4', 'Page 5', 'Page 6'], totalCount: 7, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const third = await list({ ...base, after: second.pageInfo.endCursor });
    expect(third).toMatchObject({ titles: ['Page 7'], totalCount: 7, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  test('pages backward with before-cursors, with the same totalCount on every page', async () => {
    const tag = await createPages();
    const base = { filter: { tag }, sort: 'title', last: 3 };
    const last = await list(base);
    expect(last).toMatchObject({ titles: ['Page 5', 'Page 6', 'Page 7'], totalCount: 7, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const middle = await list({ ...base, before: last.pageInfo.startCursor });
    expect(middle).toMatchObject({ titles: ['Page 2', 'Page 3', 'Page 4'], totalCount: 7, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const start = await list({ ...base, before: middle.pageInfo.startCursor });
    expect(start).toMatchObject({ titles: ['Page 1'], totalCount: 7, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
  });

  test('a course added before the cursor does not shift the next page', async () => {
    const tag = await createPages();
    const base = { filter: { tag }, sort: 'title', first: 3 };
    const first = await list(base);
    await create([{ title: 'Page 0', tags: [tag] }]);
    const second = await list({ ...base, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ titles: ['Page 4', 'Page 5', 'Page 6'], totalCount: 8 });
  });

  test.each(['newest', 'relevance', 'popular', 'duration', 'title'])('paging two at a time in the %s order visits every course once, in the order of one long page', async (sort) => {
    const tag = uniqueWord('tag');
    const word = uniqueWord();
    // Equal keys in pairs, so ties between rows fall to the id and must survive the cursor too.
    await create(
      Array.from({ length: 7 }, (_, index) => ({
        title: `${word} ${index % 2 === 0 ? 'even' : 'odd'}`,
        summary: index < 3 ? word : '',
        durationHours: 1 + (index % 3) * 0.1,
        publishedAt: daysAgo(1 + Math.floor(index / 2) / 7),
        tags: [tag],
      })),
    );
    const base = { filter: { tag }, sort, ...(sort === 'relevance' ? { search: word } : {}) };
    const ids = async (variables: Record<string, unknown>) => {
      const response = await platform.graphql<ListData>(LIST, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.courses;
    };
    const whole = (await ids({ ...base, first: 100 })).edges.map((edge) => edge.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ListData['courses'] = await ids({ ...base, first: 2, after });
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(whole).toHaveLength(7);
    expect(paged).toEqual(whole);
  });

  test('first: 0 returns no edges but still counts every match', async () => {
    const tag = await createPages();
    const page = await list({ filter: { tag }, first: 0 });
    expect(page).toMatchObject({ titles: [], totalCount: 7, pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });
});

describe('visibility', () => {
  test('drafts, courses in review and archived courses never appear, not even to their owner or an admin', async () => {
    const tag = uniqueWord('tag');
    const word = uniqueWord();
    await create(
      (['published', 'draft', 'in_review', 'archived'] as const).map((status) => ({ title: `${status} ${word}`, status, tags: [tag] })),
    );
    const admin = await createAdmin(platform.handle.services.prisma);
    for (const token of [undefined, owner.token, admin.token]) {
      expect((await list({ filter: { tag } }, token)).titles).toEqual([`published ${word}`]);
      expect((await list({ search: word }, token)).titles).toEqual([`published ${word}`]);
    }
  });
});

describe('bad arguments', () => {
  const garbage = Buffer.from('not a cursor').toString('base64url');
  const cases: { name: string; variables: () => Promise<Record<string, unknown>> | Record<string, unknown>; field?: string }[] = [
    { name: 'first above 100', variables: () => ({ first: 101 }), field: 'first' },
    { name: 'negative first', variables: () => ({ first: -1 }), field: 'first' },
    { name: 'last above 100', variables: () => ({ last: 101 }), field: 'last' },
    { name: 'negative last', variables: () => ({ last: -1 }), field: 'last' },
    { name: 'first and last together', variables: () => ({ first: 2, last: 2 }), field: 'last' },
    { name: 'a malformed after-cursor', variables: () => ({ after: garbage }), field: 'after' },
    { name: 'a malformed before-cursor', variables: () => ({ before: 'x%%%' }), field: 'before' },
    { name: 'a cursor tampered into a bad id', variables: () => ({ after: Buffer.from('catalog:{"sort":"newest","numberKey":1,"textKey":"","id":"1 OR 1=1"}').toString('base64url') }), field: 'after' },
    {
      name: 'a cursor from another sort order',
      variables: async () => {
        const tag = uniqueWord('tag');
        await create([{ title: 'One', tags: [tag] }, { title: 'Two', tags: [tag] }]);
        const page = await list({ filter: { tag }, sort: 'title', first: 1 });
        return { filter: { tag }, sort: 'newest', after: page.pageInfo.endCursor };
      },
      field: 'after',
    },
    { name: 'a search longer than 200 characters', variables: () => ({ search: 'word '.repeat(41) }), field: 'search' },
    { name: 'a facultyId that is not an id', variables: () => ({ filter: { facultyId: 'biblical-studies' } }), field: 'filter.facultyId' },
    { name: 'an unknown sort', variables: () => ({ sort: 'cheapest' }) },
  ];

  test.each(cases)('$name is BAD_USER_INPUT', async ({ variables, field }) => {
    const response = await platform.graphql(LIST, await variables());
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data ?? null).toBeNull();
    if (field) expect(response.errors?.[0]?.extensions?.field).toBe(field);
  });
});
