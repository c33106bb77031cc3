// Who sees graded work through the gateway: the student, their linked parents, the course's instructors
// and admins see attempts and submissions; strangers, other instructors and the anonymous are refused.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import type { PrismaClient } from '../../kit/src/db';
import { createAdmin, createInstructor, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import { SUBMIT_ATTEMPT, START_ATTEMPT, createAssignment, createQuizFixture, enroll, linkParent, type AttemptResult } from './support/assessment';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;
let coInstructor: Person;
let otherInstructor: Person;
let admin: Person;
let student: Person;
let parent: Person;
let stranger: Person;
let courseId: string;
let quizId: string;
let attemptId: string;
let assignmentId: string;
let submissionId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Visibility Owner');
  coInstructor = await createInstructor(prisma, 'Visibility Co-teacher');
  otherInstructor = await createInstructor(prisma, 'Elsewhere Instructor');
  admin = await createAdmin(prisma);
  student = await createStudent(prisma, 'Visible Student');
  parent = await createPerson(prisma, { roles: ['parent'], displayName: 'Linked Parent' });
  stranger = await createStudent(prisma, 'Curious Stranger');
  await linkParent(prisma, parent.id, student.id);

  const fixture = await createQuizFixture(prisma, { ownerId: owner.id, instructorIds: [coInstructor.id] });
  courseId = fixture.course.id;
  quizId = fixture.quiz.id;
  await enroll(prisma, courseId, student.id);
  const started = await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId }, { token: student.token });
  attemptId = started.data!.startQuizAttempt.id;
  await platform.graphql(SUBMIT_ATTEMPT, { attemptId }, { token: student.token });

  const assignment = await createAssignment(prisma, { courseId, moduleId: fixture.moduleId });
  assignmentId = assignment.id;
  const submitted = await platform.graphql<{ submitAssignment: { id: string } }>(
    'mutation S($id: ID!) { submitAssignment(assignmentId: $id, body: "My private essay") { id } }',
    { id: assignmentId },
    { token: student.token },
  );
  submissionId = submitted.data!.submitAssignment.id;
});

afterAll(async () => {
  await platform?.stop();
});

const ATTEMPT = 'query A($id: ID!) { quizAttempt(id: $id) { id status score student { id } } }';
const SUBMISSION = 'query S($id: ID!) { assignmentSubmission(id: $id) { id body student { id } } }';
const QUIZ_ATTEMPTS = `query C($id: ID!) { course(id: $id) { modules { quizzes { attempts(first: 10) { totalCount edges { node { id student { id } } } } } } } }`;
const SUBMISSIONS = `query C($id: ID!) { course(id: $id) { modules { assignments { submissions { id body } } } } }`;

const ALLOWED = ['the student', 'a linked parent', 'the owner', 'a co-instructor', 'an admin'];
const REFUSED = ['a stranger', 'an instructor of another course'];
const who = (name: string): Person =>
  ({
    'the student': student,
    'a linked parent': parent,
    'the owner': owner,
    'a co-instructor': coInstructor,
    'an admin': admin,
    'a stranger': stranger,
    'an instructor of another course': otherInstructor,
  })[name]!;

test.each(ALLOWED)('%s sees the attempt', async (name) => {
  const person = who(name);
  const response = await platform.graphql<{ quizAttempt: { id: string; student: { id: string } } }>(ATTEMPT, { id: attemptId }, { token: person.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.quizAttempt).toMatchObject({ id: attemptId, student: { id: student.id } });
});

test.each(REFUSED)('%s is refused the attempt', async (name) => {
  const person = who(name);
  const response = await platform.graphql(ATTEMPT, { id: attemptId }, { token: person.token });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(response.data)).not.toContain(student.id);
});

test('the anonymous are asked to sign in for an attempt', async () => {
  expect(errorCodes(await platform.graphql(ATTEMPT, { id: attemptId }))).toEqual(['UNAUTHENTICATED']);
});

test.each(ALLOWED)('%s sees the assignment submission', async (name) => {
  const person = who(name);
  const response = await platform.graphql<{ assignmentSubmission: { body: string } }>(SUBMISSION, { id: submissionId }, { token: person.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.assignmentSubmission.body).toBe('My private essay');
});

test.each(REFUSED)('%s is refused the assignment submission', async (name) => {
  const person = who(name);
  const response = await platform.graphql(SUBMISSION, { id: submissionId }, { token: person.token });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(response)).not.toContain('My private essay');
});

test('the course’s instructors list every attempt of a quiz with a total', async () => {
  const response = await platform.graphql<{ course: { modules: { quizzes: { attempts: { totalCount: number; edges: { node: { id: string } }[] } }[] }[] } }>(
    QUIZ_ATTEMPTS,
    { id: courseId },
    { token: coInstructor.token },
  );
  expect(response.errors).toBeUndefined();
  const attempts = response.data?.course.modules[0]?.quizzes[0]?.attempts;
  expect(attempts?.totalCount).toBe(1);
  expect(attempts?.edges.map((edge) => edge.node.id)).toEqual([attemptId]);
});

test('students and other instructors cannot list a quiz’s attempts', async () => {
  for (const person of [student, otherInstructor]) {
    const response = await platform.graphql(QUIZ_ATTEMPTS, { id: courseId }, { token: person.token });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  }
});

test('only the course’s instructors list an assignment’s submissions', async () => {
  const asOwner = await platform.graphql<{ course: { modules: { assignments: { submissions: { id: string }[] }[] }[] } }>(
    SUBMISSIONS,
    { id: courseId },
    { token: owner.token },
  );
  expect(asOwner.data?.course.modules[0]?.assignments[0]?.submissions.map((submission) => submission.id)).toEqual([submissionId]);
  const asStudent = await platform.graphql(SUBMISSIONS, { id: courseId }, { token: student.token });
  expect(errorCodes(asStudent)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(asStudent)).not.toContain('My private essay');
});

test('a stranger’s own attempts and submission fields stay empty rather than showing someone else’s', async () => {
  const response = await platform.graphql<{ course: { modules: { quizzes: { myAttempts: unknown[] }[]; assignments: { mySubmission: unknown }[] }[] } }>(
    'query C($id: ID!) { course(id: $id) { modules { quizzes { myAttempts { id } } assignments { mySubmission { id } } } } }',
    { id: courseId },
    { token: stranger.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.course.modules[0]?.quizzes[0]?.myAttempts).toEqual([]);
  expect(response.data?.course.modules[0]?.assignments[0]?.mySubmission).toBeNull();
});
