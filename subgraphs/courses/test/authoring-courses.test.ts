// Creating courses, changing their catalog facts and prerequisites, and naming co-instructors,
// through the gateway.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse, createFaculty } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { authoringClient, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;
let facultyId: string;

const CREATE = `mutation Create($input: CreateCourseInput!) {
  createCourse(input: $input) {
    id slug title status version summary language subtitleLanguages tags isFree difficulty durationHours
    instructors { id } prerequisites { id } faculty { id }
  }
}`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateCourseInput!) {
  updateCourse(id: $id, input: $input) { id slug title summary tags language prerequisites { id } status }
}`;
const SET_INSTRUCTORS = `mutation Set($courseId: ID!, $userIds: [ID!]!) {
  setCourseInstructors(courseId: $courseId, userIds: $userIds) { id instructors { id } }
}`;

interface CreatedCourse {
  id: string;
  slug: string;
  title: string;
  status: string;
  version: number;
  summary: string;
  language: string;
  subtitleLanguages: string[];
  tags: string[];
  isFree: boolean;
  difficulty: string;
  durationHours: number;
  instructors: { id: string }[];
  prerequisites: { id: string }[];
  faculty: { id: string };
}

const prisma = () => platform.handle.services.prisma;
const uniqueTitle = (words: string) => `${words} ${randomUUID().slice(0, 8)}`;

async function create(input: Record<string, unknown>, as: Person = owner): Promise<CreatedCourse> {
  const data = await client.ok<{ createCourse: CreatedCourse }>(CREATE, { input: { facultyId, title: uniqueTitle('Course'), ...input } }, as);
  return data.createCourse;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Olive Owner');
  facultyId = (await createFaculty(prisma())).id;
});

afterAll(async () => {
  await platform?.stop();
});

describe('createCourse', () => {
  test('creates a draft owned by the instructor, with the defaults of the catalog', async () => {
    const course = await create({ summary: 'Koine Greek from the alphabet up.' });
    expect(course).toMatchObject({ status: 'draft', version: 0, language: 'en', isFree: true, difficulty: 'beginner', durationHours: 0 });
    expect(course.instructors.map((person) => person.id)).toEqual([owner.id]);
    expect(course.faculty.id).toBe(facultyId);
    const row = await prisma().course.findUniqueOrThrow({ where: { id: course.id } });
    expect(row.ownerId).toBe(owner.id);
  });

  test('derives the slug from the title and makes it unique', async () => {
    const title = uniqueTitle('Introduction to Ancient Greek');
    const first = await create({ title });
    const second = await create({ title });
    const base = title.toLowerCase().replace(/\s+/g, '-');
    expect(first.slug).toBe(base);
    expect(second.slug).toBe(`${base}-2`);
  });

  test('derives a slug from a title without Latin letters', async () => {
    const course = await create({ title: `Ἑλληνική ${randomUUID().slice(0, 4)}` });
    expect(course.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('refuses an explicit slug another course uses with CONFLICT', async () => {
    const slug = `greek-${randomUUID().slice(0, 8)}`;
    await create({ slug });
    const before = await prisma().course.count({ where: { ownerId: owner.id } });
    expect(await client.codes(CREATE, { input: { facultyId, title: 'Another', slug } }, owner)).toEqual(['CONFLICT']);
    expect(await prisma().course.count({ where: { ownerId: owner.id } })).toBe(before);
  });

  test('normalises tags to lowercase without repeats and languages to canonical codes', async () => {
    const course = await create({ tags: [' Greek ', 'greek', 'New  Testament'], language: 'PT-br', subtitleLanguages: ['EN', 'en', 'fr'] });
    expect(course.tags).toEqual(['greek', 'new testament']);
    expect(course.language).toBe('pt-BR');
    expect(course.subtitleLanguages).toEqual(['en', 'fr']);
  });

  test('links prerequisites the author can see', async () => {
    const { course: required } = await createCourse(prisma(), { ownerId: owner.id });
    const course = await create({ prerequisiteIds: [required.id] });
    expect(course.prerequisites.map((prerequisite) => prerequisite.id)).toEqual([required.id]);
  });

  test('refuses a prerequisite that is another instructor’s draft, as if it did not exist', async () => {
    const other = await createInstructor(prisma());
    const { course: hidden } = await createCourse(prisma(), { ownerId: other.id, status: 'draft' });
    const response = await client.send(CREATE, { input: { facultyId, title: 'Needs hidden', prerequisiteIds: [hidden.id] } }, owner);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.prerequisiteIds' });
  });

  test('lets an admin create a course, and refuses a student with FORBIDDEN and the anonymous with UNAUTHENTICATED', async () => {
    const admin = await createAdmin(prisma());
    expect((await create({}, admin)).status).toBe('draft');
    const student = await createStudent(prisma());
    expect(await client.codes(CREATE, { input: { facultyId, title: 'Mine' } }, student)).toEqual(['FORBIDDEN']);
    expect(await client.codes(CREATE, { input: { facultyId, title: 'Mine' } })).toEqual(['UNAUTHENTICATED']);
    expect(await prisma().course.count({ where: { ownerId: student.id } })).toBe(0);
  });

  test('makes the new course findable by catalog search', async () => {
    const word = `zyx${randomUUID().slice(0, 6).replace(/-/g, '')}`;
    const course = await create({ summary: `All about ${word}.` });
    const rows = await prisma().$queryRaw<{ id: string }[]>`
      SELECT id::text FROM courses.course WHERE search_vector @@ plainto_tsquery('english', ${word}) AND id = ${course.id}::uuid`;
    expect(rows).toHaveLength(1);
  });
});

describe('updateCourse', () => {
  test('changes only the fields sent', async () => {
    const course = await create({ summary: 'Before.', tags: ['one'] });
    const data = await client.ok<{ updateCourse: { title: string; summary: string; tags: string[] } }>(
      UPDATE,
      { id: course.id, input: { summary: 'After.' } },
      owner,
    );
    expect(data.updateCourse).toMatchObject({ title: course.title, summary: 'After.', tags: ['one'] });
  });

  test('refuses to clear a required field with null', async () => {
    const course = await create({});
    const response = await client.send(UPDATE, { id: course.id, input: { title: null } }, owner);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  test('replaces the prerequisites and refuses the course itself', async () => {
    const course = await create({});
    const { course: first } = await createCourse(prisma(), { ownerId: owner.id });
    const data = await client.ok<{ updateCourse: { prerequisites: { id: string }[] } }>(UPDATE, { id: course.id, input: { prerequisiteIds: [first.id] } }, owner);
    expect(data.updateCourse.prerequisites.map((prerequisite) => prerequisite.id)).toEqual([first.id]);
    const self = await client.send(UPDATE, { id: course.id, input: { prerequisiteIds: [course.id] } }, owner);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.prerequisiteIds' });
  });

  test('refuses a prerequisite that would close a loop, naming the course that already requires this one', async () => {
    const a = await create({ title: uniqueTitle('Loop A') });
    const b = await create({ title: uniqueTitle('Loop B'), prerequisiteIds: [a.id] });
    const c = await create({ title: uniqueTitle('Loop C'), prerequisiteIds: [b.id] });
    const response = await client.send(UPDATE, { id: a.id, input: { prerequisiteIds: [c.id] } }, owner);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(c.title);
    expect(await prisma().coursePrerequisite.count({ where: { courseId: a.id } })).toBe(0);
  });

  test('changes a published course live, without moving its version', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id });
    const data = await client.ok<{ updateCourse: { title: string; status: string } }>(UPDATE, { id: course.id, input: { title: 'Live Title' } }, owner);
    expect(data.updateCourse).toMatchObject({ title: 'Live Title', status: 'published' });
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).version).toBe(course.version);
  });

  test('refuses changes while the course waits for review and once it is archived, with CONFLICT', async () => {
    const { course: inReview } = await createCourse(prisma(), { ownerId: owner.id, status: 'in_review' });
    expect(await client.codes(UPDATE, { id: inReview.id, input: { title: 'Sneaky' } }, owner)).toEqual(['CONFLICT']);
    const { course: archived } = await createCourse(prisma(), { ownerId: owner.id, status: 'archived' });
    expect(await client.codes(UPDATE, { id: archived.id, input: { title: 'Sneaky' } }, owner)).toEqual(['CONFLICT']);
    expect((await prisma().course.findUniqueOrThrow({ where: { id: inReview.id } })).title).toBe(inReview.title);
  });

  test('refuses a slug another course uses with CONFLICT and keeps the old one', async () => {
    const taken = await create({});
    const course = await create({});
    expect(await client.codes(UPDATE, { id: course.id, input: { slug: taken.slug } }, owner)).toEqual(['CONFLICT']);
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).slug).toBe(course.slug);
  });
});

describe('setCourseInstructors', () => {
  test('lists co-instructors in the given order after the owner, and lets them edit', async () => {
    const course = await create({});
    const [first, second] = [await createInstructor(prisma()), await createInstructor(prisma())];
    const data = await client.ok<{ setCourseInstructors: { instructors: { id: string }[] } }>(
      SET_INSTRUCTORS,
      { courseId: course.id, userIds: [second!.id, first!.id] },
      owner,
    );
    expect(data.setCourseInstructors.instructors.map((person) => person.id)).toEqual([owner.id, second!.id, first!.id]);
    await client.ok(UPDATE, { id: course.id, input: { summary: 'Co-written.' } }, first);
  });

  test('refuses a co-instructor changing the team with FORBIDDEN', async () => {
    const course = await create({});
    const co = await createInstructor(prisma());
    await client.ok(SET_INSTRUCTORS, { courseId: course.id, userIds: [co.id] }, owner);
    expect(await client.codes(SET_INSTRUCTORS, { courseId: course.id, userIds: [] }, co)).toEqual(['FORBIDDEN']);
    expect(await prisma().courseInstructor.count({ where: { courseId: course.id } })).toBe(1);
  });

  test('refuses listing the owner or the same person twice', async () => {
    const course = await create({});
    const co = await createInstructor(prisma());
    expect(await client.codes(SET_INSTRUCTORS, { courseId: course.id, userIds: [owner.id] }, owner)).toEqual(['BAD_USER_INPUT']);
    expect(await client.codes(SET_INSTRUCTORS, { courseId: course.id, userIds: [co.id, co.id] }, owner)).toEqual(['BAD_USER_INPUT']);
    expect(await prisma().courseInstructor.count({ where: { courseId: course.id } })).toBe(0);
  });
});
