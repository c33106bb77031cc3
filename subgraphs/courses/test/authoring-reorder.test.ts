// Reordering modules and items through the gateway: one complete order, checked, written at once.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse } from './support/courses';
import { createInstructor, type Person } from '../../../scripts/platform/test-people';
import { authoringClient, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;

const prisma = () => platform.handle.services.prisma;

const REORDER = `mutation R($input: ReorderInput!) {
  reorder(input: $input) { id modules { id position lectures { id position } readings { id } } }
}`;

type Reordered = { reorder: { modules: { id: string; position: number; lectures: { id: string; position: number }[]; readings: { id: string }[] }[] } };

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Rory Reorder');
});

afterAll(async () => {
  await platform?.stop();
});

test('puts modules in the new order', async () => {
  const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft', modules: [{}, {}, {}] });
  const orderedIds = [modules[2]!.id, modules[0]!.id, modules[1]!.id];
  const data = await client.ok<Reordered>(REORDER, { input: { courseId: course.id, kind: 'modules', orderedIds } }, owner);
  expect(data.reorder.modules.map((module) => module.id)).toEqual(orderedIds);
  expect(data.reorder.modules.map((module) => module.position)).toEqual([0, 1, 2]);
});

test('puts the lectures of one module in the new order and leaves other modules alone', async () => {
  const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft', modules: [{ lectures: 3 }, { lectures: 2 }] });
  const [first, second, third] = modules[0]!.lectureIds;
  const data = await client.ok<Reordered>(
    REORDER,
    { input: { courseId: course.id, kind: 'lectures', moduleId: modules[0]!.id, orderedIds: [third, first, second] } },
    owner,
  );
  expect(data.reorder.modules[0]!.lectures.map((lecture) => lecture.id)).toEqual([third, first, second]);
  expect(data.reorder.modules[1]!.lectures.map((lecture) => lecture.id)).toEqual(modules[1]!.lectureIds);
});

test('leaves archived items out of the set to order', async () => {
  const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, modules: [{ lectures: 3 }] });
  const [first, second, third] = modules[0]!.lectureIds;
  await prisma().lecture.update({ where: { id: second }, data: { archivedAt: new Date() } });
  const data = await client.ok<Reordered>(
    REORDER,
    { input: { courseId: course.id, kind: 'lectures', moduleId: modules[0]!.id, orderedIds: [third, first] } },
    owner,
  );
  expect(data.reorder.modules[0]!.lectures.map((lecture) => lecture.id)).toEqual([third, first]);
});

describe('refuses an order that is not exactly the current set, naming the problem, and changes nothing', () => {
  test.each([
    ['an id listed twice', 'more than once', (ids: string[]) => [ids[0], ids[0], ids[1], ids[2]]],
    ['an id left out', 'leaves out', (ids: string[]) => [ids[0], ids[1]]],
    ['an id from elsewhere', 'not current', (ids: string[], stranger: string) => [...ids, stranger]],
  ])('%s', async (_name, message, order) => {
    const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft', modules: [{ lectures: 3 }] });
    const other = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
    const ids = modules[0]!.lectureIds;
    const response = await client.send(
      REORDER,
      { input: { courseId: course.id, kind: 'lectures', moduleId: modules[0]!.id, orderedIds: order(ids, other.modules[0]!.lectureIds[0]!) } },
      owner,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.orderedIds' });
    expect(response.errors?.[0]?.message).toContain(message);
    const stored = await prisma().lecture.findMany({ where: { moduleId: modules[0]!.id }, orderBy: { position: 'asc' }, select: { id: true } });
    expect(stored.map((lecture) => lecture.id)).toEqual(ids);
  });
});

test('refuses item kinds without a module, and a module of another course', async () => {
  const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
  const other = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
  const noModule = await client.send(REORDER, { input: { courseId: course.id, kind: 'lectures', orderedIds: modules[0]!.lectureIds } }, owner);
  expect(noModule.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.moduleId' });
  const foreign = await client.send(
    REORDER,
    { input: { courseId: course.id, kind: 'lectures', moduleId: other.modules[0]!.id, orderedIds: other.modules[0]!.lectureIds } },
    owner,
  );
  expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.moduleId' });
});
