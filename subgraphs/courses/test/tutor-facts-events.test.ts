// The facts courses announces for the tutor domain, which keeps its own copy of them: a published
// version's content, the teaching team, quiz attempts starting and ending, and submitted essays. Each is
// read back from the courses outbox after an operation through the gateway.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import type { CourseContentPublished } from '../src/authoring/content-snapshot';
import type { CourseInstructorsChanged } from '../src/authoring/courses';
import type { EssaySubmitted, QuizAttemptEnded, QuizAttemptStarted } from '../src/assessment/attempt-events';
import { createCourse } from './support/courses';
import {
  KEYS,
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
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Facts Owner');
  admin = await createAdmin(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

/** The payloads of `type` events whose `field` is `value`, oldest first. */
async function outboxPayloads<P>(type: string, field: string, value: string): Promise<P[]> {
  const rows = await prisma.coursesOutboxEvent.findMany({ where: { type, payload: { path: [field], equals: value } }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as P);
}

async function call<T>(query: string, variables: Record<string, unknown>, person: Person): Promise<T> {
  const response = await platform.graphql<T>(query, variables, { token: person.token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

// ─── Publication ────────────────────────────────────────────────────────────────────────────────────

const SUBMIT_FOR_REVIEW = `mutation S($courseId: ID!) { submitCourseForReview(courseId: $courseId) { id } }`;
const REVIEW = `mutation R($courseId: ID!, $decision: ReviewDecision!, $reason: String) {
  reviewCourse(courseId: $courseId, decision: $decision, reason: $reason) { id version publishedAt }
}`;

const captions = (text: string) => `WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n${text}\n`;

describe('CourseContentPublished', () => {
  test('approving a course writes exactly one snapshot of its current lectures and readings, with captions standing in for a missing transcript', async () => {
    const coInstructor = await createInstructor(prisma);
    const { course, modules } = await createCourse(prisma, {
      ownerId: owner.id,
      status: 'draft',
      instructorIds: [coInstructor.id],
      modules: [
        { title: 'Grace', lectures: 3, readings: 2 },
        { title: 'Works', lectures: 1, readings: 1 },
      ],
    });
    const [grace, works] = modules;
    const [transcribed, captionedOnly, archivedLecture] = grace!.lectureIds;
    await prisma.lecture.update({ where: { id: archivedLecture! }, data: { archivedAt: new Date() } });
    await prisma.reading.update({ where: { id: grace!.readingIds[1]! }, data: { archivedAt: new Date() } });
    await prisma.lecture.update({ where: { id: captionedOnly! }, data: { transcript: '' } });
    await prisma.lectureCaption.create({ data: { lectureId: captionedOnly!, language: 'en', vtt: captions('Faith without works is dead.') } });
    await prisma.reading.update({ where: { id: works!.readingIds[0]! }, data: { body: '# James 2\n\nWorks *show* faith.' } });

    await call(SUBMIT_FOR_REVIEW, { courseId: course.id }, owner);
    const approved = await call<{ reviewCourse: { version: number; publishedAt: string } }>(REVIEW, { courseId: course.id, decision: 'approve' }, admin);

    const published = await outboxPayloads<CourseContentPublished>('CourseContentPublished', 'courseId', course.id);
    expect(published).toEqual([
      {
        courseId: course.id,
        version: 1,
        title: course.title,
        facultyId: course.facultyId,
        instructorIds: [owner.id, coInstructor.id],
        publishedAt: approved.reviewCourse.publishedAt,
        lectures: [
          { id: transcribed, title: 'Lecture 1.1', moduleTitle: 'Grace', position: 0, transcript: 'A transcript for a test lecture.' },
          { id: captionedOnly, title: 'Lecture 1.2', moduleTitle: 'Grace', position: 1, transcript: 'Faith without works is dead.' },
          { id: works!.lectureIds[0], title: 'Lecture 2.1', moduleTitle: 'Works', position: 2, transcript: 'A transcript for a test lecture.' },
        ],
        readings: [
          { id: grace!.readingIds[0], title: 'Reading 1.1', moduleTitle: 'Grace', body: 'Read this.' },
          { id: works!.readingIds[0], title: 'Reading 2.1', moduleTitle: 'Works', body: '# James 2\n\nWorks *show* faith.' },
        ],
      },
    ]);
    const [coursePublished] = await outboxPayloads<{ version: number; publishedAt: string }>('CoursePublished', 'courseId', course.id);
    expect(coursePublished).toMatchObject({ version: published[0]!.version, publishedAt: published[0]!.publishedAt });
  });

  test('approving a revision announces the new version’s content', async () => {
    const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
    await prisma.lecture.update({ where: { id: modules[0]!.lectureIds[0]! }, data: { transcript: 'The revised transcript.' } });
    await call(SUBMIT_FOR_REVIEW, { courseId: course.id }, owner);
    await call(REVIEW, { courseId: course.id, decision: 'approve' }, admin);
    const published = await outboxPayloads<CourseContentPublished>('CourseContentPublished', 'courseId', course.id);
    expect(published.map((payload) => ({ version: payload.version, transcripts: payload.lectures.map((lecture) => lecture.transcript) }))).toEqual([
      { version: 2, transcripts: ['The revised transcript.'] },
    ]);
  });

  test('a rejected review announces nothing', async () => {
    const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
    await call(SUBMIT_FOR_REVIEW, { courseId: course.id }, owner);
    await call(REVIEW, { courseId: course.id, decision: 'reject', reason: 'Add an introduction to module one.' }, admin);
    expect(await outboxPayloads('CourseContentPublished', 'courseId', course.id)).toEqual([]);
    expect(await outboxPayloads('CoursePublished', 'courseId', course.id)).toEqual([]);
  });
});

// ─── Teaching team ──────────────────────────────────────────────────────────────────────────────────

const SET_INSTRUCTORS = `mutation I($courseId: ID!, $userIds: [ID!]!) { setCourseInstructors(courseId: $courseId, userIds: $userIds) { id } }`;

describe('CourseInstructorsChanged', () => {
  test('changing who teaches a course announces the whole team, owner first; reordering the same people announces nothing', async () => {
    const [first, second, third] = [await createInstructor(prisma), await createInstructor(prisma), await createInstructor(prisma)];
    const { course } = await createCourse(prisma, { ownerId: owner.id, instructorIds: [first.id] });

    await call(SET_INSTRUCTORS, { courseId: course.id, userIds: [second.id, first.id] }, owner);
    await call(SET_INSTRUCTORS, { courseId: course.id, userIds: [first.id, second.id] }, owner);
    await call(SET_INSTRUCTORS, { courseId: course.id, userIds: [third.id] }, owner);
    await call(SET_INSTRUCTORS, { courseId: course.id, userIds: [] }, owner);

    expect(await outboxPayloads<CourseInstructorsChanged>('CourseInstructorsChanged', 'courseId', course.id)).toEqual([
      { courseId: course.id, instructorIds: [owner.id, second.id, first.id] },
      { courseId: course.id, instructorIds: [owner.id, third.id] },
      { courseId: course.id, instructorIds: [owner.id] },
    ]);
  });

  test('a refused change announces nothing', async () => {
    const { course } = await createCourse(prisma, { ownerId: owner.id });
    const outsider = await createInstructor(prisma);
    const refused = await platform.graphql(SET_INSTRUCTORS, { courseId: course.id, userIds: [outsider.id] }, { token: outsider.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await outboxPayloads('CourseInstructorsChanged', 'courseId', course.id)).toEqual([]);
  });
});

// ─── Quiz attempts ──────────────────────────────────────────────────────────────────────────────────

async function enrolledStudent(courseId: string): Promise<Person> {
  const student = await createStudent(prisma);
  await enroll(prisma, courseId, student.id);
  return student;
}

const start = (quizId: string, student: Person) => call<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId }, student).then((data) => data.startQuizAttempt);
const submit = (attemptId: string, student: Person) =>
  call<{ submitQuizAttempt: AttemptResult }>(SUBMIT_ATTEMPT, { attemptId }, student).then((data) => data.submitQuizAttempt);

describe('QuizAttemptStarted and QuizAttemptEnded', () => {
  test('starting an attempt announces its questions’ prompts in the attempt’s order, with no answers, options or explanations', async () => {
    const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 600, shuffle: true });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);

    const started = await outboxPayloads<QuizAttemptStarted>('QuizAttemptStarted', 'attemptId', attempt.id);
    expect(started).toEqual([
      {
        attemptId: attempt.id,
        userId: student.id,
        courseId: course.id,
        quizId: quiz.id,
        startedAt: attempt.startedAt,
        deadlineAt: attempt.deadlineAt,
        questions: attempt.questions.map((question) => ({ id: question.id, prompt: question.prompt })),
      },
    ]);
    expect(started[0]!.questions.map((question) => question.id).sort()).toEqual(Object.values(questions).sort());
    // The fixture's options name Abraham, Isaac, Jacob and Joseph; its keys Bethlehem and `correctOptionIds`.
    expect(JSON.stringify(started)).not.toMatch(/correctOptionIds|acceptedAnswers|Bethlehem|Abraham|Isaac|Jacob|Joseph|explanation|options/);
  });

  test('resuming the attempt in progress announces no second start', async () => {
    const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    expect((await start(quiz.id, student)).id).toBe(attempt.id);
    expect(await outboxPayloads('QuizAttemptStarted', 'userId', student.id)).toHaveLength(1);
  });

  test('an untimed attempt announces a null deadline', async () => {
    const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: null });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    const [started] = await outboxPayloads<QuizAttemptStarted>('QuizAttemptStarted', 'attemptId', attempt.id);
    expect(started?.deadlineAt).toBeNull();
  });

  test('submitting an attempt announces its end once, at the moment it was submitted', async () => {
    const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    await call(SAVE_ANSWERS, { attemptId: attempt.id, answers: correctAnswersFor(questions, ['single']) }, student);
    expect(await outboxPayloads('QuizAttemptEnded', 'attemptId', attempt.id)).toEqual([]);

    const submitted = await submit(attempt.id, student);
    const again = await platform.graphql(SUBMIT_ATTEMPT, { attemptId: attempt.id }, { token: student.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect(await outboxPayloads<QuizAttemptEnded>('QuizAttemptEnded', 'attemptId', attempt.id)).toEqual([
      { attemptId: attempt.id, userId: student.id, courseId: course.id, quizId: quiz.id, endedAt: submitted.submittedAt },
    ]);
  });

  test('an attempt closed after its deadline announces its end at the deadline', async () => {
    const { course, quiz } = await createQuizFixture(prisma, { ownerId: owner.id, timeLimitSeconds: 60 });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    const deadlineAt = new Date(Date.now() - 60_000);
    await prisma.quizAttempt.update({ where: { id: attempt.id }, data: { deadlineAt } });

    // Reading the overdue attempt is what closes it; the student never submits.
    const read = await call<{ quizAttempt: AttemptResult }>(READ_ATTEMPT, { id: attempt.id }, student);
    expect(read.quizAttempt.status).not.toBe('in_progress');

    expect(await outboxPayloads<QuizAttemptEnded>('QuizAttemptEnded', 'attemptId', attempt.id)).toEqual([
      { attemptId: attempt.id, userId: student.id, courseId: course.id, quizId: quiz.id, endedAt: deadlineAt.toISOString() },
    ]);
  });

  test('a refused start announces nothing', async () => {
    const { quiz } = await createQuizFixture(prisma, { ownerId: owner.id });
    const stranger = await createStudent(prisma);
    const refused = await platform.graphql(START_ATTEMPT, { quizId: quiz.id }, { token: stranger.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await outboxPayloads('QuizAttemptStarted', 'userId', stranger.id)).toEqual([]);
  });
});

// ─── Essays ─────────────────────────────────────────────────────────────────────────────────────────

describe('EssaySubmitted', () => {
  test('submitting an attempt with an essay announces the essay’s prompt, rubric and answer text', async () => {
    const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['trueFalse', 'essay'], points: 10 });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    await call(SAVE_ANSWERS, { attemptId: attempt.id, answers: correctAnswersFor(questions, ['trueFalse', 'essay']) }, student);
    const submitted = await submit(attempt.id, student);

    expect(await outboxPayloads<EssaySubmitted>('EssaySubmitted', 'attemptId', attempt.id)).toEqual([
      {
        attemptId: attempt.id,
        questionId: questions.essay,
        userId: student.id,
        courseId: course.id,
        prompt: 'A essay question',
        rubric: KEYS.essay.rubric,
        answerText: 'Faith and works belong together, as James argues in chapter two.',
        submittedAt: submitted.submittedAt,
      },
    ]);
  });

  test('an essay without a rubric is announced with the single overall criterion grading accepts, worth the question’s points', async () => {
    const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
    const essay = await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'essay', prompt: 'Explain grace.', answerKey: {} });
    const quiz = await createQuiz(prisma, { courseId: course.id, moduleId: modules[0]!.id, questions: [{ questionId: essay.id, points: 5 }] });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    await call(SAVE_ANSWERS, { attemptId: attempt.id, answers: [{ questionId: essay.id, text: 'Grace is a gift.' }] }, student);
    await submit(attempt.id, student);

    const [announced] = await outboxPayloads<EssaySubmitted>('EssaySubmitted', 'attemptId', attempt.id);
    expect(announced).toMatchObject({ prompt: 'Explain grace.', answerText: 'Grace is a gift.', rubric: [{ id: 'overall', title: 'Overall', description: '', points: 5 }] });
  });

  test('an essay left blank, and an attempt without essays, announce no essay', async () => {
    const blank = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['trueFalse', 'essay'] });
    const student = await enrolledStudent(blank.course.id);
    const blankAttempt = await start(blank.quiz.id, student);
    await call(SAVE_ANSWERS, { attemptId: blankAttempt.id, answers: correctAnswersFor(blank.questions, ['trueFalse']) }, student);
    await submit(blankAttempt.id, student);

    const objective = await createQuizFixture(prisma, { ownerId: owner.id });
    const classmate = await enrolledStudent(objective.course.id);
    const objectiveAttempt = await start(objective.quiz.id, classmate);
    await submit(objectiveAttempt.id, classmate);

    expect(await outboxPayloads('QuizAttemptEnded', 'attemptId', blankAttempt.id)).toHaveLength(1);
    expect(await outboxPayloads('EssaySubmitted', 'attemptId', blankAttempt.id)).toEqual([]);
    expect(await outboxPayloads('QuizAttemptEnded', 'attemptId', objectiveAttempt.id)).toHaveLength(1);
    expect(await outboxPayloads('EssaySubmitted', 'attemptId', objectiveAttempt.id)).toEqual([]);
  });

  test('an essay attempt closed after its deadline announces the essay saved in time', async () => {
    const { course, quiz, questions } = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['essay'], timeLimitSeconds: 60 });
    const student = await enrolledStudent(course.id);
    const attempt = await start(quiz.id, student);
    await call(SAVE_ANSWERS, { attemptId: attempt.id, answers: correctAnswersFor(questions, ['essay']) }, student);
    const deadlineAt = new Date(Date.now() - 60_000);
    await prisma.quizAttempt.update({ where: { id: attempt.id }, data: { deadlineAt } });

    await call(READ_ATTEMPT, { id: attempt.id }, student);

    const essays = await outboxPayloads<EssaySubmitted>('EssaySubmitted', 'attemptId', attempt.id);
    expect(essays.map((essay) => ({ questionId: essay.questionId, submittedAt: essay.submittedAt }))).toEqual([
      { questionId: questions.essay, submittedAt: deadlineAt.toISOString() },
    ]);
  });
});
