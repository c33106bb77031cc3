// The question bank through the gateway: questions checked against their type, archiving, the
// editors-only bank connection, and choosing a quiz's questions.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { authoringClient, createBankQuestion, createBareQuiz, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;

const prisma = () => platform.handle.services.prisma;

const CREATE = `mutation C($courseId: ID!, $input: CreateQuestionInput!) {
  createQuestion(courseId: $courseId, input: $input) { id type prompt options { id text } answerKey explanation grade subject topic difficulty tags }
}`;
const UPDATE = `mutation U($id: ID!, $input: UpdateQuestionInput!) { updateQuestion(id: $id, input: $input) { id type options { id } answerKey grade prompt } }`;
const ARCHIVE = `mutation A($id: ID!) { archiveQuestion(id: $id) { id } }`;
const SET_QUESTIONS = `mutation S($quizId: ID!, $questions: [QuizQuestionInput!]!) {
  setQuizQuestions(quizId: $quizId, questions: $questions) { id questionCount questions { position points question { id } } }
}`;
const BANK = `query B($id: ID!, $first: Int, $after: String, $topic: String, $type: QuestionType, $difficulty: Difficulty, $tag: String) {
  course(id: $id) {
    questionBank(first: $first, after: $after, topic: $topic, type: $type, difficulty: $difficulty, tag: $tag) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id topic } }
    }
  }
}`;

const base = { prompt: 'What is 2 + 2?', subject: 'Mathematics', topic: 'Arithmetic' };
const choice = [
  { id: 'a', text: '3' },
  { id: 'b', text: '4' },
  { id: 'c', text: 'four' },
];

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Quinn Questions');
});

afterAll(async () => {
  await platform?.stop();
});

const draftCourse = async () => (await createCourse(prisma(), { ownerId: owner.id, status: 'draft' })).course;

describe('createQuestion', () => {
  test.each([
    ['a single-choice question', 'multiple_choice_single', { options: choice, answerKey: { correctOptionIds: ['b'] } }],
    ['a multiple-choice question', 'multiple_choice_multi', { options: choice, answerKey: { correctOptionIds: ['b', 'c'] } }],
    ['a true/false question', 'true_false', { answerKey: { value: false } }],
    ['a short answer with accepted answers', 'short_answer', { answerKey: { acceptedAnswers: ['4', 'four'] } }],
    ['a short answer with a pattern', 'short_answer', { answerKey: { pattern: '^(4|four)$' } }],
    ['a short answer with a numeric answer', 'short_answer', { answerKey: { numeric: { value: 4, tolerance: 0 } } }],
    ['an essay with a rubric', 'essay', { answerKey: { rubric: [{ id: 'method', title: 'Method', points: 3 }], maxWords: 200 } }],
  ])('stores %s with its key', async (_name, type, fields) => {
    const course = await draftCourse();
    const data = await client.ok<{ createQuestion: { type: string; answerKey: object } }>(
      CREATE,
      { courseId: course.id, input: { ...base, type, ...fields, tags: ['Sums', 'sums'] } },
      owner,
    );
    expect(data.createQuestion).toMatchObject({ type, tags: ['sums'], difficulty: 'beginner', grade: null });
    expect(data.createQuestion.answerKey).toMatchObject(fields.answerKey);
  });

  test.each([
    ['a single-choice key naming two options', 'multiple_choice_single', { options: choice, answerKey: { correctOptionIds: ['a', 'b'] } }],
    ['a choice key naming a missing option', 'multiple_choice_multi', { options: choice, answerKey: { correctOptionIds: ['z'] } }],
    ['a choice question with one option', 'multiple_choice_single', { options: [choice[0]], answerKey: { correctOptionIds: ['a'] } }],
    ['options with the same id', 'multiple_choice_multi', { options: [choice[0], choice[0]], answerKey: { correctOptionIds: ['a'] } }],
    ['a true/false key that is not a boolean', 'true_false', { answerKey: { value: 'yes' } }],
    ['a true/false question with options', 'true_false', { options: choice, answerKey: { value: true } }],
    ['a short answer with nothing to compare', 'short_answer', { answerKey: { caseSensitive: true } }],
    ['a short answer pattern that does not compile', 'short_answer', { answerKey: { pattern: '(unclosed' } }],
    ['an essay without a rubric', 'essay', { answerKey: { maxWords: 100 } }],
    ['an answer key that is not an object', 'true_false', { answerKey: 'true' }],
  ])('refuses %s and writes nothing', async (_name, type, fields) => {
    const course = await draftCourse();
    const response = await client.send(CREATE, { courseId: course.id, input: { ...base, type, ...fields } }, owner);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/\w{4,}/);
    expect(await prisma().question.count({ where: { courseId: course.id } })).toBe(0);
  });

  test('refuses a grade outside 1–12', async () => {
    const course = await draftCourse();
    expect(await client.codes(CREATE, { courseId: course.id, input: { ...base, type: 'true_false', answerKey: { value: true }, grade: 13 } }, owner)).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('updateQuestion', () => {
  test('changes the prompt and keeps the key', async () => {
    const course = await draftCourse();
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
    const data = await client.ok<{ updateQuestion: { prompt: string; answerKey: object } }>(UPDATE, { id: question.id, input: { prompt: 'Is it true?', grade: 7 } }, owner);
    expect(data.updateQuestion).toMatchObject({ prompt: 'Is it true?', answerKey: { value: true }, grade: 7 });
  });

  test('changes the type only together with a fitting key, dropping options the new type has none of', async () => {
    const course = await draftCourse();
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, type: 'multiple_choice_single' });
    const without = await client.send(UPDATE, { id: question.id, input: { type: 'true_false' } }, owner);
    expect(without.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answerKey' });
    const data = await client.ok<{ updateQuestion: { type: string; options: unknown[]; answerKey: object } }>(
      UPDATE,
      { id: question.id, input: { type: 'true_false', answerKey: { value: false } } },
      owner,
    );
    expect(data.updateQuestion).toMatchObject({ type: 'true_false', options: [], answerKey: { value: false } });
  });

  test('refuses new options that leave the key naming a missing option', async () => {
    const course = await draftCourse();
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, type: 'multiple_choice_single' });
    const response = await client.send(UPDATE, { id: question.id, input: { options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] } }, owner);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stored = await prisma().question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.options).toEqual(question.options);
  });
});

describe('archiveQuestion', () => {
  test('archives a question no quiz asks, and it leaves the bank', async () => {
    const course = await draftCourse();
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
    await client.ok(ARCHIVE, { id: question.id }, owner);
    expect((await prisma().question.findUniqueOrThrow({ where: { id: question.id } })).archivedAt).not.toBeNull();
    const bank = await client.ok<{ course: { questionBank: { totalCount: number } } }>(BANK, { id: course.id }, owner);
    expect(bank.course.questionBank.totalCount).toBe(0);
  });

  test('refuses archiving a question a current quiz asks with CONFLICT naming the quiz', async () => {
    const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
    const quiz = await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id, title: 'Midterm' });
    await prisma().quizQuestion.create({ data: { quizId: quiz.id, questionId: question.id, position: 0 } });
    const response = await client.send(ARCHIVE, { id: question.id }, owner);
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toContain('Midterm');
    expect((await prisma().question.findUniqueOrThrow({ where: { id: question.id } })).archivedAt).toBeNull();
  });

  test('refuses changing an archived question with CONFLICT', async () => {
    const course = await draftCourse();
    const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, archived: true });
    expect(await client.codes(UPDATE, { id: question.id, input: { prompt: 'Again?' } }, owner)).toEqual(['CONFLICT']);
  });
});

describe('Course.questionBank', () => {
  test('pages through current questions with a total count, newest first', async () => {
    const course = await draftCourse();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id })).id);
    await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, archived: true });
    type Bank = { course: { questionBank: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } };
    const first = await client.ok<Bank>(BANK, { id: course.id, first: 3 }, owner);
    expect(first.course.questionBank.totalCount).toBe(5);
    expect(first.course.questionBank.pageInfo.hasNextPage).toBe(true);
    const second = await client.ok<Bank>(BANK, { id: course.id, first: 3, after: first.course.questionBank.pageInfo.endCursor }, owner);
    const seen = [...first.course.questionBank.edges, ...second.course.questionBank.edges].map((edge) => edge.node.id);
    expect(seen).toEqual([...ids].reverse());
    expect(second.course.questionBank.pageInfo.hasNextPage).toBe(false);
  });

  test('filters by topic (ignoring case), type and tag', async () => {
    const course = await draftCourse();
    const match = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, topic: 'Verbs', type: 'essay', tags: ['aorist'] });
    await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, topic: 'Verbs', type: 'true_false', tags: ['aorist'] });
    await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, topic: 'Nouns', type: 'essay', tags: ['aorist'] });
    await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, topic: 'Verbs', type: 'essay', tags: ['present'] });
    const data = await client.ok<{ course: { questionBank: { totalCount: number; edges: { node: { id: string } }[] } } }>(
      BANK,
      { id: course.id, topic: 'verbs', type: 'essay', tag: 'Aorist' },
      owner,
    );
    expect(data.course.questionBank.totalCount).toBe(1);
    expect(data.course.questionBank.edges.map((edge) => edge.node.id)).toEqual([match.id]);
  });

  test('refuses the bank of a published course to a student', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id });
    await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
    const student = await createStudent(prisma());
    expect(await client.codes(BANK, { id: course.id }, student)).toEqual(['FORBIDDEN']);
    expect(await client.codes(BANK, { id: course.id })).toEqual(['UNAUTHENTICATED']);
  });
});

describe('setQuizQuestions', () => {
  test('sets the quiz’s questions in order with their points, replacing the old set', async () => {
    const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
    const quiz = await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id });
    const [first, second, third] = [
      await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id }),
      await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id }),
      await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id }),
    ];
    await client.ok(SET_QUESTIONS, { quizId: quiz.id, questions: [{ questionId: first!.id, points: 1 }] }, owner);
    const data = await client.ok<{ setQuizQuestions: { questionCount: number; questions: { position: number; points: number; question: { id: string } }[] } }>(
      SET_QUESTIONS,
      { quizId: quiz.id, questions: [{ questionId: third!.id, points: 5 }, { questionId: second!.id, points: 2 }] },
      owner,
    );
    expect(data.setQuizQuestions.questionCount).toBe(2);
    expect(data.setQuizQuestions.questions).toEqual([
      { position: 0, points: 5, question: { id: third!.id } },
      { position: 1, points: 2, question: { id: second!.id } },
    ]);
  });

  test('refuses a question from another course’s bank, an archived one, and the same one twice', async () => {
    const { course, modules } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
    const quiz = await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id });
    const other = await draftCourse();
    const foreign = await createBankQuestion(prisma(), { courseId: other.id, authorId: owner.id });
    const archived = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id, archived: true });
    const own = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
    for (const questions of [
      [{ questionId: foreign.id, points: 1 }],
      [{ questionId: archived.id, points: 1 }],
      [{ questionId: own.id, points: 1 }, { questionId: own.id, points: 2 }],
      [{ questionId: own.id, points: 0 }],
    ]) {
      expect(await client.codes(SET_QUESTIONS, { quizId: quiz.id, questions }, owner)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await prisma().quizQuestion.count({ where: { quizId: quiz.id } })).toBe(0);
  });
});
