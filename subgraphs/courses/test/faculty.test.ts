// Faculties through the gateway: public list, admin-only creation with validated slugs.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createAdmin, createInstructor, type Person } from '../../../scripts/platform/test-people';

let platform: TestPlatform;
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await createAdmin(platform.handle.services.prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const CREATE = 'mutation F($slug: String!, $name: String!) { createFaculty(slug: $slug, name: $name) { id slug name } }';
const uniqueSlug = () => `faculty-${Math.random().toString(36).slice(2, 10)}`;
const facultiesWithSlug = (slug: string) => platform.handle.services.prisma.faculty.count({ where: { slug } });

test('an admin creates a faculty and everyone sees it in the list', async () => {
  const slug = uniqueSlug();
  const created = await platform.graphql<{ createFaculty: { id: string; name: string } }>(CREATE, { slug, name: '  Church History ' }, { token: admin.token });
  expect(created.errors).toBeUndefined();
  expect(created.data?.createFaculty.name).toBe('Church History');
  const list = await platform.graphql<{ faculties: { slug: string }[] }>('{ faculties { slug } }');
  expect(list.data?.faculties.map((faculty) => faculty.slug)).toContain(slug);
});

test('an instructor and the anonymous cannot create a faculty, and nothing is written', async () => {
  const instructor = await createInstructor(platform.handle.services.prisma);
  const slug = uniqueSlug();
  expect(errorCodes(await platform.graphql(CREATE, { slug, name: 'Ethics' }, { token: instructor.token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await platform.graphql(CREATE, { slug, name: 'Ethics' }))).toEqual(['UNAUTHENTICATED']);
  expect(await facultiesWithSlug(slug)).toBe(0);
});

test.each([
  ['a slug with capitals', 'Bad-Slug', 'Ethics', 'slug'],
  ['a slug with spaces', 'bad slug', 'Ethics', 'slug'],
  ['a two-letter slug', 'ab', 'Ethics', 'slug'],
  ['a one-letter name', 'ethics-dept', 'E', 'name'],
])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, slug, name, field) => {
  const response = await platform.graphql(CREATE, { slug, name }, { token: admin.token });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.extensions?.field).toBe(field);
  expect(await facultiesWithSlug(slug)).toBe(0);
});

test('a second faculty with the same slug is a CONFLICT', async () => {
  const slug = uniqueSlug();
  await platform.graphql(CREATE, { slug, name: 'Philosophy' }, { token: admin.token });
  const again = await platform.graphql(CREATE, { slug, name: 'Philosophy Again' }, { token: admin.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(await facultiesWithSlug(slug)).toBe(1);
});
