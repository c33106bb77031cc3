// Quiz attempts through the gateway: the answer key stays hidden until submission, attempt limits, the
// server-kept time limit, shuffling, and who may start or answer an attempt.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import type { PrismaClient } from '../../kit/src/db';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import {
  CHOICES,
  READ_ATTEMPT,
  SAVE_ANSWERS,
  START_ATTEMPT,
  SUBMIT_ATTEMPT,
  correctAnswersFor,
  createQuestion,
  createQuiz,
  createQuizFixture,
  enroll,
  type AttemptResult,
} from './support/assessment';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Quiz Owner');
});

afterAll(async () => {
  await platform?.stop();
});

async function enrolledStudent(courseId: string): Promise<Person> {
  const student = await createStudent(prisma);
  await enroll(prisma, courseId, student.id);
  return student;
}

async function start(quizId: string, token: string): Promise<AttemptResult> {
  const response = await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.startQuizAttempt;
}

async function submit(attemptId: string, token: string): Promise<AttemptResult> {
  const response = await platform.graphql<{ submitQuizAttempt: AttemptResult }>(SUBMIT_ATTEMPT, { attemptId }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.submitQuizAttempt;
}

async function save(attemptId: string, answers: object[], token: string) {
  return platform.graphql<{ saveQuizAnswers: AttemptResult }>(SAVE_ANSWERS, { attemptId, answers }, { token });
}

/** Moves the attempt's deadline a minute into the past, as if the student had run out of time. */
async function expire(attemptId: string): Promise<Date> {
  const deadlineAt = new Date(Date.now() - 60_000);
  await prisma.quizAttempt.update({ where: { id: attemptId }, data: { deadlineAt } });
  return deadlineAt;
}

const KINDS = ['single', 'multi', 'trueFalse', 'short'] as const;

test('the answer key and explanations never appear in an attempt before it is submitted', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  await save(attempt.id, correctAnswersFor(questions, [...KINDS]), student.token);
  const read = await platform.graphql(READ_ATTEMPT, { id: attempt.id }, { token: student.token });
  expect(read.errors).toBeUndefined();
  const raw = JSON.stringify(read);
  expect(raw).not.toMatch(/correctOptionIds|acceptedAnswers"\s*:\s*\[|Bethlehem|Why: the explanation/);
  const [first] = (read.data as { quizAttempt: AttemptResult }).quizAttempt.questions;
  expect(first).toMatchObject({ correctAnswer: null, explanation: null, pointsEarned: null });

  const submitted = await submit(attempt.id, student.token);
  const single = submitted.questions.find((question) => question.id === questions.single);
  expect(single?.correctAnswer?.optionIds).toEqual(['b']);
  expect(single?.explanation).toBe('Why: the explanation of a multiple_choice_single question.');
  expect(single?.pointsEarned).toBe(1);
});

test('a fully correct attempt is graded at once with full marks and passes', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, points: 2 });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  expect(attempt).toMatchObject({ number: 1, status: 'in_progress', maxScore: 8, score: null, passed: null });
  await save(attempt.id, correctAnswersFor(questions, [...KINDS]), student.token);
  const graded = await submit(attempt.id, student.token);
  expect(graded).toMatchObject({ status: 'graded', score: 8, scorePercent: 100, passed: true });
});

test('partial credit on a multi-select question and wrong answers lower the score', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  const saved = await save(
    attempt.id,
    [
      { questionId: questions.single, optionIds: ['a'] },
      { questionId: questions.multi, optionIds: ['a'] },
      { questionId: questions.trueFalse, value: true },
    ],
    student.token,
  );
  expect(saved.errors).toBeUndefined();
  const graded = await submit(attempt.id, student.token);
  expect(graded).toMatchObject({ status: 'graded', score: 1.5, scorePercent: 37.5, passed: false });
  expect(graded.questions.find((question) => question.id === questions.multi)?.pointsEarned).toBe(0.5);
  expect(graded.questions.find((question) => question.id === questions.short)?.pointsEarned).toBe(0);
});

test('starting again while an attempt is in progress returns that attempt with its saved answers', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, maxAttempts: 1 });
  const student = await enrolledStudent(course.id);
  const first = await start(quiz.id, student.token);
  await save(first.id, [{ questionId: questions.trueFalse, value: false }], student.token);
  const again = await start(quiz.id, student.token);
  expect(again.id).toBe(first.id);
  expect(again.questions.find((question) => question.id === questions.trueFalse)?.response?.value).toBe(false);
  expect(await prisma.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(1);
});

test('once maxAttempts are used up another start is refused as FORBIDDEN', async () => {
  const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id, maxAttempts: 2 });
  const student = await enrolledStudent(course.id);
  await submit((await start(quiz.id, student.token)).id, student.token);
  const second = await start(quiz.id, student.token);
  expect(second.number).toBe(2);
  await submit(second.id, student.token);
  const third = await platform.graphql(START_ATTEMPT, { quizId: quiz.id }, { token: student.token });
  expect(errorCodes(third)).toEqual(['FORBIDDEN']);
  expect(third.errors?.[0]?.message).toMatch(/no attempts left.*2 of 2/);
  expect(await prisma.quizAttempt.count({ where: { quizId: quiz.id, userId: student.id } })).toBe(2);
});

test('a timed attempt gets its deadline from the server clock', async () => {
  const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 600 });
  const student = await enrolledStudent(course.id);
  const before = Date.now();
  const attempt = await start(quiz.id, student.token);
  const deadline = new Date(attempt.deadlineAt!).getTime();
  expect(deadline).toBeGreaterThanOrEqual(before + 600_000 - 1000);
  expect(deadline).toBeLessThanOrEqual(Date.now() + 600_000 + 1000);
});

test('after the deadline a save is refused with CONFLICT and the attempt is graded on what was saved in time', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 300 });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  await save(attempt.id, [{ questionId: questions.single, optionIds: ['b'] }], student.token);
  const deadlineAt = await expire(attempt.id);

  const late = await save(attempt.id, [{ questionId: questions.trueFalse, value: true }], student.token);
  expect(errorCodes(late)).toEqual(['CONFLICT']);
  expect(late.errors?.[0]?.message).toMatch(/time is up/i);

  const read = await platform.graphql<{ quizAttempt: AttemptResult }>(READ_ATTEMPT, { id: attempt.id }, { token: student.token });
  expect(read.data?.quizAttempt).toMatchObject({ status: 'graded', score: 1, scorePercent: 25, submittedAt: deadlineAt.toISOString() });
  expect(await prisma.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
});

test('an attempt left past its deadline is graded when it is next read', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 60 });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  await save(attempt.id, correctAnswersFor(questions, [...KINDS]), student.token);
  await expire(attempt.id);
  expect((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe('in_progress');
  const read = await platform.graphql<{ quizAttempt: AttemptResult }>(READ_ATTEMPT, { id: attempt.id }, { token: student.token });
  expect(read.data?.quizAttempt).toMatchObject({ status: 'graded', score: 4, passed: true });
  expect((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe('graded');
});

test('a submit after the deadline still grades the answers saved before it', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 60 });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  await save(attempt.id, [{ questionId: questions.short, text: 'Bethlehem' }], student.token);
  await expire(attempt.id);
  const graded = await submit(attempt.id, student.token);
  expect(graded).toMatchObject({ status: 'graded', score: 1 });
});

test('starting again after the time ran out closes the old attempt and opens the next one', async () => {
  const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 60 });
  const student = await enrolledStudent(course.id);
  const first = await start(quiz.id, student.token);
  await expire(first.id);
  const second = await start(quiz.id, student.token);
  expect(second).toMatchObject({ number: 2, status: 'in_progress' });
  expect((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('graded');
});

test('shuffled attempts show different orders and still grade by what was chosen', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
  const questionIds: string[] = [];
  for (let index = 0; index < 6; index += 1) {
    const question = await createQuestion(prisma, {
      courseId: course.id,
      authorId: owner.id,
      type: 'multiple_choice_single',
      prompt: `Question ${index}`,
      answerKey: { correctOptionIds: [CHOICES[index % 4]!.id] },
    });
    questionIds.push(question.id);
  }
  const quiz = await createQuiz(prisma, {
    courseId: course.id,
    moduleId: modules[0]!.id,
    questions: questionIds.map((questionId) => ({ questionId })),
    shuffleQuestions: true,
    shuffleOptions: true,
  });
  const student = await enrolledStudent(course.id);
  const answers = questionIds.map((questionId, index) => ({ questionId, optionIds: [CHOICES[index % 4]!.id] }));
  const orderOf = (attempt: AttemptResult) => attempt.questions.map((question) => [question.id, ...question.options.map((option) => option.id)].join(','));

  const first = await start(quiz.id, student.token);
  await save(first.id, answers, student.token);
  const firstGraded = await submit(first.id, student.token);
  const second = await start(quiz.id, student.token);
  expect(orderOf(second)).not.toEqual(orderOf(first));
  expect(new Set(second.questions.map((question) => question.id))).toEqual(new Set(questionIds));
  await save(second.id, answers, student.token);
  const secondGraded = await submit(second.id, student.token);
  expect(firstGraded.scorePercent).toBe(100);
  expect(secondGraded.scorePercent).toBe(100);
  // The order shown is the order stored: reading the attempt again shows it unchanged.
  const reread = await platform.graphql<{ quizAttempt: AttemptResult }>(READ_ATTEMPT, { id: second.id }, { token: student.token });
  expect(orderOf(reread.data!.quizAttempt)).toEqual(orderOf(second));
});

test('a student without an active enrollment cannot start a quiz', async () => {
  const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id });
  const stranger = await createStudent(prisma);
  expect(errorCodes(await platform.graphql(START_ATTEMPT, { quizId: quiz.id }, { token: stranger.token }))).toEqual(['FORBIDDEN']);
  const dropped = await createStudent(prisma);
  await enroll(prisma, course.id, dropped.id, 'dropped');
  expect(errorCodes(await platform.graphql(START_ATTEMPT, { quizId: quiz.id }, { token: dropped.token }))).toEqual(['FORBIDDEN']);
  expect(await prisma.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(0);
});

test('the quiz of a draft course is not found for a stranger', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  const question = await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'true_false', answerKey: { value: true } });
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId: modules[0]!.id, questions: [{ questionId: question.id }] });
  const stranger = await createStudent(prisma);
  expect(errorCodes(await platform.graphql(START_ATTEMPT, { quizId: quiz.id }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
});

test('only the student taking an attempt can save answers to it or submit it', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id });
  const student = await enrolledStudent(course.id);
  const classmate = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  const saved = await save(attempt.id, [{ questionId: questions.trueFalse, value: true }], classmate.token);
  expect(errorCodes(saved)).toEqual(['FORBIDDEN']);
  const submitted = await platform.graphql(SUBMIT_ATTEMPT, { attemptId: attempt.id }, { token: owner.token });
  expect(errorCodes(submitted)).toEqual(['FORBIDDEN']);
  expect(await prisma.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
});

test('a submitted attempt takes no more answers', async () => {
  const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id });
  const student = await enrolledStudent(course.id);
  const attempt = await start(quiz.id, student.token);
  await submit(attempt.id, student.token);
  const late = await save(attempt.id, [{ questionId: questions.trueFalse, value: true }], student.token);
  expect(errorCodes(late)).toEqual(['CONFLICT']);
  const again = await platform.graphql(SUBMIT_ATTEMPT, { attemptId: attempt.id }, { token: student.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
});

test('Quiz.myAttempts lists only the viewer’s own attempts, first to last', async () => {
  const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id });
  const student = await enrolledStudent(course.id);
  const classmate = await enrolledStudent(course.id);
  await submit((await start(quiz.id, student.token)).id, student.token);
  await start(quiz.id, student.token);
  await start(quiz.id, classmate.token);
  const query = `query C($id: ID!) { course(id: $id) { modules { quizzes { id myAttempts { number status } } } } }`;
  const response = await platform.graphql<{ course: { modules: { quizzes: { myAttempts: { number: number; status: string }[] }[] }[] } }>(
    query,
    { id: course.id },
    { token: student.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.course.modules[0]?.quizzes[0]?.myAttempts).toEqual([
    { number: 1, status: 'graded' },
    { number: 2, status: 'in_progress' },
  ]);
  const anonymous = await platform.graphql<typeof response.data>(query, { id: course.id });
  expect(anonymous.data?.course.modules[0]?.quizzes[0]?.myAttempts).toEqual([]);
});
