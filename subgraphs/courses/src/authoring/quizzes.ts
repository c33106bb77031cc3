// Quizzes: their settings and the bank questions they ask, with points per question.
import type { PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { hasBeenPublished, nextItemPosition, openItemForChanges, openModuleForChanges } from './course-editing';
import { releaseRequiredQuizzes } from './modules';

export const MAX_QUIZ_QUESTIONS = 200;

export interface QuizFields {
  title: string;
  description?: string;
  /** Null for untimed. */
  timeLimitSeconds?: number | null;
  /** Null for unlimited. */
  maxAttempts?: number | null;
  /** @default 60 */
  passingScorePercent?: number;
  /** @default false */
  shuffleQuestions?: boolean;
  /** @default false */
  shuffleOptions?: boolean;
}

export type QuizChanges = Partial<QuizFields>;

export interface QuizQuestionEntry {
  questionId: string;
  points: number;
}

/** Adds a quiz (without questions yet) at the end of a module; returns its id. */
export async function addQuiz(prisma: PrismaClient, viewer: Viewer, moduleId: string, fields: QuizFields): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const quiz = await tx.quiz.create({
      data: {
        moduleId,
        courseId,
        position: await nextItemPosition(tx, 'quiz', moduleId),
        title: fields.title,
        description: fields.description,
        timeLimitSeconds: fields.timeLimitSeconds ?? null,
        maxAttempts: fields.maxAttempts ?? null,
        passingScorePercent: fields.passingScorePercent,
        shuffleQuestions: fields.shuffleQuestions,
        shuffleOptions: fields.shuffleOptions,
      },
      select: { id: true },
    });
    return quiz.id;
  });
}

export async function updateQuiz(prisma: PrismaClient, viewer: Viewer, quizId: string, changes: QuizChanges): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openItemForChanges(tx, viewer, 'quiz', quizId);
    await tx.quiz.update({
      where: { id: quizId },
      data: {
        title: changes.title,
        description: changes.description,
        timeLimitSeconds: changes.timeLimitSeconds,
        maxAttempts: changes.maxAttempts,
        passingScorePercent: changes.passingScorePercent,
        shuffleQuestions: changes.shuffleQuestions,
        shuffleOptions: changes.shuffleOptions,
      },
    });
  });
}

/**
 * Archives the quiz in a course that has ever been published (attempts survive); deletes it in a
 * draft. Modules that required it stop requiring it. Returns its module's id.
 */
export async function removeQuiz(prisma: PrismaClient, viewer: Viewer, quizId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { course, moduleId } = await openItemForChanges(tx, viewer, 'quiz', quizId);
    await releaseRequiredQuizzes(tx, [quizId]);
    if (hasBeenPublished(course)) await tx.quiz.update({ where: { id: quizId }, data: { archivedAt: new Date() } });
    else await tx.quiz.delete({ where: { id: quizId } });
    return moduleId;
  });
}

/**
 * Replaces the quiz's questions with `entries`, in that order. Every question must be a current
 * question of the same course's bank. Attempts already started keep the layout they were given.
 */
export async function setQuizQuestions(prisma: PrismaClient, viewer: Viewer, quizId: string, entries: QuizQuestionEntry[]): Promise<void> {
  const ids = entries.map((entry) => entry.questionId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw badInput(`Question ${repeated} is listed twice; list each question once.`, 'questions');
  await prisma.$transaction(async (tx) => {
    const { courseId } = await openItemForChanges(tx, viewer, 'quiz', quizId);
    const bank = await tx.question.findMany({ where: { id: { in: ids }, courseId, archivedAt: null }, select: { id: true } });
    const inBank = new Set(bank.map((question) => question.id));
    const strangers = ids.filter((id) => !inBank.has(id));
    if (strangers.length > 0) {
      throw badInput(`These are not current questions of this course's bank: ${strangers.join(', ')}.`, 'questions');
    }
    await tx.quizQuestion.deleteMany({ where: { quizId } });
    await tx.quizQuestion.createMany({ data: entries.map((entry, position) => ({ quizId, questionId: entry.questionId, points: entry.points, position })) });
  });
}
