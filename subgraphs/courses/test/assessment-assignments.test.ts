// Assignment submissions through the gateway: submit, replace before grading, grade against the rubric,
// and no changes after grading.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import type { PrismaClient } from '../../kit/src/db';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { createAssignment, enroll } from './support/assessment';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Assignment Owner');
});

afterAll(async () => {
  await platform?.stop();
});

const SUBMISSION_FIELDS = 'id body submittedAt late score maxScore feedback gradedAt rubricScores { criterionId points } gradedBy { id }';
const SUBMIT = `mutation S($id: ID!, $body: String!) { submitAssignment(assignmentId: $id, body: $body) { ${SUBMISSION_FIELDS} } }`;
const GRADE = `mutation G($id: ID!, $scores: [RubricScoreInput!]!, $feedback: String) {
  gradeAssignmentSubmission(submissionId: $id, rubricScores: $scores, feedback: $feedback) { ${SUBMISSION_FIELDS} }
}`;
const MINE = `query C($id: ID!) { course(id: $id) { modules { assignments { id mySubmission { ${SUBMISSION_FIELDS} } } } } }`;

interface Submission {
  id: string;
  body: string;
  late: boolean;
  score: number | null;
  maxScore: number;
  feedback: string | null;
  gradedAt: string | null;
  rubricScores: { criterionId: string; points: number }[];
  gradedBy: { id: string } | null;
}

const RUBRIC = [
  { id: 'content', title: 'Content', description: '', points: 6 },
  { id: 'clarity', title: 'Clarity', description: '', points: 4 },
];

async function assignmentWithStudent(options: { dueAt?: Date; points?: number } = {}) {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
  const assignment = await createAssignment(prisma, { courseId: course.id, moduleId: modules[0]!.id, rubric: RUBRIC, points: options.points ?? 20, dueAt: options.dueAt });
  const student = await createStudent(prisma);
  await enroll(prisma, course.id, student.id);
  return { course, assignment, student };
}

async function submitAs(student: Person, assignmentId: string, body: string) {
  return platform.graphql<{ submitAssignment: Submission }>(SUBMIT, { id: assignmentId, body }, { token: student.token });
}

test('a resubmission before grading replaces the body of the same submission', async () => {
  const { assignment, student } = await assignmentWithStudent();
  const first = await submitAs(student, assignment.id, '  First draft  ');
  expect(first.errors).toBeUndefined();
  expect(first.data?.submitAssignment).toMatchObject({ body: 'First draft', score: null, maxScore: 20, late: false });
  const second = await submitAs(student, assignment.id, 'Final version');
  expect(second.data?.submitAssignment).toMatchObject({ id: first.data?.submitAssignment.id, body: 'Final version' });
  expect(await prisma.assignmentSubmission.count({ where: { assignmentId: assignment.id } })).toBe(1);
});

test('the instructor grades against the rubric and the student sees the grade as mySubmission', async () => {
  const { course, assignment, student } = await assignmentWithStudent();
  const submitted = await submitAs(student, assignment.id, 'My work');
  const graded = await platform.graphql<{ gradeAssignmentSubmission: Submission }>(
    GRADE,
    { id: submitted.data!.submitAssignment.id, scores: [{ criterionId: 'content', points: 5 }, { criterionId: 'clarity', points: 3 }], feedback: 'Clear and well argued.' },
    { token: owner.token },
  );
  expect(graded.errors).toBeUndefined();
  // 8 of 10 rubric points, scaled to the assignment's 20 points.
  expect(graded.data?.gradeAssignmentSubmission).toMatchObject({ score: 16, feedback: 'Clear and well argued.', gradedBy: { id: owner.id } });

  const mine = await platform.graphql<{ course: { modules: { assignments: { mySubmission: Submission | null }[] }[] } }>(MINE, { id: course.id }, { token: student.token });
  const own = mine.data?.course.modules[0]?.assignments[0]?.mySubmission;
  expect(own).toMatchObject({ score: 16, body: 'My work' });
  expect(own?.rubricScores).toEqual([{ criterionId: 'content', points: 5 }, { criterionId: 'clarity', points: 3 }]);
});

test('a graded submission can no longer be changed', async () => {
  const { assignment, student } = await assignmentWithStudent();
  const submitted = await submitAs(student, assignment.id, 'Done');
  await platform.graphql(GRADE, { id: submitted.data!.submitAssignment.id, scores: [{ criterionId: 'content', points: 6 }, { criterionId: 'clarity', points: 4 }] }, { token: owner.token });
  const again = await submitAs(student, assignment.id, 'Sneaky edit');
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect((await prisma.assignmentSubmission.findUniqueOrThrow({ where: { id: submitted.data!.submitAssignment.id } })).body).toBe('Done');
});

test('a submission after the due date is marked late', async () => {
  const { assignment, student } = await assignmentWithStudent({ dueAt: new Date(Date.now() - 3_600_000) });
  const submitted = await submitAs(student, assignment.id, 'Sorry, late');
  expect(submitted.data?.submitAssignment.late).toBe(true);
});

test('a student who is not enrolled cannot submit', async () => {
  const { assignment } = await assignmentWithStudent();
  const stranger = await createStudent(prisma);
  expect(errorCodes(await submitAs(stranger, assignment.id, 'Let me in'))).toEqual(['FORBIDDEN']);
  expect(await prisma.assignmentSubmission.count({ where: { assignmentId: assignment.id } })).toBe(0);
});

test('a student and another course’s instructor cannot grade a submission', async () => {
  const { assignment, student } = await assignmentWithStudent();
  const submitted = await submitAs(student, assignment.id, 'Grade me');
  const other = await createInstructor(prisma, 'Not This Course');
  const scores = [{ criterionId: 'content', points: 6 }, { criterionId: 'clarity', points: 4 }];
  for (const person of [student, other]) {
    expect(errorCodes(await platform.graphql(GRADE, { id: submitted.data!.submitAssignment.id, scores }, { token: person.token }))).toEqual(['FORBIDDEN']);
  }
  expect((await prisma.assignmentSubmission.findUniqueOrThrow({ where: { id: submitted.data!.submitAssignment.id } })).score).toBeNull();
});
