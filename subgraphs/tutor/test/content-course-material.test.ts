// Mirroring published course material from courses' events into the tutor's searchable passages.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { handleCourseContentPublished, handleCourseInstructorsChanged } from '../src/content/event-handlers';
import {
  changeCourseInstructors,
  courseContent,
  domainEvent,
  lectureContent,
  publishCourseContent,
  readingContent,
} from './support/course-material';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

/** Passages of the course whose search vector matches `word` (english stemming). */
async function passagesMatching(courseId: string, word: string): Promise<{ text: string }[]> {
  return prisma.$queryRaw<{ text: string }[]>`
    SELECT text FROM tutor.passage
     WHERE course_id = ${courseId}::uuid AND search_vector @@ plainto_tsquery('english', ${word})
     ORDER BY position`;
}

test('publishing a course stores the course and its transcripts and readings as passages', async () => {
  const lecture = lectureContent({ title: 'Cell Membranes', moduleTitle: 'Cells', transcript: 'The membrane is a lipid bilayer.' });
  const reading = readingContent({ title: 'Membrane Notes', moduleTitle: 'Cells', body: '## Bilayers\n\nPhospholipids have **two** tails.' });
  const content = courseContent({ title: 'Biology 101', lectures: [lecture], readings: [reading] });
  await publishCourseContent(prisma, content);

  const course = await prisma.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId } });
  expect(course).toMatchObject({ title: 'Biology 101', version: 1, facultyId: null, instructorIds: content.instructorIds });
  const passages = await prisma.tutorPassage.findMany({ where: { courseId: content.courseId }, orderBy: { sourceTitle: 'asc' } });
  expect(passages.map(({ lectureId, readingId, sourceTitle, moduleTitle, position, text }) => ({ lectureId, readingId, sourceTitle, moduleTitle, position, text }))).toEqual([
    { lectureId: lecture.id, readingId: null, sourceTitle: 'Cell Membranes', moduleTitle: 'Cells', position: 0, text: 'The membrane is a lipid bilayer.' },
    { lectureId: null, readingId: reading.id, sourceTitle: 'Membrane Notes', moduleTitle: 'Cells', position: 0, text: 'Bilayers\n\nPhospholipids have two tails.' },
  ]);
});

test('the search vector finds a word that only the transcript contains, stemmed', async () => {
  const content = courseContent({
    lectures: [lectureContent({ title: 'Week One', transcript: 'Plants are photosynthesizing all day long in the sunshine.' })],
  });
  await publishCourseContent(prisma, content);
  expect(await passagesMatching(content.courseId, 'photosynthesize')).toEqual([{ text: 'Plants are photosynthesizing all day long in the sunshine.' }]);
  expect(await passagesMatching(content.courseId, 'volcano')).toEqual([]);
});

test('the search vector also carries the lecture and module titles', async () => {
  const content = courseContent({
    lectures: [lectureContent({ title: 'Mitochondria', moduleTitle: 'Organelles', transcript: 'Today we talk about energy.' })],
  });
  await publishCourseContent(prisma, content);
  expect(await passagesMatching(content.courseId, 'mitochondria')).toHaveLength(1);
  expect(await passagesMatching(content.courseId, 'organelles')).toHaveLength(1);
});

test('a newer version replaces the old passages entirely', async () => {
  const lecture = lectureContent({ transcript: 'Old wording about glaciers.' });
  const content = courseContent({ lectures: [lecture] });
  await publishCourseContent(prisma, content);
  const oldIds = (await prisma.tutorPassage.findMany({ where: { courseId: content.courseId } })).map((passage) => passage.id);

  const facultyId = randomUUID();
  await publishCourseContent(prisma, {
    ...content,
    version: 2,
    title: 'Renamed Course',
    facultyId,
    lectures: [{ ...lecture, transcript: 'New wording about deserts.' }],
  });

  const passages = await prisma.tutorPassage.findMany({ where: { courseId: content.courseId } });
  expect(passages.map((passage) => passage.text)).toEqual(['New wording about deserts.']);
  expect(passages.some((passage) => oldIds.includes(passage.id))).toBe(false);
  expect(await prisma.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId } })).toMatchObject({ version: 2, title: 'Renamed Course', facultyId });
  expect(await passagesMatching(content.courseId, 'glaciers')).toEqual([]);
  expect(await passagesMatching(content.courseId, 'deserts')).toHaveLength(1);
});

test('an older version arriving late is ignored', async () => {
  const lecture = lectureContent({ transcript: 'Version three talks about comets.' });
  const content = courseContent({ version: 3, title: 'Astronomy', lectures: [lecture] });
  await publishCourseContent(prisma, content);

  await publishCourseContent(prisma, { ...content, version: 2, title: 'Astronomy (draft)', lectures: [{ ...lecture, transcript: 'Version two talks about asteroids.' }] });

  expect(await prisma.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId } })).toMatchObject({ version: 3, title: 'Astronomy' });
  expect((await prisma.tutorPassage.findMany({ where: { courseId: content.courseId } })).map((passage) => passage.text)).toEqual([
    'Version three talks about comets.',
  ]);
});

test('a redelivered event is handled once', async () => {
  const content = courseContent();
  const event = await publishCourseContent(prisma, content);
  // Someone edits the mirror between deliveries; a second run of the same event would overwrite it.
  await prisma.tutorCourse.update({ where: { courseId: content.courseId }, data: { title: 'Changed Meanwhile' } });
  await handleCourseContentPublished(prisma, event);
  expect((await prisma.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId } })).title).toBe('Changed Meanwhile');
});

test('a long lecture is stored as several ordered passages', async () => {
  const transcript = Array.from({ length: 40 }, (_, index) => `Sentence number ${index + 1} explains one more idea about tides and the moon.`).join(' ');
  const content = courseContent({ lectures: [lectureContent({ transcript })] });
  await publishCourseContent(prisma, content);
  const passages = await prisma.tutorPassage.findMany({ where: { courseId: content.courseId }, orderBy: { position: 'asc' } });
  expect(passages.length).toBeGreaterThan(2);
  expect(passages.map((passage) => passage.position)).toEqual(passages.map((_, index) => index));
  expect(passages.map((passage) => passage.text).join(' ')).toBe(transcript);
});

test('a malformed payload is refused loudly and stores nothing', async () => {
  const courseId = randomUUID();
  const event = domainEvent('CourseContentPublished', { courseId, version: 'one', title: 'Broken', lectures: [] });
  await expect(handleCourseContentPublished(prisma, event)).rejects.toThrow(/malformed payload/);
  expect(await prisma.tutorCourse.findUnique({ where: { courseId } })).toBeNull();
  await expect(handleCourseInstructorsChanged(prisma, domainEvent('CourseInstructorsChanged', { courseId, instructorIds: ['nope'] }))).rejects.toThrow(
    /malformed payload/,
  );
});

test('a change of instructors replaces the course\'s instructor list', async () => {
  const content = courseContent();
  await publishCourseContent(prisma, content);
  const newInstructors = [randomUUID(), randomUUID()];
  await changeCourseInstructors(prisma, { courseId: content.courseId, instructorIds: newInstructors });
  expect((await prisma.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId } })).instructorIds.sort()).toEqual([...newInstructors].sort());
});

test('a change of instructors for a course the tutor has not seen creates nothing', async () => {
  const courseId = randomUUID();
  await changeCourseInstructors(prisma, { courseId, instructorIds: [randomUUID()] });
  expect(await prisma.tutorCourse.findUnique({ where: { courseId } })).toBeNull();
});
