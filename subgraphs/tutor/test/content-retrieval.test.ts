// Finding the course material a question is about: ranking, the session lecture's boost, the fallback
// to the lecture's opening, course isolation, and one SQL statement per search.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import type { RetrievedPassage } from '../src/content/passage';
import { citationsFor, courseOfLecture, lecturePassages, questionTsQuery, retrievePassages, SESSION_LECTURE_BOOST } from '../src/content/retrieval';
import { courseContent, lectureContent, publishCourseContent, readingContent } from './support/course-material';

let services: TestServices;
let prisma: PrismaClient;
let statements: string[] | null = null;

beforeAll(() => {
  services = createTestServices({ onQuery: (sql) => statements?.push(sql) });
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

// Lecture titles carry none of the words the questions below ask about, so the text decides.
const LIGHT = 'Chlorophyll absorbs red and blue light and reflects green light, which is why leaves look green.';
const WATER = 'Roots take up water from the soil, and the water travels up the stem to the leaves.';
const CHLOROPHYLL_ONLY = 'Chlorophyll is found in the chloroplasts of plant cells.';
const GAS = 'Leaves exchange carbon dioxide and oxygen through small pores called stomata.';

async function plantCourse() {
  const first = lectureContent({ title: 'Week One', moduleTitle: 'Plants', position: 0, transcript: WATER });
  const second = lectureContent({ title: 'Week Two', moduleTitle: 'Plants', position: 1, transcript: CHLOROPHYLL_ONLY });
  const third = lectureContent({ title: 'Week Three', moduleTitle: 'Plants', position: 2, transcript: LIGHT });
  const fourth = lectureContent({ title: 'Week Four', moduleTitle: 'Plants', position: 3, transcript: GAS });
  const content = courseContent({ lectures: [first, second, third, fourth] });
  await publishCourseContent(prisma, content);
  return { content, first, second, third, fourth };
}

const texts = (passages: RetrievedPassage[]) => passages.map((passage) => passage.text);

test('the passage containing the most of the question\'s words ranks first', async () => {
  const { content, third } = await plantCourse();
  const found = await retrievePassages(prisma, { courseId: content.courseId, query: 'Why does chlorophyll absorb the blue light?' });
  expect(found[0]).toMatchObject({ text: LIGHT, lectureId: third.id, sourceTitle: 'Week Three', moduleTitle: 'Plants', courseId: content.courseId });
  expect(texts(found)).toEqual([LIGHT, CHLOROPHYLL_ONLY]);
  expect(found[0]!.rank).toBeGreaterThan(found[1]!.rank);
});

test('a question matches on any of its words, stemmed and as prefixes', async () => {
  const { content } = await plantCourse();
  // "stomatal" is not in the text and "exchanging" only as "exchange": any one word is enough.
  expect(texts(await retrievePassages(prisma, { courseId: content.courseId, query: 'What is stomatal exchanging?' }))).toEqual([GAS]);
  // A word typed half-way finds the whole one.
  expect(texts(await retrievePassages(prisma, { courseId: content.courseId, query: 'chloroplas' }))).toEqual([CHLOROPHYLL_ONLY]);
});

test('passages of the session\'s lecture are boosted above equally matching ones', async () => {
  const wording = 'Mitosis divides one cell into two identical daughter cells.';
  const alpha = lectureContent({ title: 'Alpha', transcript: wording });
  const beta = lectureContent({ title: 'Beta', transcript: wording });
  const content = courseContent({ lectures: [alpha, beta] });
  await publishCourseContent(prisma, content);

  const unboosted = await retrievePassages(prisma, { courseId: content.courseId, query: 'mitosis daughter cells' });
  expect(unboosted.map((passage) => passage.lectureId)).toEqual([alpha.id, beta.id]);
  expect(unboosted[0]!.rank).toBeCloseTo(unboosted[1]!.rank);

  const boosted = await retrievePassages(prisma, { courseId: content.courseId, lectureId: beta.id, query: 'mitosis daughter cells' });
  expect(boosted.map((passage) => passage.lectureId)).toEqual([beta.id, alpha.id]);
  expect(boosted[0]!.rank).toBeCloseTo(boosted[1]!.rank * SESSION_LECTURE_BOOST);
});

test('when nothing matches, the session lecture\'s first passages stand in with rank 0', async () => {
  const transcript = Array.from({ length: 40 }, (_, index) => `Part ${index + 1} of the story of the harbour and its boats.`).join(' ');
  const lecture = lectureContent({ title: 'Harbours', transcript });
  const content = courseContent({ lectures: [lecture, lectureContent({ title: 'Other', transcript: 'Something else entirely.' })] });
  await publishCourseContent(prisma, content);
  const all = await lecturePassages(prisma, lecture.id);
  expect(all.length).toBeGreaterThan(2);

  const found = await retrievePassages(prisma, { courseId: content.courseId, lectureId: lecture.id, query: 'quasars and pulsars', limit: 2 });
  expect(found.map((passage) => passage.id)).toEqual(all.slice(0, 2).map((passage) => passage.id));
  expect(found.map((passage) => passage.rank)).toEqual([0, 0]);
});

test('when nothing matches and there is no session lecture, nothing is returned', async () => {
  const { content } = await plantCourse();
  expect(await retrievePassages(prisma, { courseId: content.courseId, query: 'quasars and pulsars' })).toEqual([]);
  // A question of nothing but filler words searches for nothing.
  expect(await retrievePassages(prisma, { courseId: content.courseId, query: 'What is it? Can you explain?' })).toEqual([]);
});

test('another course\'s material is never returned, even for its lecture', async () => {
  const ours = await plantCourse();
  const theirs = lectureContent({ title: 'Their Lecture', transcript: 'Chlorophyll, light and water are covered in this other course.' });
  const other = courseContent({ lectures: [theirs] });
  await publishCourseContent(prisma, other);

  const found = await retrievePassages(prisma, { courseId: ours.content.courseId, query: 'chlorophyll light water', limit: 10 });
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((passage) => passage.courseId === ours.content.courseId)).toBe(true);
  // The other course's lecture as the "session lecture" of this course: no boost, no fallback.
  expect(await retrievePassages(prisma, { courseId: ours.content.courseId, lectureId: theirs.id, query: 'quasars' })).toEqual([]);
});

test('at most `limit` passages are returned, four by default', async () => {
  const lectures = Array.from({ length: 6 }, (_, index) =>
    lectureContent({ title: `Session ${index}`, position: index, transcript: `Volcanoes erupt when magma rises, case ${index}.` }),
  );
  const content = courseContent({ lectures });
  await publishCourseContent(prisma, content);
  expect(await retrievePassages(prisma, { courseId: content.courseId, query: 'volcano magma' })).toHaveLength(4);
  expect(await retrievePassages(prisma, { courseId: content.courseId, query: 'volcano magma', limit: 2 })).toHaveLength(2);
});

test('a search is one SQL statement, whatever the course holds', async () => {
  const { content, third } = await plantCourse();
  statements = [];
  try {
    await retrievePassages(prisma, { courseId: content.courseId, lectureId: third.id, query: 'chlorophyll light water', limit: 10 });
    await retrievePassages(prisma, { courseId: content.courseId, lectureId: third.id, query: 'nothing matches this' });
    expect(statements).toHaveLength(2);
  } finally {
    statements = null;
  }
});

test('readings are found too and say so by having no lecture', async () => {
  const reading = readingContent({ title: 'Glossary', body: '## Terms\n\n**Xylem** carries water; phloem carries sugars.' });
  const content = courseContent({ readings: [reading] });
  await publishCourseContent(prisma, content);
  const [found] = await retrievePassages(prisma, { courseId: content.courseId, query: 'what does phloem do' });
  expect(found).toMatchObject({ lectureId: null, readingId: reading.id, sourceTitle: 'Glossary' });
});

test('a lecture\'s passages come back in order, and the lecture knows its course', async () => {
  const transcript = Array.from({ length: 30 }, (_, index) => `Step ${index + 1} of building a bridge is described here in some detail.`).join(' ');
  const lecture = lectureContent({ title: 'Bridges', transcript });
  const content = courseContent({ title: 'Engineering', lectures: [lecture] });
  await publishCourseContent(prisma, content);

  const passages = await lecturePassages(prisma, lecture.id);
  expect(passages.map((passage) => passage.text).join(' ')).toBe(transcript);
  expect((await courseOfLecture(prisma, lecture.id))?.title).toBe('Engineering');
  expect(await courseOfLecture(prisma, randomUUID())).toBeNull();
  expect(await lecturePassages(prisma, randomUUID())).toEqual([]);
});

test('citations name each source once, in rank order', () => {
  const passage = (lectureId: string | null, readingId: string | null, sourceTitle: string): RetrievedPassage => ({
    id: randomUUID(), courseId: 'c', lectureId, readingId, sourceTitle, moduleTitle: 'M', text: 't', rank: 1,
  });
  const lectureA = randomUUID();
  const lectureB = randomUUID();
  const reading = randomUUID();
  expect(citationsFor([passage(lectureB, null, 'B'), passage(lectureA, null, 'A'), passage(lectureB, null, 'B'), passage(null, reading, 'R')])).toEqual([
    { lectureId: lectureB, readingId: null, title: 'B' },
    { lectureId: lectureA, readingId: null, title: 'A' },
    { lectureId: null, readingId: reading, title: 'R' },
  ]);
});

test('the question becomes an OR of its significant words as prefixes, with no tsquery syntax from the student', () => {
  expect(questionTsQuery('Can you explain why the chlorophyll absorbs light?')).toBe('chlorophyll:* | absorbs:* | light:*');
  expect(questionTsQuery("photosynthesis' & !(x | y):* <-> 'z")).toBe('photosynthesis:*');
});
