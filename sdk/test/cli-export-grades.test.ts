// `scrollforge export-grades` against the platform: each student's best graded quiz attempt (found
// across pages of attempts) and graded assignments, as properly escaped CSV.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { parseCsv } from '../src/csv/csv';
import { originOf, runCli } from './support/run-cli';

let platform: TestPlatform;
let prisma: PrismaClient;
let instructor: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  instructor = await createPerson(prisma, { roles: ['student', 'instructor'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const exportGrades = (args: string[], token: string) => runCli(['export-grades', ...args], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_TOKEN: token } });

interface Gradebook {
  courseId: string;
  quizId: string;
  assignmentId: string;
  abel: Person;
  bea: Person;
}

/**
 * Abel sat the quiz 105 times: his best (9/10) is his first, which the attempts list (latest first)
 * shows only on its second page. Bea has one graded attempt, one in progress and a graded assignment;
 * Cy's assignment is not graded yet, so Cy has no row.
 */
async function createGradebook(): Promise<Gradebook> {
  const { course, modules } = await createCourse(prisma, { ownerId: instructor.id, title: 'Gradebook Course', modules: [{ title: 'Week 1, "Basics"', lectures: 1 }] });
  const moduleId = modules[0]!.id;
  const quiz = await prisma.quiz.create({ data: { courseId: course.id, moduleId, position: 0, title: '=SUM(A1)' } });
  const assignment = await prisma.assignment.create({ data: { courseId: course.id, moduleId, position: 1, title: 'Essay', points: 10 } });
  const abel = await createPerson(prisma, { displayName: 'Abel, "Q" Smith' });
  const bea = await createPerson(prisma, { displayName: 'Bea' });
  const cy = await createPerson(prisma, { displayName: 'Cy' });
  const start = Date.parse('2026-01-01T00:00:00Z');
  const graded = (userId: string, number: number, score: number) => ({
    quizId: quiz.id,
    userId,
    courseId: course.id,
    number,
    status: 'graded' as const,
    layout: [],
    startedAt: new Date(start + number * 60_000),
    submittedAt: new Date(start + number * 60_000 + 30_000),
    gradedAt: new Date(start + number * 60_000 + 30_000),
    score,
    maxScore: 10,
    scorePercent: score * 10,
  });
  await prisma.quizAttempt.createMany({ data: Array.from({ length: 105 }, (_, index) => graded(abel.id, index + 1, index === 0 ? 9 : 5)) });
  await prisma.quizAttempt.createMany({
    data: [graded(bea.id, 1, 7), { quizId: quiz.id, userId: bea.id, courseId: course.id, number: 2, status: 'in_progress', layout: [], maxScore: 10 }],
  });
  await prisma.assignmentSubmission.create({ data: { assignmentId: assignment.id, userId: bea.id, body: 'My essay.', score: 8, gradedAt: new Date('2026-01-03T00:00:00Z') } });
  await prisma.assignmentSubmission.create({ data: { assignmentId: assignment.id, userId: cy.id, body: 'Not graded yet.' } });
  return { courseId: course.id, quizId: quiz.id, assignmentId: assignment.id, abel, bea };
}

test('the gradebook lists each student’s best graded attempt across pages and their graded assignments', async () => {
  const book = await createGradebook();
  const result = await exportGrades([book.courseId], instructor.token);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain('Exported 3 grade(s) of "Gradebook Course".');
  const rows = parseCsv(result.stdout).map((record) => record.fields);
  expect(rows).toEqual([
    ['student_id', 'student_name', 'module', 'item_type', 'item_id', 'item_title', 'score', 'max_score', 'percent', 'graded_at'],
    [book.abel.id, 'Abel, "Q" Smith', 'Week 1, "Basics"', 'quiz', book.quizId, "'=SUM(A1)", '9', '10', '90', '2026-01-01T00:01:30.000Z'],
    [book.bea.id, 'Bea', 'Week 1, "Basics"', 'quiz', book.quizId, "'=SUM(A1)", '7', '10', '70', '2026-01-01T00:01:30.000Z'],
    [book.bea.id, 'Bea', 'Week 1, "Basics"', 'assignment', book.assignmentId, 'Essay', '8', '10', '80', '2026-01-03T00:00:00.000Z'],
  ]);
  // Fields with commas and quotes are quoted, quotes doubled, lines end in CRLF.
  expect(result.stdout.split('\r\n')[1]).toBe(`${book.abel.id},"Abel, ""Q"" Smith","Week 1, ""Basics""",quiz,${book.quizId},'=SUM(A1),9,10,90,2026-01-01T00:01:30.000Z`);
}, 90_000);

test('--out writes the CSV to a file and refuses to overwrite one', async () => {
  const book = await createGradebook();
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'sdk-grades-')), 'grades.csv');
  const first = await exportGrades([book.courseId, '--out', out], instructor.token);
  expect(first.code).toBe(0);
  expect(first.stdout).toBe('');
  expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(4);
  const second = await exportGrades([book.courseId, '--out', out], instructor.token);
  expect(second.code).toBe(2);
  expect(second.stderr).toContain(`${out} already exists`);
}, 90_000);

test('a student exporting a course they do not teach is refused with FORBIDDEN and exit code 1', async () => {
  const book = await createGradebook();
  const result = await exportGrades([book.courseId], book.bea.token);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[FORBIDDEN]');
  expect(result.stdout).toBe('');
}, 90_000);
