// Practice sessions: questions drawn from the banks of the courses a student is enrolled in (active or
// completed), filtered by topic, difficulty and type, or aimed at the student's weakest topics.
//
// - practice mode: each answer is graded at once and its feedback (correct or not, the correct answer,
//   the explanation) returned; a question is answered once.
// - exam mode: answers are only recorded (and may be changed) until the session is submitted or its time
//   limit passes (plus DEADLINE_GRACE_MS); scores and feedback appear after submission.
// Essays are drawn only when asked for by type; practice does not grade them (score null, not in maxScore).
import { randomInt } from 'node:crypto';
import type { Difficulty, PracticeAnswer, PracticeMode, PracticeSession, PrismaClient, Question } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import type { QuestionKind } from '../question-spec';
import { shuffle } from './attempt-layout';
import { DEADLINE_GRACE_MS, type SignedInViewer } from './attempts';
import { gradeResponse, roundScore } from './grading';
import { checkResponse, offeredOptionIds, type AnswerInput } from './response-rules';
import { topicAccuracy, weakestFirst } from './topic-accuracy';

export const PRACTICE_MAX_QUESTIONS = 50;
export const OBJECTIVE_TYPES: QuestionKind[] = ['multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer'];

export interface PracticeCriteria {
  courseIds: string[];
  /** Empty means every topic. Compared without regard to letter case. */
  topics: string[];
  difficulty: Difficulty | null;
  /** Empty means every objective type. */
  types: QuestionKind[];
  /** Draw from the topics where the student's accuracy is lowest. */
  weakAreas: boolean;
}

export interface StartPracticeInput {
  viewer: SignedInViewer;
  criteria: PracticeCriteria;
  questionCount: number;
  mode: PracticeMode;
  /** Exam mode only (required there). */
  timeLimitMinutes: number | null;
  now?: Date;
}

const cryptoRandom = () => randomInt(2 ** 32) / 2 ** 32;

export async function startPracticeSession(prisma: PrismaClient, input: StartPracticeInput): Promise<PracticeSession> {
  const now = input.now ?? new Date();
  const userId = input.viewer.id;
  if (!Number.isInteger(input.questionCount) || input.questionCount < 1 || input.questionCount > PRACTICE_MAX_QUESTIONS) {
    throw badInput(`Ask for 1 to ${PRACTICE_MAX_QUESTIONS} questions.`, 'input.questionCount');
  }
  const courseIds = [...new Set(input.criteria.courseIds)];
  if (courseIds.length === 0) throw badInput('Choose at least one course to practise.', 'input.courseIds');
  const enrollments = await prisma.enrollment.findMany({
    where: { userId, courseId: { in: courseIds }, status: { in: ['active', 'completed'] } },
    select: { courseId: true },
  });
  if (enrollments.length !== courseIds.length) throw forbidden('You can practise only with questions of courses you are enrolled in.');

  const types = input.criteria.types.length > 0 ? [...new Set(input.criteria.types)] : OBJECTIVE_TYPES;
  const pool = await prisma.question.findMany({
    where: {
      courseId: { in: courseIds },
      archivedAt: null,
      type: { in: types },
      ...(input.criteria.topics.length > 0 ? { topic: { in: input.criteria.topics, mode: 'insensitive' } } : {}),
      ...(input.criteria.difficulty !== null ? { difficulty: input.criteria.difficulty } : {}),
    },
    select: { id: true, topic: true, type: true },
  });

  let candidates: typeof pool;
  if (input.criteria.weakAreas) {
    const rank = new Map(weakestFirst(await topicAccuracy(prisma, userId, courseIds)).map((stat, index) => [stat.topic, index]));
    candidates = shuffle(pool.filter((question) => rank.has(question.topic)), cryptoRandom).sort(
      (left, right) => (rank.get(left.topic) ?? 0) - (rank.get(right.topic) ?? 0),
    );
  } else {
    candidates = shuffle(pool, cryptoRandom);
  }
  if (candidates.length < input.questionCount) {
    const matching = candidates.length;
    const why = input.criteria.weakAreas ? ' among topics you have answered before' : '';
    throw badInput(
      matching === 0
        ? `No questions match these filters${why}; widen the filters.`
        : `Only ${matching} question${matching === 1 ? '' : 's'} match${matching === 1 ? 'es' : ''} these filters${why}; ask for at most ${matching}, or widen the filters.`,
      'input.questionCount',
    );
  }
  const chosen = candidates.slice(0, input.questionCount);
  const timeLimitSeconds = input.mode === 'exam' && input.timeLimitMinutes !== null ? input.timeLimitMinutes * 60 : null;
  return prisma.practiceSession.create({
    data: {
      userId,
      mode: input.mode,
      criteria: { ...input.criteria, courseIds, types },
      questionIds: chosen.map((question) => question.id),
      timeLimitSeconds,
      startedAt: now,
      deadlineAt: timeLimitSeconds === null ? null : new Date(now.getTime() + timeLimitSeconds * 1000),
      maxScore: chosen.filter((question) => question.type !== 'essay').length,
    },
  });
}

async function ownSession(prisma: PrismaClient, viewer: SignedInViewer, sessionId: string): Promise<PracticeSession> {
  const session = await prisma.practiceSession.findUnique({ where: { id: sessionId } });
  if (session === null) throw notFound('That practice session');
  if (session.userId !== viewer.id) throw forbidden('Only the student practising can answer or submit this session.');
  return session;
}

export function isPracticeOverdue(session: Pick<PracticeSession, 'deadlineAt' | 'submittedAt'>, now: Date): boolean {
  return session.submittedAt === null && session.deadlineAt !== null && now.getTime() > session.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

export interface AnswerPracticeInput {
  viewer: SignedInViewer;
  sessionId: string;
  questionId: string;
  answer: AnswerInput;
  now?: Date;
}

export interface PracticeAnswerOutcome {
  session: PracticeSession;
  question: Question;
  answer: PracticeAnswer;
}

export async function answerPracticeQuestion(prisma: PrismaClient, input: AnswerPracticeInput): Promise<PracticeAnswerOutcome> {
  const now = input.now ?? new Date();
  const session = await ownSession(prisma, input.viewer, input.sessionId);
  if (session.submittedAt !== null) throw conflict('This session was already submitted; start a new one to keep practising.');
  if (isPracticeOverdue(session, now)) throw conflict('Time is up: submit the exam to see how you did.');
  if (!session.questionIds.includes(input.questionId)) throw badInput('That question is not part of this session.', 'questionId');
  const question = await prisma.question.findUnique({ where: { id: input.questionId } });
  if (question === null) throw badInput('That question was removed from the bank; skip it.', 'questionId');
  const checked = checkResponse({ type: question.type, optionIds: offeredOptionIds(question.options) }, input.answer);
  if (!checked.ok) throw badInput(checked.problem, `response.${checked.field}`);

  const answered = () => conflict('You already answered this question; its feedback is in the session.');
  try {
    if (session.mode === 'practice') {
      const answer = await prisma.practiceAnswer.create({
        data: {
          sessionId: session.id,
          questionId: question.id,
          userId: session.userId,
          response: checked.response,
          score: gradeResponse(question, checked.response),
          answeredAt: now,
        },
      });
      return { session, question, answer };
    }
    // Exam answers carry no score until submission, so nothing (not even practiceStats) reveals them.
    const answer = await prisma.practiceAnswer.upsert({
      where: { sessionId_questionId: { sessionId: session.id, questionId: question.id } },
      create: { sessionId: session.id, questionId: question.id, userId: session.userId, response: checked.response, answeredAt: now },
      update: { response: checked.response, answeredAt: now },
    });
    return { session, question, answer };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw answered();
    throw error;
  }
}

export interface SubmitPracticeInput {
  viewer: SignedInViewer;
  sessionId: string;
  now?: Date;
}

/** Scores every answer and the session. An exam submitted late counts as submitted at its deadline. */
export async function submitPracticeSession(prisma: PrismaClient, input: SubmitPracticeInput): Promise<PracticeSession> {
  const now = input.now ?? new Date();
  const session = await ownSession(prisma, input.viewer, input.sessionId);
  const alreadySubmitted = () => conflict('This session was already submitted.');
  if (session.submittedAt !== null) throw alreadySubmitted();
  return prisma.$transaction(async (tx) => {
    const answers = await tx.practiceAnswer.findMany({ where: { sessionId: session.id } });
    const questions = await tx.question.findMany({ where: { id: { in: answers.map((answer) => answer.questionId) } } });
    const questionById = new Map(questions.map((question) => [question.id, question]));
    const graded = answers.map((answer) => {
      const question = questionById.get(answer.questionId);
      return { questionId: answer.questionId, score: question === undefined ? 0 : gradeResponse(question, answer.response) };
    });
    const scored = graded.filter((item): item is { questionId: string; score: number } => item.score !== null);
    if (scored.length > 0) {
      await tx.$executeRawUnsafe(
        `UPDATE courses.practice_answer AS answer SET score = graded.score
           FROM unnest($2::uuid[], $3::float8[]) AS graded(question_id, score)
          WHERE answer.session_id = $1::uuid AND answer.question_id = graded.question_id`,
        session.id,
        scored.map((item) => item.questionId),
        scored.map((item) => item.score),
      );
    }
    const score = roundScore(scored.reduce((sum, item) => sum + item.score, 0));
    const submittedAt = isPracticeOverdue(session, now) && session.deadlineAt !== null ? session.deadlineAt : now;
    const { count } = await tx.practiceSession.updateMany({ where: { id: session.id, submittedAt: null }, data: { submittedAt, score } });
    if (count === 0) throw alreadySubmitted();
    return { ...session, submittedAt, score };
  });
}
