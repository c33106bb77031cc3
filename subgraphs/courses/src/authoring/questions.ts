// The question bank of a course: questions whose options and answer key are checked against their
// type before they are stored, so grading can always read them back.
import { z } from 'zod';
import type { Difficulty, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import {
  choiceKeySchema,
  essayKeySchema,
  questionOptionSchema,
  shortAnswerKeySchema,
  trueFalseKeySchema,
  type QuestionKind,
  type QuestionOption,
} from '../question-spec';
import { openCourseForChanges, signedInId } from './course-editing';
import { describeIssues } from './issues';
import { isGradablePattern } from '../assessment/grading';

export const MIN_CHOICE_OPTIONS = 2;
export const MAX_CHOICE_OPTIONS = 20;

export interface QuestionFields {
  type: QuestionKind;
  prompt: string;
  /** Choices of a multiple-choice question; empty for the other types. */
  options?: QuestionOption[];
  /** Shape per type: see `ANSWER_KEY_SHAPES`. */
  answerKey: unknown;
  explanation?: string;
  /** School grade 1–12, or null when the question is not tied to one. */
  grade?: number | null;
  subject: string;
  topic: string;
  /** @default beginner */
  difficulty?: Difficulty;
  /** Normalised: lowercase, without repeats. */
  tags?: string[];
}

export type QuestionChanges = Partial<QuestionFields>;

/** What an answer key looks like for each type, quoted in error messages. */
export const ANSWER_KEY_SHAPES: Record<QuestionKind, string> = {
  multiple_choice_single: '{ "correctOptionIds": ["<the one correct option id>"] }',
  multiple_choice_multi: '{ "correctOptionIds": ["<option id>", ...] }',
  true_false: '{ "value": true }',
  short_answer: '{ "acceptedAnswers": ["..."], "caseSensitive": false, "pattern": "<regular expression>", "numeric": { "value": 3.14, "tolerance": 0.01 } }',
  essay: '{ "rubric": [{ "id": "...", "title": "...", "description": "...", "points": 5 }], "maxWords": 500 }',
};

const isChoice = (type: QuestionKind) => type === 'multiple_choice_single' || type === 'multiple_choice_multi';

function repeatedValue(values: string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

function parseKey<T>(schema: z.ZodType<T>, type: QuestionKind, answerKey: unknown): T {
  const parsed = schema.safeParse(answerKey);
  if (!parsed.success) {
    throw badInput(
      `The answer key does not fit a ${type} question (${describeIssues(parsed.error.issues)}). Send ${ANSWER_KEY_SHAPES[type]}.`,
      'input.answerKey',
    );
  }
  return parsed.data;
}

function parseOptions(type: QuestionKind, options: unknown[]): QuestionOption[] {
  if (!isChoice(type)) {
    if (options.length > 0) throw badInput(`A ${type} question has no options; leave options out.`, 'input.options');
    return [];
  }
  if (options.length < MIN_CHOICE_OPTIONS || options.length > MAX_CHOICE_OPTIONS) {
    throw badInput(`A multiple-choice question needs ${MIN_CHOICE_OPTIONS} to ${MAX_CHOICE_OPTIONS} options.`, 'input.options');
  }
  const parsed = z.array(questionOptionSchema).safeParse(options);
  if (!parsed.success) throw badInput(`The options are not valid: ${describeIssues(parsed.error.issues)}.`, 'input.options');
  const repeated = repeatedValue(parsed.data.map((option) => option.id));
  if (repeated !== undefined) throw badInput(`Two options have the id "${repeated}"; give each option its own id.`, 'input.options');
  return parsed.data;
}

/**
 * Checks options and answer key against the question type: choice keys name existing options (exactly
 * one for single choice), true/false holds a boolean, a short answer has accepted answers, a pattern
 * that compiles or a numeric answer, an essay has a rubric. Returns what to store: options and the key
 * with defaults filled in and unknown fields dropped.
 */
export function checkQuestionContent(type: QuestionKind, options: unknown[], answerKey: unknown): { options: QuestionOption[]; answerKey: object } {
  const checkedOptions = parseOptions(type, options);
  switch (type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi': {
      const key = parseKey(choiceKeySchema, type, answerKey);
      const optionIds = new Set(checkedOptions.map((option) => option.id));
      const unknown = key.correctOptionIds.filter((id) => !optionIds.has(id));
      if (unknown.length > 0) {
        throw badInput(`The answer key names options that do not exist: ${unknown.join(', ')}. Use ids from options.`, 'input.answerKey');
      }
      const repeated = repeatedValue(key.correctOptionIds);
      if (repeated !== undefined) throw badInput(`The answer key lists option "${repeated}" twice.`, 'input.answerKey');
      if (type === 'multiple_choice_single' && key.correctOptionIds.length !== 1) {
        throw badInput('A single-choice question has exactly one correct option; use multiple_choice_multi for more.', 'input.answerKey');
      }
      return { options: checkedOptions, answerKey: key };
    }
    case 'true_false':
      return { options: checkedOptions, answerKey: parseKey(trueFalseKeySchema, type, answerKey) };
    case 'short_answer': {
      const key = parseKey(shortAnswerKeySchema, type, answerKey);
      if (key.acceptedAnswers.length === 0 && key.pattern === undefined && key.numeric === undefined) {
        throw badInput('A short-answer key needs acceptedAnswers, a pattern or a numeric answer (or several).', 'input.answerKey');
      }
      if (key.pattern !== undefined && !isGradablePattern(key.pattern)) {
        throw badInput(`The pattern "${key.pattern}" is not a regular expression grading can use. Fix its syntax; look-arounds and back-references are not supported.`, 'input.answerKey');
      }
      return { options: checkedOptions, answerKey: key };
    }
    case 'essay': {
      const key = parseKey(essayKeySchema, type, answerKey);
      if (key.rubric.length === 0) throw badInput('An essay question needs a rubric with at least one criterion to be graded against.', 'input.answerKey');
      const repeated = repeatedValue(key.rubric.map((criterion) => criterion.id));
      if (repeated !== undefined) throw badInput(`Two rubric criteria have the id "${repeated}"; give each its own id.`, 'input.answerKey');
      return { options: checkedOptions, answerKey: key };
    }
  }
}

/** Adds a question to a course's bank; returns its id. */
export async function createQuestion(prisma: PrismaClient, viewer: Viewer, courseId: string, fields: QuestionFields): Promise<string> {
  const authorId = signedInId(viewer);
  const content = checkQuestionContent(fields.type, fields.options ?? [], fields.answerKey);
  return prisma.$transaction(async (tx) => {
    await openCourseForChanges(tx, viewer, courseId);
    const question = await tx.question.create({
      data: {
        courseId,
        authorId,
        type: fields.type,
        prompt: fields.prompt,
        options: content.options,
        answerKey: content.answerKey,
        explanation: fields.explanation,
        grade: fields.grade ?? null,
        subject: fields.subject,
        topic: fields.topic,
        difficulty: fields.difficulty,
        tags: fields.tags,
      },
      select: { id: true },
    });
    return question.id;
  });
}

async function findQuestionCourse(prisma: Pick<PrismaClient, 'question'>, questionId: string) {
  const question = await prisma.question.findUnique({ where: { id: questionId }, select: { courseId: true } });
  if (question === null) throw notFound('That question');
  return question.courseId;
}

/**
 * Changes the given fields. Type, options and answer key are checked together as they will be
 * stored; a new type needs a new answer key, and options are dropped when the new type has none.
 */
export async function updateQuestion(prisma: PrismaClient, viewer: Viewer, questionId: string, changes: QuestionChanges): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openCourseForChanges(tx, viewer, await findQuestionCourse(tx, questionId), 'That question');
    const stored = await tx.question.findUniqueOrThrow({ where: { id: questionId } });
    if (stored.archivedAt !== null) throw conflict('This question is archived and can no longer be changed. Create a new question instead.');
    const type = changes.type ?? stored.type;
    if (type !== stored.type && changes.answerKey === undefined) {
      throw badInput(`Send an answerKey for the new type: ${ANSWER_KEY_SHAPES[type]}.`, 'input.answerKey');
    }
    const storedOptions = isChoice(type) && Array.isArray(stored.options) ? stored.options : [];
    const content = checkQuestionContent(type, changes.options ?? storedOptions, changes.answerKey ?? stored.answerKey);
    await tx.question.update({
      where: { id: questionId },
      data: {
        type,
        prompt: changes.prompt,
        options: content.options,
        answerKey: content.answerKey,
        explanation: changes.explanation,
        grade: changes.grade,
        subject: changes.subject,
        topic: changes.topic,
        difficulty: changes.difficulty,
        tags: changes.tags,
      },
    });
  });
}

/**
 * Takes a question out of the bank. Its rows stay, so attempts and practice answers that used it keep
 * their meaning; a question still asked by a current quiz must be taken out of the quiz first.
 */
export async function archiveQuestion(prisma: PrismaClient, viewer: Viewer, questionId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openCourseForChanges(tx, viewer, await findQuestionCourse(tx, questionId), 'That question');
    const stored = await tx.question.findUniqueOrThrow({ where: { id: questionId }, select: { archivedAt: true } });
    if (stored.archivedAt !== null) return;
    const usedBy = await tx.quiz.findMany({ where: { archivedAt: null, questions: { some: { questionId } } }, select: { title: true } });
    if (usedBy.length > 0) {
      const titles = usedBy.map((quiz) => `"${quiz.title}"`).join(', ');
      throw conflict(`This question is asked by ${titles}. Remove it from ${usedBy.length === 1 ? 'that quiz' : 'those quizzes'} first.`);
    }
    await tx.question.update({ where: { id: questionId }, data: { archivedAt: new Date() } });
  });
}
