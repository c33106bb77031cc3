// The instructor tools through the gateway without a model: quizzes, summaries and slides built from the
// lecture's own sentences, essay feedback scored by rubric vocabulary and sent to courses as a draft —
// all labelled offline — and who may use them.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { choiceKeySchema, questionOptionSchema, shortAnswerKeySchema, trueFalseKeySchema, essayKeySchema } from '../../courses/src/question-spec';
import { essayGradeDraftedSchema } from '../../courses/src/assessment/essays';
import { splitSentences } from '../src/tools/lecture-text';
import { OFFLINE_ESSAY_MODEL } from '../src/tools/offline-essay-feedback';
import { RECURSION_TRANSCRIPT } from './support/lecture-transcripts';
import {
  ESSAY,
  QUIZ,
  RECURSION_RUBRIC,
  SLIDES,
  SUMMARY,
  essayDraftEvents,
  submittedEssay,
  toolsFixture,
  type EssayData,
  type QuizData,
  type SlidesData,
  type SummaryData,
  type ToolsFixture,
} from './support/tools';

let platform: TestPlatform;
let prisma: PrismaClient;
let fixture: ToolsFixture;
const transcriptSentences = splitSentences(RECURSION_TRANSCRIPT);

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  fixture = await toolsFixture(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const ALL_TYPES = ['multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer', 'essay'];

async function generateQuiz(count: number, types: string[], token = fixture.instructor.token) {
  return platform.graphql<QuizData>(QUIZ, { lectureId: fixture.lectureId, count, types }, { token });
}

describe('generateQuiz offline', () => {
  test('drafts the questions asked for, in the types asked for in turn, each resting on a sentence of the transcript', async () => {
    const response = await generateQuiz(10, ALL_TYPES);
    expect(response.errors).toBeUndefined();
    const draft = response.data!.generateQuiz;
    expect(draft).toMatchObject({ offline: true, model: null, lecture: { id: fixture.lectureId } });
    expect(draft.questions.map((question) => question.type)).toEqual([...ALL_TYPES, ...ALL_TYPES]);
    for (const question of draft.questions) {
      expect(transcriptSentences).toContain(question.sourceExcerpt);
      expect(question.explanation).toContain(question.sourceExcerpt);
    }
    expect(new Set(draft.questions.map((question) => question.sourceExcerpt)).size).toBe(draft.questions.length);
  });

  test('a fill-in-the-blank question blanks a key term of its sentence and accepts exactly that term', async () => {
    const [question] = (await generateQuiz(1, ['short_answer'])).data!.generateQuiz.questions;
    expect(question!.prompt).toContain('_____');
    const key = shortAnswerKeySchema.parse(question!.answerKey);
    expect(key.acceptedAnswers.length).toBeGreaterThan(0);
    expect(question!.prompt.replace('_____', key.acceptedAnswers[0]!)).toContain(question!.sourceExcerpt);
  });

  test('a single-choice question has one right option that completes the sentence and wrong ones drawn from the lecture’s other terms', async () => {
    const [question] = (await generateQuiz(1, ['multiple_choice_single'])).data!.generateQuiz.questions;
    const right = question!.options.filter((option) => option.correct);
    expect(right).toHaveLength(1);
    expect(question!.options.length).toBeGreaterThanOrEqual(2);
    expect(question!.prompt.replace('_____', right[0]!.text).toLowerCase()).toContain(question!.sourceExcerpt.toLowerCase());
    const lectureWords = RECURSION_TRANSCRIPT.toLowerCase();
    for (const option of question!.options) expect(lectureWords).toContain(option.text.toLowerCase());
    for (const wrong of question!.options.filter((option) => !option.correct)) expect(question!.sourceExcerpt.toLowerCase()).not.toMatch(new RegExp(`\\b${wrong.text}\\b`));
    expect(choiceKeySchema.parse(question!.answerKey).correctOptionIds).toEqual([right[0]!.id]);
  });

  test('true/false statements alternate: a quoted sentence is true, a sentence with a swapped term is false', async () => {
    const questions = (await generateQuiz(2, ['true_false'])).data!.generateQuiz.questions;
    expect(questions.map((question) => trueFalseKeySchema.parse(question.answerKey).value)).toEqual([true, false]);
    expect(questions[0]!.prompt).toBe(`True or false: ${questions[0]!.sourceExcerpt}`);
    expect(questions[1]!.prompt).not.toContain(questions[1]!.sourceExcerpt);
    expect(questions[1]!.explanation).toMatch(/^False/);
  });

  test('every draft question is a valid createQuestion input for courses’ question bank', async () => {
    const questions = (await generateQuiz(5, ALL_TYPES)).data!.generateQuiz.questions;
    for (const question of questions) {
      const input = question.questionInput;
      expect(input).toMatchObject({ type: question.type, prompt: question.prompt, answerKey: question.answerKey, subject: fixture.content.title, topic: 'Thinking Recursively' });
      if (question.type.startsWith('multiple_choice')) {
        const options = (input.options as unknown[]).map((option) => questionOptionSchema.strict().parse(option));
        const key = choiceKeySchema.parse(input.answerKey);
        for (const id of key.correctOptionIds) expect(options.map((option) => option.id)).toContain(id);
      } else {
        expect(input.options).toBeUndefined();
      }
      if (question.type === 'essay') expect(essayKeySchema.parse(input.answerKey).rubric.length).toBeGreaterThan(0);
    }
  });

  test('the same lecture gives the same questions every time', async () => {
    const first = (await generateQuiz(5, ALL_TYPES)).data!.generateQuiz.questions;
    const second = (await generateQuiz(5, ALL_TYPES)).data!.generateQuiz.questions;
    expect(second).toEqual(first);
  });

  test('the draft is stored and listed for the lecture’s instructors, newest first', async () => {
    const created = (await generateQuiz(2, ['true_false'])).data!.generateQuiz;
    const stored = await prisma.tutorQuizDraft.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ courseId: fixture.content.courseId, lectureId: fixture.lectureId, requestedById: fixture.instructor.id, offline: true, model: null });
    const listed = await platform.graphql<{ tutorQuizDrafts: { id: string; questions: { prompt: string }[] }[] }>(
      'query($lectureId: ID!) { tutorQuizDrafts(lectureId: $lectureId) { id questions { prompt } } }',
      { lectureId: fixture.lectureId },
      { token: fixture.instructor.token },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.tutorQuizDrafts[0]).toEqual({ id: created.id, questions: created.questions.map((question) => ({ prompt: question.prompt })) });
  });

  test.each([0, 21])('refuses %i questions with BAD_USER_INPUT', async (count) => {
    const response = await generateQuiz(count, ['true_false']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
  });

  test('refuses an empty list of types with BAD_USER_INPUT', async () => {
    expect((await generateQuiz(3, [])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
  });
});

describe('summarizeLecture and slideOutline offline', () => {
  test('the summary quotes the lecture’s key sentences and names its key terms', async () => {
    const response = await platform.graphql<SummaryData>(SUMMARY, { lectureId: fixture.lectureId }, { token: fixture.instructor.token });
    expect(response.errors).toBeUndefined();
    const summary = response.data!.summarizeLecture;
    expect(summary).toMatchObject({ offline: true, model: null, lecture: { id: fixture.lectureId } });
    expect(summary.summary).toMatch(/^## Thinking Recursively\n/);
    expect(summary.summary).toContain('Every recursive function needs a base case that answers the smallest problem directly.');
    expect(summary.summary).toMatch(/\*\*Key terms:\*\* recursion/);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const point of summary.keyPoints) expect(transcriptSentences).toContain(point);
  });

  test('the slides are a title slide and then one slide per main point with three to five bullets from the lecture', async () => {
    const response = await platform.graphql<SlidesData>(SLIDES, { lectureId: fixture.lectureId }, { token: fixture.instructor.token });
    expect(response.errors).toBeUndefined();
    const outline = response.data!.slideOutline;
    expect(outline).toMatchObject({ offline: true, model: null });
    const slides = outline.markdown.split('\n\n---\n\n');
    expect(outline.slideCount).toBe(slides.length);
    expect(slides.length).toBeGreaterThanOrEqual(2);
    expect(slides[0]).toBe('# Thinking Recursively\n\nFunctions That Call Themselves');
    for (const slide of slides.slice(1)) {
      expect(slide).toMatch(/^## \S/);
      const bullets = slide.split('\n').filter((line) => line.startsWith('- '));
      expect(bullets.length).toBeGreaterThanOrEqual(3);
      expect(bullets.length).toBeLessThanOrEqual(5);
      for (const bullet of bullets) expect(transcriptSentences).toContain(bullet.slice(2));
    }
  });
});

describe('essayFeedback offline', () => {
  test('scores each criterion by the share of its words the answer uses, within its points, and says a person must confirm', async () => {
    const essay = await submittedEssay(prisma, fixture, 'The base case stops the recursion, because it answers directly without another call.');
    const response = await platform.graphql<EssayData>(ESSAY, { attemptId: essay.attemptId, questionId: essay.questionId }, { token: fixture.instructor.token });
    expect(response.errors).toBeUndefined();
    const draft = response.data!.essayFeedback;
    expect(draft).toMatchObject({ attemptId: essay.attemptId, questionId: essay.questionId, offline: true, model: null });
    const scores = new Map(draft.rubricScores.map((score) => [score.criterionId, score.points]));
    expect([...scores.keys()]).toEqual(RECURSION_RUBRIC.map((criterion) => criterion.id));
    // "Base case … stops the recursion" is all there; the call stack's frames are not mentioned.
    expect(scores.get('base-case')).toBeGreaterThanOrEqual(3);
    expect(scores.get('base-case')).toBeLessThanOrEqual(4);
    expect(scores.get('call-stack')).toBeLessThan(2);
    expect(draft.feedback).toMatch(/a person must read the essay and confirm/);
  });

  test('writes exactly one EssayGradeDrafted event in courses’ shape, with the scores', async () => {
    const essay = await submittedEssay(prisma, fixture, 'Each call waits on the call stack in its frame until the base case returns; then the frames finish in turn.');
    const response = await platform.graphql<EssayData>(ESSAY, { attemptId: essay.attemptId, questionId: essay.questionId }, { token: fixture.instructor.token });
    expect(response.errors).toBeUndefined();
    const events = await essayDraftEvents(prisma, essay.attemptId);
    expect(events).toHaveLength(1);
    const payload = essayGradeDraftedSchema.parse(events[0]!.payload);
    expect(Object.keys(events[0]!.payload as object).sort()).toEqual(['attemptId', 'feedback', 'model', 'questionId', 'rubricScores']);
    expect(payload).toMatchObject({
      attemptId: essay.attemptId,
      questionId: essay.questionId,
      rubricScores: response.data!.essayFeedback.rubricScores.map(({ criterionId, points }) => ({ criterionId, points })),
      model: OFFLINE_ESSAY_MODEL,
    });
    expect(payload.feedback).toContain(response.data!.essayFeedback.feedback);
  });

  test('an essay the tutor has not received is NOT_FOUND', async () => {
    const response = await platform.graphql(ESSAY, { attemptId: randomUUID(), questionId: randomUUID() }, { token: fixture.instructor.token });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('who may use the tools', () => {
  const lectureTools: [string, string, (fixture: ToolsFixture) => Record<string, unknown>][] = [
    ['generateQuiz', QUIZ, (f) => ({ lectureId: f.lectureId, count: 2, types: ['true_false'] })],
    ['summarizeLecture', SUMMARY, (f) => ({ lectureId: f.lectureId })],
    ['slideOutline', SLIDES, (f) => ({ lectureId: f.lectureId })],
    ['tutorQuizDrafts', 'query($lectureId: ID!) { tutorQuizDrafts(lectureId: $lectureId) { id } }', (f) => ({ lectureId: f.lectureId })],
  ];

  test.each(lectureTools)('%s refuses the course’s students and instructors of other courses with FORBIDDEN', async (_name, operation, variables) => {
    for (const person of [fixture.student, fixture.stranger]) {
      expect(errorCodes(await platform.graphql(operation, variables(fixture), { token: person.token }))).toEqual(['FORBIDDEN']);
    }
  });

  test.each(lectureTools)('%s serves administrators', async (_name, operation, variables) => {
    expect((await platform.graphql(operation, variables(fixture), { token: fixture.admin.token })).errors).toBeUndefined();
  });

  test.each(lectureTools)('%s says NOT_FOUND, with why, for a lecture the tutor has no material for', async (_name, operation, variables) => {
    const response = await platform.graphql(operation, { ...variables(fixture), lectureId: randomUUID() }, { token: fixture.instructor.token });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toMatch(/the tutor has no material for this lecture yet/);
  });

  test('essayFeedback refuses the student who wrote it and instructors of other courses, and sends nothing', async () => {
    const essay = await submittedEssay(prisma, fixture, 'The base case stops it.');
    for (const person of [fixture.student, fixture.stranger]) {
      const response = await platform.graphql(ESSAY, { attemptId: essay.attemptId, questionId: essay.questionId }, { token: person.token });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await essayDraftEvents(prisma, essay.attemptId)).toHaveLength(0);
  });

  test('essayFeedback serves administrators', async () => {
    const essay = await submittedEssay(prisma, fixture, 'The base case stops it.');
    expect((await platform.graphql(ESSAY, { attemptId: essay.attemptId, questionId: essay.questionId }, { token: fixture.admin.token })).errors).toBeUndefined();
  });

  test('signed-out callers are asked to sign in', async () => {
    expect(errorCodes(await platform.graphql(SUMMARY, { lectureId: fixture.lectureId }))).toEqual(['UNAUTHENTICATED']);
  });
});
