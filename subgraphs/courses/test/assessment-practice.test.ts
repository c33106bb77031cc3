// Practice sessions through the gateway: drawing questions by filters and by weak areas, immediate
// feedback in practice mode, the timed exam mode, and per-topic stats.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import type { PrismaClient } from '../../kit/src/db';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { SUBMIT_ATTEMPT, START_ATTEMPT, SAVE_ANSWERS, createQuestion, createQuiz, enroll, type AttemptResult } from './support/assessment';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Practice Owner');
});

afterAll(async () => {
  await platform?.stop();
});

const SESSION_FIELDS = `id mode deadlineAt submittedAt score maxScore
  questions { id topic type response { optionIds value } feedback { correct score explanation correctAnswer { optionIds value } } }`;
const START = `mutation P($input: PracticeSessionInput!) { startPracticeSession(input: $input) { ${SESSION_FIELDS} } }`;
const ANSWER = `mutation A($sessionId: ID!, $questionId: ID!, $response: AnswerInput!) {
  answerPracticeQuestion(sessionId: $sessionId, questionId: $questionId, response: $response) {
    questionId feedback { correct score explanation correctAnswer { optionIds value } } session { id }
  }
}`;
const SUBMIT = `mutation S($id: ID!) { submitPracticeSession(sessionId: $id) { ${SESSION_FIELDS} } }`;
const STATS = 'query S($id: ID!) { practiceStats(courseId: $id) { topic answered correct accuracy } }';

interface SessionQuestion {
  id: string;
  topic: string;
  type: string;
  feedback: { correct: boolean | null; score: number | null; explanation: string; correctAnswer: { optionIds: string[] | null; value: boolean | null } | null } | null;
}
interface Session {
  id: string;
  mode: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  score: number | null;
  maxScore: number;
  questions: SessionQuestion[];
}

/** A course with 3 single-choice "Law" questions (correct: b) and 3 true/false "Prophets" questions (correct: true). */
async function bank() {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
  const law: string[] = [];
  const prophets: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    law.push((await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'multiple_choice_single', answerKey: { correctOptionIds: ['b'] }, topic: 'Law' })).id);
    prophets.push((await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'true_false', answerKey: { value: true }, topic: 'Prophets', difficulty: 'advanced' })).id);
  }
  const student = await createStudent(prisma);
  await enroll(prisma, course.id, student.id);
  return { course, moduleId: modules[0]!.id, law, prophets, student };
}

const rightAnswer = (type: string) => (type === 'true_false' ? { value: true } : { optionIds: ['b'] });
const wrongAnswer = (type: string) => (type === 'true_false' ? { value: false } : { optionIds: ['a'] });

async function startSession(student: Person, input: Record<string, unknown>) {
  return platform.graphql<{ startPracticeSession: Session }>(START, { input }, { token: student.token });
}

async function answer(student: Person, sessionId: string, questionId: string, response: object) {
  return platform.graphql<{ answerPracticeQuestion: { feedback: SessionQuestion['feedback'] } }>(ANSWER, { sessionId, questionId, response }, { token: student.token });
}

test('practice mode draws by topic in any letter case and gives feedback right after each answer', async () => {
  const { course, student } = await bank();
  const started = await startSession(student, { courseIds: [course.id], topics: ['law'], questionCount: 3, mode: 'practice' });
  expect(started.errors).toBeUndefined();
  const session = started.data!.startPracticeSession;
  expect(session.questions.map((question) => question.topic)).toEqual(['Law', 'Law', 'Law']);
  expect(session.questions.every((question) => question.feedback === null)).toBe(true);

  const [first, second] = session.questions;
  const correct = await answer(student, session.id, first!.id, { optionIds: ['b'] });
  expect(correct.data?.answerPracticeQuestion.feedback).toEqual({
    correct: true,
    score: 1,
    explanation: 'Why: the explanation of a multiple_choice_single question.',
    correctAnswer: { optionIds: ['b'], value: null },
  });
  const wrong = await answer(student, session.id, second!.id, { optionIds: ['c'] });
  expect(wrong.data?.answerPracticeQuestion.feedback).toMatchObject({ correct: false, score: 0 });

  const submitted = await platform.graphql<{ submitPracticeSession: Session }>(SUBMIT, { id: session.id }, { token: student.token });
  expect(submitted.data?.submitPracticeSession).toMatchObject({ score: 1, maxScore: 3 });
});

test('in practice mode a question is answered once', async () => {
  const { course, student } = await bank();
  const session = (await startSession(student, { courseIds: [course.id], questionCount: 1, mode: 'practice' })).data!.startPracticeSession;
  const question = session.questions[0]!;
  await answer(student, session.id, question.id, wrongAnswer(question.type));
  const again = await answer(student, session.id, question.id, rightAnswer(question.type));
  expect(errorCodes(again)).toEqual(['CONFLICT']);
});

test('filters by difficulty and type combine', async () => {
  const { course, student } = await bank();
  const started = await startSession(student, { courseIds: [course.id], difficulty: 'advanced', types: ['true_false'], questionCount: 3, mode: 'practice' });
  expect(started.data?.startPracticeSession.questions.map((question) => question.topic)).toEqual(['Prophets', 'Prophets', 'Prophets']);
});

test('asking for more questions than match says how many match and starts nothing', async () => {
  const { course, student } = await bank();
  const response = await startSession(student, { courseIds: [course.id], topics: ['Law'], questionCount: 5, mode: 'practice' });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toMatch(/Only 3 questions match/);
  expect(await prisma.practiceSession.count({ where: { userId: student.id } })).toBe(0);
});

test('exam mode only records answers, then scores and explains them on submission', async () => {
  const { course, student } = await bank();
  const started = await startSession(student, { courseIds: [course.id], topics: ['Prophets'], questionCount: 3, mode: 'exam', timeLimitMinutes: 15 });
  const session = started.data!.startPracticeSession;
  expect(new Date(session.deadlineAt!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  const [first, second] = session.questions;
  const recorded = await answer(student, session.id, first!.id, { value: false });
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data?.answerPracticeQuestion.feedback).toBeNull();
  // An exam answer may be changed until submission.
  await answer(student, session.id, first!.id, { value: true });
  await answer(student, session.id, second!.id, { value: false });

  const stats = await platform.graphql<{ practiceStats: unknown[] }>(STATS, { id: course.id }, { token: student.token });
  expect(stats.data?.practiceStats).toEqual([]);

  const submitted = (await platform.graphql<{ submitPracticeSession: Session }>(SUBMIT, { id: session.id }, { token: student.token })).data!.submitPracticeSession;
  expect(submitted).toMatchObject({ score: 1, maxScore: 3 });
  expect(submitted.questions.map((question) => question.feedback?.correct)).toEqual([true, false, false]);
  expect(submitted.questions[2]?.feedback?.correctAnswer).toEqual({ optionIds: null, value: true });
});

test('an exam refuses answers after its time limit and scores what was answered in time', async () => {
  const { course, student } = await bank();
  const session = (await startSession(student, { courseIds: [course.id], topics: ['Prophets'], questionCount: 2, mode: 'exam', timeLimitMinutes: 5 })).data!.startPracticeSession;
  await answer(student, session.id, session.questions[0]!.id, { value: true });
  await prisma.practiceSession.update({ where: { id: session.id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
  const late = await answer(student, session.id, session.questions[1]!.id, { value: true });
  expect(errorCodes(late)).toEqual(['CONFLICT']);
  const submitted = await platform.graphql<{ submitPracticeSession: Session }>(SUBMIT, { id: session.id }, { token: student.token });
  expect(submitted.data?.submitPracticeSession).toMatchObject({ score: 1, maxScore: 2 });
});

test('weak areas draw from the topic the student gets wrong most, and stats list it first', async () => {
  const { course, student } = await bank();
  const warmUp = (await startSession(student, { courseIds: [course.id], questionCount: 6, mode: 'practice' })).data!.startPracticeSession;
  for (const question of warmUp.questions) {
    await answer(student, warmUp.id, question.id, question.topic === 'Law' ? wrongAnswer(question.type) : rightAnswer(question.type));
  }
  const weak = await startSession(student, { courseIds: [course.id], weakAreas: true, questionCount: 3, mode: 'practice' });
  expect(weak.errors).toBeUndefined();
  expect(weak.data?.startPracticeSession.questions.map((question) => question.topic)).toEqual(['Law', 'Law', 'Law']);

  const stats = await platform.graphql<{ practiceStats: unknown[] }>(STATS, { id: course.id }, { token: student.token });
  expect(stats.data?.practiceStats).toEqual([
    { topic: 'Law', answered: 3, correct: 0, accuracy: 0 },
    { topic: 'Prophets', answered: 3, correct: 3, accuracy: 1 },
  ]);
});

test('weak areas count graded quiz answers too', async () => {
  const { course, moduleId, student } = await bank();
  const quizQuestion = await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'true_false', answerKey: { value: true }, topic: 'Wisdom' });
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId, questions: [{ questionId: quizQuestion.id, points: 2 }] });
  const attemptId = (await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId: quiz.id }, { token: student.token })).data!.startQuizAttempt.id;
  await platform.graphql(SAVE_ANSWERS, { attemptId, answers: [{ questionId: quizQuestion.id, value: false }] }, { token: student.token });
  await platform.graphql(SUBMIT_ATTEMPT, { attemptId }, { token: student.token });

  const stats = await platform.graphql<{ practiceStats: unknown[] }>(STATS, { id: course.id }, { token: student.token });
  expect(stats.data?.practiceStats).toEqual([{ topic: 'Wisdom', answered: 1, correct: 0, accuracy: 0 }]);
  const weak = await startSession(student, { courseIds: [course.id], weakAreas: true, questionCount: 1, mode: 'practice' });
  expect(weak.data?.startPracticeSession.questions.map((question) => question.id)).toEqual([quizQuestion.id]);
});

test('weak areas without any history say that no question matches', async () => {
  const { course, student } = await bank();
  const response = await startSession(student, { courseIds: [course.id], weakAreas: true, questionCount: 1, mode: 'practice' });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toMatch(/No questions match.*topics you have answered before/);
});

test('questions come only from courses the student is or was enrolled in', async () => {
  const { course } = await bank();
  const stranger = await createStudent(prisma);
  expect(errorCodes(await startSession(stranger, { courseIds: [course.id], questionCount: 1, mode: 'practice' }))).toEqual(['FORBIDDEN']);
  const graduate = await createStudent(prisma);
  await enroll(prisma, course.id, graduate.id, 'completed');
  const started = await startSession(graduate, { courseIds: [course.id], questionCount: 1, mode: 'practice' });
  expect(started.errors).toBeUndefined();
});

test('a practice session is its student’s alone', async () => {
  const { course, student } = await bank();
  const session = (await startSession(student, { courseIds: [course.id], questionCount: 1, mode: 'practice' })).data!.startPracticeSession;
  const classmate = await createStudent(prisma);
  await enroll(prisma, course.id, classmate.id);
  const read = await platform.graphql('query S($id: ID!) { practiceSession(id: $id) { id questions { id } } }', { id: session.id }, { token: classmate.token });
  expect(errorCodes(read)).toEqual(['FORBIDDEN']);
  const answered = await answer(classmate, session.id, session.questions[0]!.id, { value: true });
  expect(errorCodes(answered)).toEqual(['FORBIDDEN']);
  const own = await platform.graphql<{ practiceSession: { id: string } }>('query S($id: ID!) { practiceSession(id: $id) { id } }', { id: session.id }, { token: student.token });
  expect(own.data?.practiceSession.id).toBe(session.id);
});
