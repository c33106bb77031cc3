// A catalog page with nested modules, lectures and instructors (resolved by the users subgraph) costs
// the same number of SQL statements for 10 courses as for 50. Runs in its own database so that no
// other test's events reach this platform's event bus while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createCatalogCourses, uniqueWord } from './support/catalog-courses';
import { createFaculty } from './support/courses';
import { createInstructor, type Person } from '../../../scripts/platform/test-people';

const COURSE_COUNT = 55;
const INSTRUCTOR_COUNT = 5;

let database: ScratchDatabase;
let platform: TestPlatform;
let recording: string[] | null = null;
const tag = uniqueWord('nplusone');

const PAGE = `query Page($first: Int!, $tag: String!) {
  courses(first: $first, filter: { tag: $tag }) {
    totalCount
    edges { node { id modules { lectures { title } } instructors { displayName } } }
  }
}`;

interface PageData {
  courses: {
    totalCount: number;
    edges: { node: { id: string; modules: { lectures: { title: string }[] }[]; instructors: { displayName: string }[] } }[];
  };
}

const TEACHERS_PAGE = `query Page($first: Int!, $tag: String!) {
  courses(first: $first, filter: { tag: $tag }) {
    edges { node { instructors { displayName teachingCourses { title modules { title } } } } }
  }
}`;

interface TeachersPageData {
  courses: { edges: { node: { instructors: { displayName: string; teachingCourses: { title: string; modules: { title: string }[] }[] }[] } }[] };
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_n_plus_one', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    {
      onQuery: (sql) => {
        // The event bus polls the outbox on a timer, however many courses a page holds.
        if (recording && !sql.includes('outbox_event')) recording.push(sql);
      },
    },
  );
  const prisma = platform.handle.services.prisma;
  const instructors: Person[] = [];
  for (let index = 0; index < INSTRUCTOR_COUNT; index += 1) instructors.push(await createInstructor(prisma, `Teacher ${index + 1}`));
  const faculty = await createFaculty(prisma);
  await createCatalogCourses(
    prisma,
    Array.from({ length: COURSE_COUNT }, (_, index) => ({
      ownerId: instructors[index % INSTRUCTOR_COUNT]!.id,
      instructorIds: [instructors[(index + 1) % INSTRUCTOR_COUNT]!.id],
      facultyId: faculty.id,
      tags: [tag],
      modules: [[{}, {}], [{}, {}]],
    })),
  );
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

async function countStatements<T = PageData>(first: number, query = PAGE): Promise<{ statements: number; data: T }> {
  recording = [];
  try {
    const response = await platform.graphql<T>(query, { first, tag });
    expect(response.errors).toBeUndefined();
    return { statements: recording.length, data: response.data! };
  } finally {
    recording = null;
  }
}

function expectFullPage(data: PageData, size: number): void {
  expect(data.courses.totalCount).toBe(COURSE_COUNT);
  expect(data.courses.edges).toHaveLength(size);
  for (const { node } of data.courses.edges) {
    expect(node.modules.map((module) => module.lectures.map((lecture) => lecture.title))).toEqual([
      ['Lecture 1.1', 'Lecture 1.2'],
      ['Lecture 2.1', 'Lecture 2.2'],
    ]);
    expect(node.instructors).toHaveLength(2);
    for (const instructor of node.instructors) expect(instructor.displayName).toMatch(/^Teacher \d$/);
  }
}

test('a page of 50 courses with modules, lectures and instructors costs as many SQL statements as a page of 10', async () => {
  await countStatements(1); // warms connections and caches, so neither measured page pays for them
  const ten = await countStatements(10);
  const fifty = await countStatements(50);
  expectFullPage(ten.data, 10);
  expectFullPage(fifty.data, 50);
  expect(ten.statements).toBeGreaterThan(0);
  expect(fifty.statements).toBe(ten.statements);
});

test('the teaching lists of every instructor on a page of 50 cost as many SQL statements as on a page of 10', async () => {
  await countStatements<TeachersPageData>(1, TEACHERS_PAGE);
  const ten = await countStatements<TeachersPageData>(10, TEACHERS_PAGE);
  const fifty = await countStatements<TeachersPageData>(50, TEACHERS_PAGE);
  for (const { data, size } of [{ data: ten.data, size: 10 }, { data: fifty.data, size: 50 }]) {
    expect(data.courses.edges).toHaveLength(size);
    for (const instructor of data.courses.edges.flatMap((edge) => edge.node.instructors)) {
      // Each teacher owns every fifth course and co-teaches another fifth.
      expect(instructor.teachingCourses).toHaveLength((2 * COURSE_COUNT) / INSTRUCTOR_COUNT);
      expect(instructor.teachingCourses[0]?.modules).toHaveLength(2);
    }
  }
  expect(fifty.statements).toBe(ten.statements);
});
