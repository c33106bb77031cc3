// Typed factories for assessment tests: bank questions, quizzes, assignments, enrollments and parent
// links, written straight to the database so each test builds exactly what it needs.
import type { Difficulty, EnrollmentStatus, PrismaClient, QuestionType } from '../../../kit/src/db';
import type { Prisma } from '../../../kit/src/db';
import { createCourse } from './courses';

export const CHOICES = [
  { id: 'a', text: 'Abraham' },
  { id: 'b', text: 'Isaac' },
  { id: 'c', text: 'Jacob' },
  { id: 'd', text: 'Joseph' },
];

export interface QuestionSpec {
  courseId: string;
  authorId: string;
  type: QuestionType;
  prompt?: string;
  options?: { id: string; text: string }[];
  answerKey: Prisma.InputJsonValue;
  explanation?: string;
  topic?: string;
  difficulty?: Difficulty;
}

export async function createQuestion(prisma: PrismaClient, spec: QuestionSpec) {
  const choice = spec.type === 'multiple_choice_single' || spec.type === 'multiple_choice_multi';
  return prisma.question.create({
    data: {
      courseId: spec.courseId,
      authorId: spec.authorId,
      type: spec.type,
      prompt: spec.prompt ?? `A ${spec.type} question`,
      options: spec.options ?? (choice ? CHOICES : []),
      answerKey: spec.answerKey,
      explanation: spec.explanation ?? `Why: the explanation of a ${spec.type} question.`,
      subject: 'Test subject',
      topic: spec.topic ?? 'General',
      difficulty: spec.difficulty ?? 'beginner',
    },
  });
}

/** Keys used across tests; each grades the CORRECT_ANSWERS below as fully correct. */
export const KEYS = {
  single: { correctOptionIds: ['b'] },
  multi: { correctOptionIds: ['a', 'c'] },
  trueFalse: { value: true },
  short: { acceptedAnswers: ['Bethlehem'] },
  essay: {
    rubric: [
      { id: 'thesis', title: 'Thesis', description: 'States a clear claim.', points: 4 },
      { id: 'evidence', title: 'Evidence', description: 'Supports it from the text.', points: 6 },
    ],
  },
} satisfies Record<string, Prisma.InputJsonValue>;

export interface QuizSpec {
  courseId: string;
  moduleId: string;
  questions: { questionId: string; points?: number }[];
  maxAttempts?: number | null;
  timeLimitSeconds?: number | null;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  passingScorePercent?: number;
}

export async function createQuiz(prisma: PrismaClient, spec: QuizSpec) {
  return prisma.quiz.create({
    data: {
      courseId: spec.courseId,
      moduleId: spec.moduleId,
      position: 0,
      title: 'Test quiz',
      maxAttempts: spec.maxAttempts ?? null,
      timeLimitSeconds: spec.timeLimitSeconds ?? null,
      shuffleQuestions: spec.shuffleQuestions ?? false,
      shuffleOptions: spec.shuffleOptions ?? false,
      passingScorePercent: spec.passingScorePercent ?? 60,
      questions: {
        create: spec.questions.map((question, position) => ({ questionId: question.questionId, position, points: question.points ?? 1 })),
      },
    },
  });
}

export function enroll(prisma: PrismaClient, courseId: string, userId: string, status: EnrollmentStatus = 'active') {
  return prisma.enrollment.create({ data: { courseId, userId, courseVersion: 1, status } });
}

export function linkParent(prisma: PrismaClient, parentId: string, childId: string) {
  return prisma.guardianLink.create({ data: { parentId, childId } });
}

export interface QuizFixtureSpec {
  ownerId: string;
  instructorIds?: string[];
  /** Which question kinds the quiz asks, in order. @default ['single', 'multi', 'trueFalse', 'short'] */
  kinds?: (keyof typeof KEYS)[];
  points?: number;
  maxAttempts?: number | null;
  timeLimitSeconds?: number | null;
  shuffle?: boolean;
  topic?: string;
}

/**
 * A published course (one module with two lectures, so completing a quiz never completes the course)
 * and a quiz with one question per kind.
 */
export async function createQuizFixture(prisma: PrismaClient, spec: QuizFixtureSpec) {
  const { course, modules } = await createCourse(prisma, { ownerId: spec.ownerId, instructorIds: spec.instructorIds });
  const moduleId = modules[0]!.id;
  const kinds = spec.kinds ?? ['single', 'multi', 'trueFalse', 'short'];
  const types: Record<keyof typeof KEYS, QuestionType> = {
    single: 'multiple_choice_single',
    multi: 'multiple_choice_multi',
    trueFalse: 'true_false',
    short: 'short_answer',
    essay: 'essay',
  };
  const questions: Record<string, string> = {};
  for (const kind of kinds) {
    const question = await createQuestion(prisma, { courseId: course.id, authorId: spec.ownerId, type: types[kind], answerKey: KEYS[kind], topic: spec.topic });
    questions[kind] = question.id;
  }
  const quiz = await createQuiz(prisma, {
    courseId: course.id,
    moduleId,
    questions: kinds.map((kind) => ({ questionId: questions[kind]!, points: spec.points ?? 1 })),
    maxAttempts: spec.maxAttempts,
    timeLimitSeconds: spec.timeLimitSeconds,
    shuffleQuestions: spec.shuffle,
    shuffleOptions: spec.shuffle,
  });
  return { course, moduleId, quiz, questions };
}

/** Fully correct answers, as QuizAnswerInput without the question id. */
export const CORRECT_ANSWERS: Record<keyof typeof KEYS, { optionIds?: string[]; value?: boolean; text?: string }> = {
  single: { optionIds: ['b'] },
  multi: { optionIds: ['a', 'c'] },
  trueFalse: { value: true },
  short: { text: ' bethlehem ' },
  essay: { text: 'Faith and works belong together, as James argues in chapter two.' },
};

export async function createAssignment(
  prisma: PrismaClient,
  spec: { courseId: string; moduleId: string; points?: number; rubric?: Prisma.InputJsonValue; dueAt?: Date },
) {
  return prisma.assignment.create({
    data: {
      courseId: spec.courseId,
      moduleId: spec.moduleId,
      position: 0,
      title: 'Test assignment',
      instructions: 'Write about it.',
      points: spec.points ?? 10,
      rubric: spec.rubric ?? [],
      dueAt: spec.dueAt ?? null,
    },
  });
}

// ─── Operations through the gateway ─────────────────────────────────────────────────────────────────

export const ATTEMPT_FIELDS = `id number status startedAt deadlineAt submittedAt gradedAt score maxScore scorePercent passed
  questions { id type prompt points options { id text } response { optionIds value text }
              pointsEarned correctAnswer { optionIds value acceptedAnswers } explanation feedback rubricScores { criterionId points } }`;

export interface AttemptQuestionResult {
  id: string;
  type: string;
  prompt: string;
  points: number;
  options: { id: string; text: string }[];
  response: { optionIds: string[] | null; value: boolean | null; text: string | null } | null;
  pointsEarned: number | null;
  correctAnswer: { optionIds: string[] | null; value: boolean | null; acceptedAnswers: string[] | null } | null;
  explanation: string | null;
  feedback: string | null;
  rubricScores: { criterionId: string; points: number }[];
}

export interface AttemptResult {
  id: string;
  number: number;
  status: 'in_progress' | 'submitted' | 'graded';
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  score: number | null;
  maxScore: number;
  scorePercent: number | null;
  passed: boolean | null;
  questions: AttemptQuestionResult[];
}

export const START_ATTEMPT = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT_FIELDS} } }`;
export const SAVE_ANSWERS = `mutation Save($attemptId: ID!, $answers: [QuizAnswerInput!]!) { saveQuizAnswers(attemptId: $attemptId, answers: $answers) { ${ATTEMPT_FIELDS} } }`;
export const SUBMIT_ATTEMPT = `mutation Submit($attemptId: ID!) { submitQuizAttempt(attemptId: $attemptId) { ${ATTEMPT_FIELDS} } }`;
export const READ_ATTEMPT = `query Attempt($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`;

/** Answers every question of `kinds` correctly, by the fixture's question ids. */
export function correctAnswersFor(questions: Record<string, string>, kinds: (keyof typeof KEYS)[]) {
  return kinds.map((kind) => ({ questionId: questions[kind]!, ...CORRECT_ANSWERS[kind] }));
}
