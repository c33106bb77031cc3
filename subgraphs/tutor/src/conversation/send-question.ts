// sendTutorMessage: stores the student's question and a pending answer in one transaction (after the
// rate limit, the one-answer-at-a-time rule and the month's quota), then starts the answer in the
// background and returns at once; the answer streams over `tutorStream`.
import { randomUUID } from 'node:crypto';
import type { Db, PrismaClient, TutorMessage } from '../../../kit/src/db';
import { badInput, conflict, rateLimited } from '../../../kit/src/errors';
import type { PubSub } from '../../../kit/src/pubsub';
import { signedInViewerId } from '../../../kit/src/signed-in';
import type { Viewer } from '../../../kit/src/viewer';
import type { Logger } from '../../../kit/src/logger';
import { requireCourseForTutoring } from '../access/course-access';
import { activeQuizzesFor } from '../safety/honesty';
import { neutraliseRoleMarkers } from '../safety/injection';
import type { TutorRuntime } from '../runtime';
import { assessQuestion } from './answer-plan';
import { MAX_QUESTION_LENGTH, SEND_RATE_LIMIT, STALE_PENDING_MS, titleFromQuestion } from './conversation-rules';
import { retryAfterSeconds } from '../../../kit/src/rate-window';
import { startAnswer } from './generate-answer';
import { questionAllowance, reserveQuestion } from './quota';
import { finishStaleAnswers } from './stale-answers';
import { requireOwnSession } from './sessions';

export interface SendQuestionInput {
  sessionId: string;
  content: string;
}

export interface SentQuestion {
  question: TutorMessage;
  /** The pending answer; its text arrives on `tutorStream(sessionId)`. */
  answer: TutorMessage;
}

export interface ConversationServices {
  prisma: PrismaClient;
  pubsub: PubSub;
  logger: Logger;
}

function checkQuestion(content: string): string {
  const trimmed = content.trim();
  if (trimmed === '') throw badInput('Write a question for the tutor.', 'content');
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw badInput(`A question is at most ${MAX_QUESTION_LENGTH} characters; split it into smaller ones.`, 'content');
  }
  return trimmed;
}

/**
 * Locks the session row (so two questions to one session cannot both pass the check) and counts its
 * answers still being written, in one statement.
 */
async function lockSessionAndCountPending(tx: Db, sessionId: string, staleBefore: Date): Promise<number> {
  const [row] = await tx.$queryRaw<{ pending: number }[]>`
    SELECT (SELECT count(*)::int FROM tutor.tutor_message m
             WHERE m.session_id = s.id AND m.role = 'assistant' AND m.status = 'pending' AND m.created_at >= ${staleBefore}) AS pending
      FROM tutor.tutor_session s WHERE s.id = ${sessionId}::uuid FOR UPDATE`;
  return row?.pending ?? 0;
}

async function assertUnderSendRate(tx: Db, userId: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - SEND_RATE_LIMIT.windowSeconds * 1000);
  const recent = await tx.tutorMessage.findMany({
    where: { role: 'user', createdAt: { gt: windowStart }, session: { userId } },
    orderBy: { createdAt: 'desc' },
    take: SEND_RATE_LIMIT.questions,
    select: { createdAt: true },
  });
  if (recent.length < SEND_RATE_LIMIT.questions) return;
  const wait = retryAfterSeconds(recent[recent.length - 1]!.createdAt, now, SEND_RATE_LIMIT.windowSeconds);
  throw rateLimited(wait, `You are asking faster than the tutor can think. Wait ${wait} second(s) and ask again.`);
}

export async function sendQuestion(
  services: ConversationServices,
  runtime: TutorRuntime,
  viewer: Viewer,
  input: SendQuestionInput,
  now: Date = new Date(),
): Promise<SentQuestion> {
  const { prisma } = services;
  const userId = signedInViewerId(viewer);
  const content = neutraliseRoleMarkers(checkQuestion(input.content));
  const session = await requireOwnSession(prisma, viewer, input.sessionId);
  // Access is checked again on every question: a student who dropped the course loses its tutor.
  if (session.courseId !== null) await requireCourseForTutoring(prisma, viewer, session.courseId);
  const { plan, flagReason } = assessQuestion(content, await activeQuizzesFor(prisma, userId, now));
  const offline = plan.kind === 'answer' && runtime.chatModel === null;

  // Reads and checks that need no lock run before the transaction, so it holds its connection briefly.
  const staleBefore = new Date(now.getTime() - STALE_PENDING_MS);
  await finishStaleAnswers(prisma, { sessionId: session.id }, now);
  await assertUnderSendRate(prisma, userId, now);
  const allowance = plan.kind === 'answer' ? await questionAllowance(prisma, userId, now) : null;

  const sent = await prisma.$transaction(async (tx) => {
    if ((await lockSessionAndCountPending(tx, session.id, staleBefore)) > 0) {
      throw conflict('The tutor is still answering your last question. Wait for it or stop it first.');
    }
    if (allowance) await reserveQuestion(tx, allowance, now);
    const questionId = randomUUID();
    const created = await tx.tutorMessage.createManyAndReturn({
      data: [
        {
          id: questionId,
          sessionId: session.id,
          role: 'user',
          status: 'complete',
          content,
          flagged: flagReason !== null,
          flagReason,
          countedInUsage: plan.kind === 'answer',
          createdAt: now,
          completedAt: now,
        },
        {
          sessionId: session.id,
          replyToId: questionId,
          role: 'assistant',
          status: 'pending',
          offline,
          model: plan.kind === 'answer' ? (runtime.chatModel?.model ?? 'offline') : null,
          // One millisecond later, so the answer always sorts after its question.
          createdAt: new Date(now.getTime() + 1),
        },
      ],
    });
    await tx.tutorSession.update({
      where: { id: session.id },
      data: { lastMessageAt: now, ...(session.title === '' ? { title: titleFromQuestion(content) } : {}) },
    });
    // RETURNING order is not promised, so each row is picked by its role.
    const question = created.find((message) => message.role === 'user');
    const answer = created.find((message) => message.role === 'assistant');
    if (!question || !answer) throw new Error('Storing a question and its pending answer returned too few rows.');
    return { question, answer };
  });

  startAnswer(services, runtime, {
    sessionId: session.id,
    userId,
    questionId: sent.question.id,
    answerId: sent.answer.id,
    question: content,
    plan,
    offline,
  });
  return sent;
}
