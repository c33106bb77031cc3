// The demo seed's course catalog, seeded twice into a database of its own: what it holds, that every
// question is well formed, that transcripts are real text, that the catalog search finds them, and
// that each course announces its content to the tutor domain as an approval would.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { DEMO_INSTRUCTOR_EMAIL } from '../../../scripts/seed/seed-demo-courses';
import { QUESTION_TYPES, readAnswerKey, readOptions, rubricSchema } from '../src/question-spec';
import { searchCatalog } from '../src/catalog/catalog-search';
import type { CourseContentPublished } from '../src/authoring/content-snapshot';

let database: ScratchDatabase;
let seededFirst: boolean;
let seededAgain: boolean;
let countsAfterFirst: Record<string, number>;

async function contentCounts(): Promise<Record<string, number>> {
  const prisma = database.prisma;
  return {
    faculties: await prisma.faculty.count(),
    courses: await prisma.course.count(),
    modules: await prisma.module.count(),
    lectures: await prisma.lecture.count(),
    readings: await prisma.reading.count(),
    assignments: await prisma.assignment.count(),
    quizzes: await prisma.quiz.count(),
    questions: await prisma.question.count(),
    prerequisites: await prisma.coursePrerequisite.count(),
  };
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_seed');
  seededFirst = await seedDemoData(database.prisma);
  countsAfterFirst = await contentCounts();
  seededAgain = await seedDemoData(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

const courses = () =>
  database.prisma.course.findMany({
    include: {
      faculty: true,
      prerequisites: true,
      modules: { include: { lectures: true, readings: true, assignments: true, quizzes: { include: { questions: true } } } },
    },
  });

test('seeds at least six published courses across the three demo faculties, owned by the demo instructor', async () => {
  const instructor = await database.prisma.user.findUniqueOrThrow({ where: { email: DEMO_INSTRUCTOR_EMAIL } });
  const seeded = await courses();
  expect(seeded.length).toBeGreaterThanOrEqual(6);
  expect(seeded.every((course) => course.status === 'published' && course.publishedAt !== null)).toBe(true);
  expect(seeded.every((course) => course.ownerId === instructor.id)).toBe(true);
  expect(new Set(seeded.map((course) => course.faculty.name))).toEqual(new Set(['Biblical Studies', 'Computer Science', 'Mathematics']));
});

test('seeding a second time writes nothing', async () => {
  expect(seededFirst).toBe(true);
  expect(seededAgain).toBe(false);
  expect(await contentCounts()).toEqual(countsAfterFirst);
});

test('each course has 2 to 4 modules with lectures and readings, an assignment with a rubric, and a quiz', async () => {
  for (const course of await courses()) {
    expect(course.modules.length).toBeGreaterThanOrEqual(2);
    expect(course.modules.length).toBeLessThanOrEqual(4);
    for (const module of course.modules) {
      expect(module.lectures.length).toBeGreaterThan(0);
      expect(module.readings.length).toBeGreaterThan(0);
    }
    const assignments = course.modules.flatMap((module) => module.assignments);
    expect(assignments.length).toBeGreaterThan(0);
    for (const assignment of assignments) {
      const rubric = rubricSchema.parse(assignment.rubric);
      expect(rubric.length).toBeGreaterThan(1);
      expect(rubric.reduce((sum, criterion) => sum + criterion.points, 0)).toBe(assignment.points);
    }
    expect(course.modules.flatMap((module) => module.quizzes).some((quiz) => quiz.questions.length > 0)).toBe(true);
  }
});

test('at least one course is paid and at least one has a prerequisite', async () => {
  const seeded = await courses();
  expect(seeded.some((course) => !course.isFree)).toBe(true);
  const withPrerequisite = seeded.find((course) => course.prerequisites.length > 0);
  expect(withPrerequisite).toBeDefined();
  expect(seeded.map((course) => course.id)).toContain(withPrerequisite!.prerequisites[0]!.requiredCourseId);
});

test('the quizzes use every question type, with short answers checked by accepted answers, a pattern and a numeric tolerance', async () => {
  const questions = await database.prisma.question.findMany();
  expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
  const shortAnswerKeys = questions
    .map((question) => readAnswerKey(question.type, question.answerKey))
    .flatMap((read) => (read.type === 'short_answer' ? [read.key] : []));
  expect(shortAnswerKeys.some((key) => key.acceptedAnswers.length > 0)).toBe(true);
  expect(shortAnswerKeys.some((key) => key.pattern !== undefined)).toBe(true);
  expect(shortAnswerKeys.some((key) => key.numeric !== undefined && key.numeric.tolerance > 0)).toBe(true);
});

test('every answer key parses, choice keys name existing options, patterns compile, and essays carry a rubric', async () => {
  for (const question of await database.prisma.question.findMany()) {
    const read = readAnswerKey(question.type, question.answerKey);
    const optionIds = readOptions(question.options).map((option) => option.id);
    switch (read.type) {
      case 'multiple_choice_single':
        expect(read.key.correctOptionIds).toHaveLength(1);
        expect(optionIds).toEqual(expect.arrayContaining(read.key.correctOptionIds));
        break;
      case 'multiple_choice_multi':
        expect(read.key.correctOptionIds.length).toBeGreaterThan(1);
        expect(optionIds).toEqual(expect.arrayContaining(read.key.correctOptionIds));
        break;
      case 'true_false':
        expect(optionIds).toEqual([]);
        break;
      case 'short_answer':
        if (read.key.pattern) {
          const pattern = new RegExp(read.key.pattern, 'i');
          // Each pattern accepts the answers listed beside it.
          for (const accepted of read.key.acceptedAnswers) expect(pattern.test(accepted)).toBe(true);
        }
        if (read.key.numeric) {
          const { value, tolerance } = read.key.numeric;
          for (const accepted of read.key.acceptedAnswers.map(Number).filter(Number.isFinite)) {
            expect(Math.abs(accepted - value)).toBeLessThanOrEqual(tolerance);
          }
        }
        break;
      case 'essay':
        expect(read.key.rubric.length).toBeGreaterThan(1);
        break;
    }
  }
});

test('every question is classified by grade, subject, topic, difficulty and tags, and explained', async () => {
  for (const question of await database.prisma.question.findMany()) {
    expect(question.grade).toEqual(expect.any(Number));
    expect(question.subject).not.toBe('');
    expect(question.topic).not.toBe('');
    expect(['beginner', 'intermediate', 'advanced']).toContain(question.difficulty);
    expect(question.tags.length).toBeGreaterThan(0);
    expect(question.explanation).not.toBe('');
  }
});

test('every lecture has a transcript of several real paragraphs', async () => {
  for (const lecture of await database.prisma.lecture.findMany()) {
    const paragraphs = lecture.transcript.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 0);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const paragraph of paragraphs) expect(paragraph.split(/\s+/).length).toBeGreaterThanOrEqual(40);
  }
});

test('a word that appears only in a course’s lecture transcripts finds that course in the catalog', async () => {
  for (const course of await courses()) {
    const elsewhere = `${course.title} ${course.summary} ${course.description}`.toLowerCase();
    const transcript = course.modules.flatMap((module) => module.lectures).map((lecture) => lecture.transcript).join(' ');
    const word = transcript
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((candidate) => candidate.length >= 9 && !elsewhere.includes(candidate))
      .sort((a, b) => b.length - a.length)[0];
    expect(word).toBeDefined();
    const page = await searchCatalog(database.prisma, { search: word });
    expect(page.edges.map((edge) => edge.courseId)).toContain(course.id);
  }
});

test('each seeded course announces its content once, with every lecture’s transcript and every reading', async () => {
  const rows = await database.prisma.coursesOutboxEvent.findMany({ where: { type: 'CourseContentPublished' } });
  const announced = new Map(rows.map((row) => row.payload as unknown as CourseContentPublished).map((payload) => [payload.courseId, payload]));
  expect(rows).toHaveLength(announced.size);
  const seeded = await courses();
  expect([...announced.keys()].sort()).toEqual(seeded.map((course) => course.id).sort());
  for (const course of seeded) {
    const payload = announced.get(course.id)!;
    expect(payload).toMatchObject({ version: course.version, title: course.title, facultyId: course.facultyId, instructorIds: [course.ownerId] });
    expect(payload.publishedAt).toBe(course.publishedAt!.toISOString());
    const modules = [...course.modules].sort((a, b) => a.position - b.position);
    const lectures = modules.flatMap((module) => [...module.lectures].sort((a, b) => a.position - b.position));
    expect(payload.lectures.map((lecture) => [lecture.id, lecture.transcript])).toEqual(lectures.map((lecture) => [lecture.id, lecture.transcript]));
    expect(payload.lectures.every((lecture) => lecture.transcript.length > 0)).toBe(true);
    const readings = modules.flatMap((module) => [...module.readings].sort((a, b) => a.position - b.position));
    expect(payload.readings.map((reading) => [reading.id, reading.body])).toEqual(readings.map((reading) => [reading.id, reading.body]));
  }
});
