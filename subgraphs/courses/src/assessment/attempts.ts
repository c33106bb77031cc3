// Quiz attempts: starting one, saving answers, submitting, and closing attempts whose time ran out.
//
// - One attempt in progress per student and quiz: starting again returns the one in progress (same
//   questions, same order, saved answers intact) instead of opening a second, so a reload or a second tab
//   never burns an attempt.
// - The server keeps time. `deadlineAt` is fixed at start (now + the quiz's time limit). Answers saved
//   more than DEADLINE_GRACE_MS after it are refused with CONFLICT, which absorbs the network delay of a
//   save sent just before the end; a submit after the deadline still grades what was saved in time.
// - An attempt left in progress past its deadline is closed (submitted as it stood at the deadline and
//   graded) by whatever touches it next: a read of it, a save, a submit, or starting the quiz again.
//   No background job is needed.
// - Objective answers are graded at submission; an attempt with a written essay stays `submitted` until
//   a person grades every essay, then becomes `graded`. Whenever an attempt becomes (or stays) graded,
//   course completion is evaluated in the same transaction.
// - Starting a new attempt announces QuizAttemptStarted; every path that ends one (submit, or closing
//   it after its deadline) announces QuizAttemptEnded and an EssaySubmitted per written essay, in the
//   same transaction (see attempt-events.ts).
import { randomUUID } from 'node:crypto';
import type { Db, PrismaClient, QuizAttempt } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { ACCESS_FACTS_SELECT, canSeeCourse } from '../access';
import { evaluateCompletion } from '../learning/completion';
import { assertItemOpen } from '../learning/module-access';
import { essayKeySchema, type QuestionKind } from '../question-spec';
import { announceAttemptEnded, announceAttemptStarted } from './attempt-events';
import { buildAttemptLayout, readLayout, type LayoutEntry } from './attempt-layout';
import { attemptTotals, type ScoredAnswer } from './attempt-score';
import { essayRubric, gradeResponse, readResponse, roundScore, scorePercentOf } from './grading';
import { checkResponse, offeredOptionIds, type AnswerInput } from './response-rules';

/** Saves arriving this long after the deadline still count: the time a request takes on a slow network. */
export const DEADLINE_GRACE_MS = 5_000;
/** Most answers one save may carry; a quiz longer than this saves in several calls. */
export const MAX_ANSWERS_PER_SAVE = 200;

import type { SignedInViewer } from '../../../kit/src/signed-in';

export type { SignedInViewer };

export interface AttemptEffects {
  /** The courses outbox, for the completion events. */
  events: DomainOutbox;
  now?: Date;
}

/** True once the deadline (plus the grace for network delay) has passed. */
export function isOverdue(attempt: Pick<QuizAttempt, 'status' | 'deadlineAt'>, now: Date): boolean {
  return attempt.status === 'in_progress' && attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/** Reads the attempt and holds its row until the transaction ends, so saves, submits and grading queue up. */
export async function lockAttempt(tx: Db, attemptId: string): Promise<QuizAttempt | null> {
  await tx.$queryRaw`SELECT id FROM courses.quiz_attempt WHERE id = ${attemptId}::uuid FOR UPDATE`;
  return tx.quizAttempt.findUnique({ where: { id: attemptId } });
}

// ─── Starting ───────────────────────────────────────────────────────────────────────────────────────

export interface StartAttemptInput extends AttemptEffects {
  viewer: SignedInViewer;
  quizId: string;
}

export async function startQuizAttempt(prisma: PrismaClient, input: StartAttemptInput): Promise<QuizAttempt> {
  const now = input.now ?? new Date();
  const userId = input.viewer.id;
  const quiz = await prisma.quiz.findFirst({
    where: { id: input.quizId, archivedAt: null },
    include: {
      course: { select: ACCESS_FACTS_SELECT },
      questions: { orderBy: { position: 'asc' }, include: { question: { select: { id: true, prompt: true, options: true, archivedAt: true } } } },
    },
  });
  if (quiz === null || !canSeeCourse(input.viewer, quiz.course)) throw notFound('That quiz');
  const enrollment = await prisma.enrollment.findUnique({ where: { courseId_userId: { courseId: quiz.courseId, userId } } });
  if (enrollment === null || enrollment.status !== 'active') throw forbidden('Enroll in this course to take its quizzes.');
  await assertItemOpen(prisma, { userId, moduleId: quiz.moduleId, item: { kind: 'quiz', id: quiz.id }, now });
  await closeOverdueAttempts(prisma, { where: { quizId: quiz.id, userId }, events: input.events, now });

  const current = quiz.questions.filter((placement) => placement.question.archivedAt === null);
  const promptOf = new Map(current.map((placement) => [placement.questionId, placement.question.prompt]));
  const questions = current
    .map((placement) => ({
      questionId: placement.questionId,
      points: placement.points,
      optionIds: offeredOptionIds(placement.question.options),
    }));

  try {
    return await prisma.$transaction(async (tx) => {
      // Serialises two starts by the same student (double click, two tabs) on their enrollment row.
      await tx.$queryRaw`SELECT id FROM courses.enrollment WHERE id = ${enrollment.id}::uuid FOR UPDATE`;
      const inProgress = await tx.quizAttempt.findFirst({ where: { quizId: quiz.id, userId, status: 'in_progress' } });
      if (inProgress !== null) return inProgress;
      const used = await tx.quizAttempt.count({ where: { quizId: quiz.id, userId } });
      if (quiz.maxAttempts !== null && used >= quiz.maxAttempts) {
        throw forbidden(`You have no attempts left on this quiz (${used} of ${quiz.maxAttempts} used).`);
      }
      if (questions.length === 0) throw conflict('This quiz has no questions yet; try again once your instructor has added them.');
      const id = randomUUID();
      const layout = buildAttemptLayout(id, quiz, questions);
      const attempt = await tx.quizAttempt.create({
        data: {
          id,
          quizId: quiz.id,
          userId,
          courseId: quiz.courseId,
          number: used + 1,
          layout: layout as unknown as Prisma.InputJsonValue,
          startedAt: now,
          deadlineAt: quiz.timeLimitSeconds === null ? null : new Date(now.getTime() + quiz.timeLimitSeconds * 1000),
          maxScore: layout.reduce((sum, entry) => sum + entry.points, 0),
        },
      });
      await announceAttemptStarted(tx, input.events, {
        attemptId: attempt.id,
        userId,
        courseId: attempt.courseId,
        quizId: attempt.quizId,
        startedAt: attempt.startedAt.toISOString(),
        deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
        questions: layout.map((entry) => ({ id: entry.questionId, prompt: promptOf.get(entry.questionId) ?? '' })),
      });
      return attempt;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict('Another attempt of this quiz started at the same moment; reload to continue it.');
    }
    throw error;
  }
}

// ─── Owner checks ───────────────────────────────────────────────────────────────────────────────────

/** The attempt, if the viewer is the student taking it: NOT_FOUND when there is none, FORBIDDEN for anyone else. */
async function ownAttempt(db: Db, viewer: SignedInViewer, attemptId: string): Promise<QuizAttempt> {
  const attempt = await db.quizAttempt.findUnique({ where: { id: attemptId } });
  if (attempt === null) throw notFound('That attempt');
  if (attempt.userId !== viewer.id) throw forbidden('Only the student taking this attempt can answer or submit it.');
  return attempt;
}

function refuseUnlessInProgress(attempt: QuizAttempt, now: Date): void {
  if (attempt.status !== 'in_progress') throw conflict('This attempt was already submitted; start a new attempt to answer again.');
  if (isOverdue(attempt, now)) throw conflict('Time is up: this attempt was submitted with the answers saved before its deadline.');
}

// ─── Saving answers ─────────────────────────────────────────────────────────────────────────────────

export interface QuizAnswerInput extends AnswerInput {
  questionId: string;
}

export interface SaveAnswersInput extends AttemptEffects {
  viewer: SignedInViewer;
  attemptId: string;
  answers: readonly QuizAnswerInput[];
}

export async function saveQuizAnswers(prisma: PrismaClient, input: SaveAnswersInput): Promise<QuizAttempt> {
  const now = input.now ?? new Date();
  const attempt = await ownAttempt(prisma, input.viewer, input.attemptId);
  if (isOverdue(attempt, now)) {
    // The refusal below must not roll back the closing, so the attempt is closed in its own transaction.
    await prisma.$transaction((tx) => closeAttempt(tx, attempt.id, { events: input.events, now }));
  }
  refuseUnlessInProgress(attempt, now);

  const layout = new Map(readLayout(attempt.layout).map((entry) => [entry.questionId, entry]));
  const questions = await prisma.question.findMany({
    where: { id: { in: [...layout.keys()] } },
    select: { id: true, type: true, answerKey: true },
  });
  const typeOf = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const responses = input.answers.map((answer, index) => {
    const entry = layout.get(answer.questionId);
    const question = typeOf.get(answer.questionId);
    if (entry === undefined || question === undefined) {
      throw badInput(`Question ${answer.questionId.slice(0, 40)} is not part of this attempt.`, `answers.${index}.questionId`);
    }
    if (seen.has(answer.questionId)) throw badInput('Each question may appear once per save.', `answers.${index}.questionId`);
    seen.add(answer.questionId);
    const checked = checkResponse({ type: question.type, optionIds: entry.optionIds, maxWords: essayMaxWords(question.type, question.answerKey) }, answer);
    if (!checked.ok) throw badInput(checked.problem, `answers.${index}.${checked.field}`);
    return { questionId: answer.questionId, response: checked.response };
  });

  return prisma.$transaction(async (tx) => {
    const locked = await lockAttempt(tx, attempt.id);
    if (locked === null) throw notFound('That attempt');
    refuseUnlessInProgress(locked, now);
    for (const { questionId, response } of responses) {
      await tx.attemptAnswer.upsert({
        where: { attemptId_questionId: { attemptId: attempt.id, questionId } },
        create: { attemptId: attempt.id, questionId, response, savedAt: now },
        update: { response, savedAt: now },
      });
    }
    return locked;
  });
}

function essayMaxWords(type: QuestionKind, answerKey: unknown): number | undefined {
  if (type !== 'essay') return undefined;
  const parsed = essayKeySchema.safeParse(answerKey);
  return parsed.success ? parsed.data.maxWords : undefined;
}

// ─── Submitting and closing ─────────────────────────────────────────────────────────────────────────

export interface SubmitAttemptInput extends AttemptEffects {
  viewer: SignedInViewer;
  attemptId: string;
}

export async function submitQuizAttempt(prisma: PrismaClient, input: SubmitAttemptInput): Promise<QuizAttempt> {
  const now = input.now ?? new Date();
  const attempt = await ownAttempt(prisma, input.viewer, input.attemptId);
  if (attempt.status !== 'in_progress') throw conflict('This attempt was already submitted.');
  return prisma.$transaction(async (tx) => {
    const locked = await lockAttempt(tx, attempt.id);
    if (locked === null) throw notFound('That attempt');
    if (locked.status !== 'in_progress') throw conflict('This attempt was already submitted.');
    return closeAttempt(tx, attempt.id, { events: input.events, now });
  });
}

/**
 * Submits an attempt in progress and grades it. An overdue attempt counts as submitted at its deadline.
 * Returns the attempt unchanged when it was already closed (by a concurrent request, for instance).
 */
export async function closeAttempt(tx: Db, attemptId: string, effects: AttemptEffects): Promise<QuizAttempt> {
  const now = effects.now ?? new Date();
  const attempt = await lockAttempt(tx, attemptId);
  if (attempt === null) throw notFound('That attempt');
  if (attempt.status !== 'in_progress') return attempt;
  const submittedAt = isOverdue(attempt, now) && attempt.deadlineAt !== null ? attempt.deadlineAt : now;
  const layout = readLayout(attempt.layout);
  const questions = await tx.question.findMany({
    where: { id: { in: layout.map((entry) => entry.questionId) } },
    select: { id: true, type: true, prompt: true, options: true, answerKey: true },
  });
  const answers = await tx.attemptAnswer.findMany({ where: { attemptId } });
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const pointsOf = new Map(layout.map((entry) => [entry.questionId, entry.points]));
  const autoScores: { questionId: string; score: number }[] = [];
  for (const answer of answers) {
    const question = questionById.get(answer.questionId);
    if (question === undefined) continue;
    const fraction = gradeResponse(question, answer.response);
    if (fraction === null) continue;
    const score = roundScore(fraction * (pointsOf.get(answer.questionId) ?? 0));
    autoScores.push({ questionId: answer.questionId, score });
    // Keeps the rows in step with the UPDATE below, so the totals are computed from what is stored.
    answer.autoScore = score;
  }
  if (autoScores.length > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE courses.attempt_answer AS answer SET auto_score = graded.score
         FROM unnest($2::uuid[], $3::float8[]) AS graded(question_id, score)
        WHERE answer.attempt_id = $1::uuid AND answer.question_id = graded.question_id`,
      attemptId,
      autoScores.map((item) => item.questionId),
      autoScores.map((item) => item.score),
    );
  }
  const settled = await settleAttempt(tx, attempt, layout, answers, new Map(questions.map((question) => [question.id, question.type])), {
    ...effects,
    now,
    submittedAt,
  });
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer.response]));
  const essays = layout.flatMap((entry) => {
    const question = questionById.get(entry.questionId);
    if (question === undefined || question.type !== 'essay') return [];
    return [
      {
        questionId: question.id,
        prompt: question.prompt,
        rubric: essayRubric(question.answerKey, entry.points),
        answerText: readResponse(answerOf.get(question.id)).text ?? '',
      },
    ];
  });
  await announceAttemptEnded(tx, effects.events, { ...attempt, submittedAt }, essays);
  return settled;
}

/**
 * Records where an attempt stands after a change to its answers' scores: `graded` with its score when
 * every answer has a final score (and then evaluates course completion), `submitted` otherwise.
 */
export async function settleAttempt(
  tx: Db,
  attempt: QuizAttempt,
  layout: readonly LayoutEntry[],
  answers: readonly ScoredAnswer[],
  typeOf: ReadonlyMap<string, QuestionKind>,
  effects: AttemptEffects & { now: Date; submittedAt?: Date },
): Promise<QuizAttempt> {
  const totals = attemptTotals(layout, new Map(answers.map((answer) => [answer.questionId, answer])), typeOf);
  const graded = totals.pendingCount === 0;
  const updated = await tx.quizAttempt.update({
    where: { id: attempt.id },
    data: {
      status: graded ? 'graded' : 'submitted',
      submittedAt: effects.submittedAt ?? attempt.submittedAt ?? effects.now,
      score: graded ? totals.score : null,
      scorePercent: graded ? scorePercentOf(totals.score, attempt.maxScore) : null,
      gradedAt: graded ? effects.now : null,
    },
  });
  if (graded) await evaluateCompletion(tx, { userId: attempt.userId, courseId: attempt.courseId, events: effects.events, now: effects.now });
  return updated;
}

export interface OverdueFilter {
  where: { quizId?: string; userId?: string; id?: { in: string[] } };
}

/** Closes every overdue attempt the filter matches, each in its own transaction; returns how many. */
export async function closeOverdueAttempts(prisma: PrismaClient, input: OverdueFilter & AttemptEffects): Promise<number> {
  const now = input.now ?? new Date();
  const overdue = await prisma.quizAttempt.findMany({
    where: { ...input.where, status: 'in_progress', deadlineAt: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true },
  });
  for (const { id } of overdue) {
    await prisma.$transaction((tx) => closeAttempt(tx, id, { events: input.events, now }));
  }
  return overdue.length;
}
