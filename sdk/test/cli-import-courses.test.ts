// `scrollforge import-courses` against the platform: drafts with modules and lectures from CSV and
// JSON, taken slugs skipped, and a bad file refused by line with nothing created.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { originOf, runCli } from './support/run-cli';

let platform: TestPlatform;
let prisma: PrismaClient;
let instructor: Person;
let facultySlug: string;
const folder = mkdtempSync(path.join(tmpdir(), 'sdk-import-courses-'));

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  instructor = await createPerson(prisma, { roles: ['student', 'instructor'] });
  facultySlug = `faculty-${randomUUID().slice(0, 8)}`;
  await prisma.faculty.create({ data: { slug: facultySlug, name: 'Import Test Faculty' } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

function fileWith(name: string, content: string): string {
  const file = path.join(folder, `${randomUUID().slice(0, 8)}-${name}`);
  writeFileSync(file, content);
  return file;
}

const slugOf = (label: string) => `import-${label}-${randomUUID().slice(0, 8)}`;
const importFile = (file: string, token = instructor.token) =>
  runCli(['import-courses', file], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_TOKEN: token } });

async function syllabusOf(slug: string) {
  const course = await prisma.course.findUnique({
    where: { slug },
    select: {
      title: true,
      status: true,
      ownerId: true,
      difficulty: true,
      tags: true,
      modules: { orderBy: { position: 'asc' }, select: { title: true, lectures: { orderBy: { position: 'asc' }, select: { title: true, kind: true, videoUrl: true, durationSeconds: true } } } },
    },
  });
  return course;
}

test('a CSV file becomes draft courses with their modules and lectures in file order', async () => {
  const greek = slugOf('greek');
  const hebrew = slugOf('hebrew');
  const file = fileWith(
    'courses.csv',
    [
      'course_slug,course_title,faculty,difficulty,tags,module_title,lecture_title,lecture_kind,video_url,duration_seconds',
      `${greek},"Greek, for Beginners",${facultySlug},beginner,greek;Language,Alphabet,Letters,video,https://media.example.org/1.mp4,600`,
      `${greek},,,,,Alphabet,"Breathing marks ""and"" accents",live,,`,
      `${greek},,,,,Verbs,Present tense,,,`,
      `${hebrew},Hebrew Basics,${facultySlug},,,Reading,,,,`,
    ].join('\n'),
  );
  const result = await importFile(file);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(new RegExp(`^created ${greek} [0-9a-f-]{36} \\(2 modules, 3 lectures\\)\\ncreated ${hebrew} [0-9a-f-]{36} \\(1 modules, 0 lectures\\)\\n$`));
  expect(result.stderr).toContain('Created 2 draft course(s); skipped 0.');

  expect(await syllabusOf(greek)).toEqual({
    title: 'Greek, for Beginners',
    status: 'draft',
    ownerId: instructor.id,
    difficulty: 'beginner',
    tags: ['greek', 'language'],
    modules: [
      {
        title: 'Alphabet',
        lectures: [
          { title: 'Letters', kind: 'video', videoUrl: 'https://media.example.org/1.mp4', durationSeconds: 600 },
          { title: 'Breathing marks "and" accents', kind: 'live', videoUrl: null, durationSeconds: 0 },
        ],
      },
      { title: 'Verbs', lectures: [{ title: 'Present tense', kind: 'video', videoUrl: null, durationSeconds: 0 }] },
    ],
  });
  expect(await syllabusOf(hebrew)).toMatchObject({ title: 'Hebrew Basics', status: 'draft', modules: [{ title: 'Reading', lectures: [] }] });
}, 60_000);

test('a course whose slug is already taken is skipped and reported while the others are created', async () => {
  const taken = slugOf('taken');
  const fresh = slugOf('fresh');
  const other = await createPerson(prisma, { roles: ['student', 'instructor'] });
  const faculty = await prisma.faculty.findUniqueOrThrow({ where: { slug: facultySlug } });
  // Someone else's draft: the importer cannot even see it, yet its slug is taken.
  await prisma.course.create({ data: { slug: taken, title: 'Already Here', summary: '', facultyId: faculty.id, ownerId: other.id, status: 'draft' } });
  const file = fileWith(
    'courses.json',
    JSON.stringify([
      { slug: taken, title: 'Would Clash', faculty: facultySlug, modules: [{ title: 'One', lectures: [{ title: 'First' }] }] },
      { slug: fresh, title: 'Fresh Course', faculty: facultySlug, isFree: false, modules: [{ title: 'Intro', lectures: [{ title: 'Welcome', durationSeconds: 90 }] }] },
    ]),
  );
  const result = await importFile(file);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`skipped ${taken}: Another course already uses the slug "${taken}".`);
  expect(result.stderr).toContain(`skipped 1 (slug taken: ${taken})`);
  expect(await prisma.course.findMany({ where: { slug: taken }, select: { title: true, ownerId: true } })).toEqual([{ title: 'Already Here', ownerId: other.id }]);
  expect(await syllabusOf(fresh)).toMatchObject({ title: 'Fresh Course', ownerId: instructor.id, modules: [{ title: 'Intro', lectures: [{ title: 'Welcome', durationSeconds: 90 }] }] });
}, 60_000);

test('a CSV file with bad rows is refused with their line numbers and creates nothing', async () => {
  const good = slugOf('good');
  const bad = slugOf('bad');
  const file = fileWith(
    'bad.csv',
    [
      'course_slug,course_title,faculty,difficulty,module_title,lecture_title,video_url',
      `${good},Good Course,${facultySlug},beginner,One,First,https://media.example.org/a.mp4`,
      `${bad},Bad Course,${facultySlug},expert,One,First,`,
      `${bad},,,,One,"Second,
with a line break in its title",http://insecure.example.org/b.mp4`,
      `Not A Slug,Third,${facultySlug},,One,,`,
    ].join('\n'),
  );
  const result = await importFile(file);
  expect(result.code).toBe(2);
  const lines = result.stderr.split('\n');
  expect(lines).toContain(`${file}:3: The difficulty must be one of beginner, intermediate, advanced.`);
  expect(lines).toContain(`${file}:4: The video URL must be a full https:// link, e.g. https://media.example.org/lecture-1.mp4.`);
  // The record above spans two lines, so the next one starts on line 6.
  expect(lines.some((line) => line.startsWith(`${file}:6: The slug "Not A Slug"`))).toBe(true);
  expect(result.stderr).toContain('nothing was changed');
  expect(await prisma.course.count({ where: { slug: { in: [good, bad] } } })).toBe(0);
}, 60_000);

test('a JSON file naming an unknown faculty is refused on that course’s line and creates nothing', async () => {
  const first = slugOf('first');
  const second = slugOf('second');
  const file = fileWith(
    'unknown-faculty.json',
    JSON.stringify(
      [
        { slug: first, title: 'First', faculty: facultySlug, modules: [] },
        { slug: second, title: 'Second', faculty: 'no-such-faculty', modules: [] },
      ],
      null,
      2,
    ),
  );
  const result = await importFile(file);
  expect(result.code).toBe(2);
  // The second course's object opens on line 8 of the pretty-printed file.
  expect(result.stderr).toContain(`${file}:8: No faculty "no-such-faculty"`);
  expect(await prisma.course.count({ where: { slug: { in: [first, second] } } })).toBe(0);
}, 60_000);
