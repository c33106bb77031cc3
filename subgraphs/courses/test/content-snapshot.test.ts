// The snapshot a CourseContentPublished event carries, read straight from a course on the test
// database: what the published version teaches, in teaching order, with captions standing in for
// missing transcripts and nothing archived.
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { testDatabaseUrl } from '../../kit/src/testing/test-database-url';
import { createPerson } from '../../../scripts/platform/test-people';
import { courseContentSnapshot } from '../src/authoring/content-snapshot';
import { createCourse } from './support/courses';

let prisma: PrismaClient;

beforeAll(() => {
  prisma = createPrismaClient({ url: testDatabaseUrl() });
});

afterAll(async () => {
  await prisma?.$disconnect();
});

const instructor = () => createPerson(prisma, { roles: ['instructor'] });
const captions = (text: string) => `WEBVTT\n\n1\n00:00:00.000 --> 00:00:03.000\n<v Teacher>${text}</v>\n`;

test('lists current lectures and readings in module and lecture order, each with its module title and a course-wide position', async () => {
  const owner = await instructor();
  const { course, modules } = await createCourse(prisma, {
    ownerId: owner.id,
    modules: [
      { title: 'Foundations', lectures: 2, readings: 1 },
      { title: 'Archived module', lectures: 1, readings: 1 },
      { title: 'Practice', lectures: 2, readings: 2 },
    ],
  });
  const [foundations, archived, practice] = modules;
  await prisma.module.update({ where: { id: archived!.id }, data: { archivedAt: new Date() } });
  await prisma.lecture.update({ where: { id: practice!.lectureIds[0]! }, data: { archivedAt: new Date() } });
  await prisma.reading.update({ where: { id: practice!.readingIds[1]! }, data: { archivedAt: new Date() } });
  // Positions need not start at 0 nor be contiguous; the order is what counts.
  await prisma.lecture.update({ where: { id: foundations!.lectureIds[0]! }, data: { position: 7 } });

  const snapshot = await courseContentSnapshot(prisma, course.id);

  expect(snapshot.lectures.map(({ id, moduleTitle, position }) => ({ id, moduleTitle, position }))).toEqual([
    { id: foundations!.lectureIds[1], moduleTitle: 'Foundations', position: 0 },
    { id: foundations!.lectureIds[0], moduleTitle: 'Foundations', position: 1 },
    { id: practice!.lectureIds[1], moduleTitle: 'Practice', position: 2 },
  ]);
  expect(snapshot.readings.map(({ id, moduleTitle, body }) => ({ id, moduleTitle, body }))).toEqual([
    { id: foundations!.readingIds[0], moduleTitle: 'Foundations', body: 'Read this.' },
    { id: practice!.readingIds[0], moduleTitle: 'Practice', body: 'Read this.' },
  ]);
  expect(snapshot).toMatchObject({ courseId: course.id, version: 1, title: course.title, facultyId: course.facultyId, publishedAt: course.publishedAt!.toISOString() });
});

test('a lecture without a transcript is known by its English captions; one with a transcript keeps it; one with neither is empty', async () => {
  const owner = await instructor();
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 3 }] });
  const [captioned, transcribed, silent] = modules[0]!.lectureIds;
  await prisma.lecture.updateMany({ where: { id: { in: [captioned!, silent!] } }, data: { transcript: '' } });
  await prisma.lectureCaption.createMany({
    data: [
      { lectureId: captioned!, language: 'de', vtt: captions('Gnade ist unverdient.') },
      { lectureId: captioned!, language: 'en', vtt: captions('Grace is unearned.') },
      { lectureId: transcribed!, language: 'en', vtt: captions('Not what the transcript says.') },
    ],
  });

  const transcripts = new Map((await courseContentSnapshot(prisma, course.id)).lectures.map((lecture) => [lecture.id, lecture.transcript]));

  expect(transcripts.get(captioned!)).toBe('Grace is unearned.');
  expect(transcripts.get(transcribed!)).toBe('A transcript for a test lecture.');
  expect(transcripts.get(silent!)).toBe('');
});

test('names the owner first and then the co-instructors in teaching order', async () => {
  const [owner, second, first] = [await instructor(), await instructor(), await instructor()];
  const { course } = await createCourse(prisma, { ownerId: owner.id, instructorIds: [first.id, second.id] });
  expect((await courseContentSnapshot(prisma, course.id)).instructorIds).toEqual([owner.id, first.id, second.id]);
});

test('refuses a course that was never published', async () => {
  const owner = await instructor();
  const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  await expect(courseContentSnapshot(prisma, course.id)).rejects.toThrow(/not been published/);
});
