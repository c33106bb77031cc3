// An instructor's list of attempts, with every question, saved answer, grade and AI draft, costs the
// same number of SQL statements for 2 attempts as for 8. Runs in its own database so that no other
// test's events reach this platform's event bus while statements are counted.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { waitFor } from '../../kit/src/wait-for';
import type { PrismaClient } from '../../kit/src/db';
import { SAVE_ANSWERS, START_ATTEMPT, SUBMIT_ATTEMPT, correctAnswersFor, createQuizFixture, enroll, type AttemptResult } from './support/assessment';

const STUDENTS = 8;

let database: ScratchDatabase;
let platform: TestPlatform;
let recording: string[] | null = null;
let owner: Person;
let courseId: string;

const LIST = `query List($id: ID!, $first: Int!) {
  course(id: $id) {
    modules { quizzes { attempts(first: $first) { totalCount edges { node {
      id status score passed student { id displayName }
      questions { prompt points options { id } response { optionIds value text } pointsEarned correctAnswer { optionIds } aiDraft { model } }
    } } } } }
  }
}`;

/** True once every domain's outbox is relayed, so no event handler runs statements while they are counted. */
async function eventsSettled(prisma: PrismaClient): Promise<boolean> {
  const unpublished = { where: { publishedAt: null } };
  const pending = await Promise.all([
    prisma.usersOutboxEvent.count(unpublished),
    prisma.coursesOutboxEvent.count(unpublished),
    prisma.tutorOutboxEvent.count(unpublished),
    prisma.communityOutboxEvent.count(unpublished),
    prisma.spiritualOutboxEvent.count(unpublished),
  ]);
  return pending.every((count) => count === 0);
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_assessment_batching', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    {
      onQuery: (sql) => {
        // The event bus polls the outbox on a timer, however many attempts a page holds.
        if (recording && !sql.includes('outbox_event')) recording.push(sql);
      },
    },
  );
  const prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Batching Owner');
  const kinds = ['single', 'multi', 'trueFalse', 'short', 'essay'] as const;
  const fixture = await createQuizFixture(prisma, { ownerId: owner.id, kinds: [...kinds], shuffle: true });
  courseId = fixture.course.id;
  for (let index = 0; index < STUDENTS; index += 1) {
    const student = await createStudent(prisma, `Student ${index + 1}`);
    await enroll(prisma, courseId, student.id);
    const started = await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId: fixture.quiz.id }, { token: student.token });
    const attemptId = started.data!.startQuizAttempt.id;
    await platform.graphql(SAVE_ANSWERS, { attemptId, answers: correctAnswersFor(fixture.questions, [...kinds]) }, { token: student.token });
    await platform.graphql(SUBMIT_ATTEMPT, { attemptId }, { token: student.token });
  }
  // Starting and submitting announce the attempts (the tutor domain mirrors them); let that finish first.
  await waitFor(() => eventsSettled(prisma), { timeoutMs: 30_000, what: 'every outbox event to be relayed' });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

async function statementsFor(first: number): Promise<{ count: number; nodes: number }> {
  recording = [];
  const response = await platform.graphql<{ course: { modules: { quizzes: { attempts: { edges: { node: { questions: unknown[] } }[] } }[] }[] } }>(
    LIST,
    { id: courseId, first },
    { token: owner.token },
  );
  const count = recording.length;
  recording = null;
  expect(response.errors).toBeUndefined();
  const edges = response.data!.course.modules[0]!.quizzes[0]!.attempts.edges;
  expect(edges.every((edge) => edge.node.questions.length === 5)).toBe(true);
  return { count, nodes: edges.length };
}

test('listing 8 attempts with their questions costs as many statements as listing 2', async () => {
  const small = await statementsFor(2);
  const large = await statementsFor(STUDENTS);
  expect(small.nodes).toBe(2);
  expect(large.nodes).toBe(STUDENTS);
  expect(large.count).toBe(small.count);
});
