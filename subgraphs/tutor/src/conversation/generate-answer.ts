// Generates one answer in the background: streams its deltas to the session's topic in order and stores
// the answer exactly once when it ends — complete, cancelled (keeping what was said) or failed — whether
// or not anyone is still listening.
import type { PrismaClient, TutorMessageStatus } from '../../../kit/src/db';
import type { Logger } from '../../../kit/src/logger';
import type { PubSub } from '../../../kit/src/pubsub';
import type { Citation } from '../content/passage';
import { ModelError, type ChatModel, type TokenUsage } from '../model/chat-model';
import { estimateTokens } from '../model/token-estimate';
import { streamTextInPieces } from '../model/text-stream';
import { moderateText, refusalFor } from '../safety/moderation';
import type { TutorRuntime } from '../runtime';
import type { AnswerPlan } from './answer-plan';
import { gatherAnswerContext, type AnswerContext } from './answer-context';
import { composeOfflineAnswer } from '../model/offline-tutor';
import { buildTutorPrompt } from '../prompt/tutor-prompt';
import { HISTORY_BUDGET_TOKENS } from './conversation-rules';
import { releaseQuestion } from './quota';
import { DeltaCoalescer } from './delta-coalescer';
import { OrderedPublisher, tutorTopics, type TutorStreamEvent } from './stream-topics';

export interface AnswerJob {
  sessionId: string;
  userId: string;
  questionId: string;
  answerId: string;
  question: string;
  plan: AnswerPlan;
  offline: boolean;
}

export interface AnswerServices {
  prisma: PrismaClient;
  pubsub: PubSub;
  logger: Logger;
}

export type StreamErrorCode = 'MODEL_UNAVAILABLE' | 'MODEL_TIMEOUT' | 'MODEL_REJECTED' | 'FLAGGED' | 'INTERRUPTED';

interface AnswerOutcome {
  status: TutorMessageStatus;
  content: string;
  usage: TokenUsage;
  citations: Citation[];
  flagReason: string | null;
  error: { code: StreamErrorCode; message: string } | null;
}

/** Why an answer's AbortController was aborted. */
export const ABORT_REASONS = { cancelled: 'cancelled', shutdown: 'shutdown', moderation: 'moderation' } as const;

/** Starts the answer and tracks it in the runtime, so cancel and shutdown can reach it. */
export function startAnswer(services: AnswerServices, runtime: TutorRuntime, job: AnswerJob): void {
  const controller = new AbortController();
  const done = runAnswer(services, runtime, job, controller).catch((error: unknown) => {
    services.logger.error({ error, messageId: job.answerId }, 'tutor answer failed unexpectedly');
  });
  runtime.generations.track(job.answerId, controller, done);
}

function modelErrorOutcome(error: ModelError): { code: StreamErrorCode; message: string } {
  switch (error.kind) {
    case 'timeout':
      return { code: 'MODEL_TIMEOUT', message: 'The tutor took too long to answer. Ask again in a moment.' };
    case 'rejected':
      return { code: 'MODEL_REJECTED', message: 'The tutor could not take this question. Try rephrasing it.' };
    case 'circuit_open': {
      const seconds = Math.ceil((error.details.retryAfterMs ?? 30_000) / 1000);
      return { code: 'MODEL_UNAVAILABLE', message: `The tutor is unavailable right now. Try again in ${seconds} second(s).` };
    }
    default:
      return { code: 'MODEL_UNAVAILABLE', message: 'The tutor is unavailable right now. Try again in a minute.' };
  }
}

async function runAnswer(services: AnswerServices, runtime: TutorRuntime, job: AnswerJob, controller: AbortController): Promise<void> {
  const { prisma, pubsub } = services;
  // A cancel may come from any instance: it is announced on the answer's own topic.
  const cancels = pubsub.subscribe<null>(tutorTopics.cancel(job.answerId), { signal: controller.signal });
  void (async () => {
    for await (const _ of cancels) {
      controller.abort(ABORT_REASONS.cancelled);
      return;
    }
  })();

  const publisher = new OrderedPublisher(pubsub, tutorTopics.session(job.sessionId));
  let seq = 0;
  let said = '';
  const base = { messageId: job.answerId, offline: job.offline };
  const coalescer = new DeltaCoalescer((delta) =>
    publisher.publish({ ...base, seq: seq++, delta, done: false, usage: null, error: null, content: null, citations: null, status: 'pending' }),
  );
  const emit = (delta: string) => {
    said += delta;
    coalescer.push(delta);
  };

  let outcome: AnswerOutcome;
  try {
    outcome = await produceAnswer(prisma, runtime.chatModel, job, controller, emit, () => said);
  } catch (error) {
    services.logger.error({ error, messageId: job.answerId }, 'tutor answer failed');
    outcome = {
      status: 'failed',
      content: said,
      usage: { promptTokens: 0, completionTokens: estimateTokens(said) },
      citations: [],
      flagReason: null,
      error: { code: 'INTERRUPTED', message: 'Something went wrong while the tutor answered. Ask again.' },
    };
  } finally {
    controller.abort(ABORT_REASONS.shutdown);
    await cancels.return?.();
  }

  coalescer.flush();
  const stored = await storeAnswer(prisma, job, outcome);
  const final: TutorStreamEvent = {
    ...base,
    seq: seq++,
    delta: '',
    done: true,
    status: stored.status,
    usage: { ...outcome.usage, totalTokens: outcome.usage.promptTokens + outcome.usage.completionTokens },
    error: outcome.error,
    content: stored.content,
    citations: outcome.citations,
  };
  publisher.publish(final);
  await publisher.flushed();
}

async function produceAnswer(
  prisma: PrismaClient,
  chatModel: ChatModel | null,
  job: AnswerJob,
  controller: AbortController,
  emit: (delta: string) => void,
  said: () => string,
): Promise<AnswerOutcome> {
  const { signal } = controller;
  const stopped = (): AnswerOutcome => ({
    status: signal.reason === ABORT_REASONS.cancelled ? 'cancelled' : 'failed',
    content: said(),
    usage: { promptTokens: 0, completionTokens: estimateTokens(said()) },
    citations: [],
    flagReason: null,
    error: signal.reason === ABORT_REASONS.cancelled ? null : { code: 'INTERRUPTED', message: 'The tutor was restarted while answering. Ask again.' },
  });

  if (job.plan.kind !== 'answer') {
    await streamTextInPieces(job.plan.text, emit, { signal, pieceDelayMs: 0 });
    if (signal.aborted) return stopped();
    return { status: 'complete', content: said(), usage: { promptTokens: 0, completionTokens: 0 }, citations: [], flagReason: null, error: null };
  }

  const context = await gatherAnswerContext(prisma, job);
  if (chatModel === null) return offlineAnswer(context, job, signal, emit, said, stopped);

  const prompt = buildTutorPrompt({
    tutor: context.tutor,
    course: context.course,
    lectureTitle: context.lectureTitle,
    passages: context.passages,
    history: context.history,
    question: job.question,
    activeQuizzes: context.activeQuizzes,
    budgetTokens: HISTORY_BUDGET_TOKENS,
  });
  let blocked: { category: string; reason: string } | null = null;
  try {
    const completion = await chatModel.streamChat({ messages: prompt.messages, signal }, (delta) => {
      if (blocked) return;
      // The whole answer so far is checked before each piece goes out, so a blocked phrase split across
      // deltas is caught before its last piece is sent.
      const verdict = moderateText(said() + delta, 'output');
      if (!verdict.allowed) {
        blocked = { category: verdict.category, reason: verdict.reason };
        controller.abort(ABORT_REASONS.moderation);
        return;
      }
      emit(delta);
    });
    return { status: 'complete', content: completion.content, usage: completion.usage, citations: prompt.citations, flagReason: null, error: null };
  } catch (error) {
    const verdict = blocked as { category: string; reason: string } | null;
    if (verdict) {
      return {
        status: 'failed',
        content: refusalFor(verdict.category as Parameters<typeof refusalFor>[0]),
        usage: { promptTokens: 0, completionTokens: estimateTokens(said()) },
        citations: [],
        flagReason: `Answer withheld (${verdict.category}): ${verdict.reason}`,
        error: { code: 'FLAGGED', message: 'The tutor’s answer was withheld by the safety check.' },
      };
    }
    if (signal.aborted) return stopped();
    if (error instanceof ModelError) {
      return { status: 'failed', content: said(), usage: { promptTokens: 0, completionTokens: estimateTokens(said()) }, citations: [], flagReason: null, error: modelErrorOutcome(error) };
    }
    throw error;
  }
}

async function offlineAnswer(
  context: AnswerContext,
  job: AnswerJob,
  signal: AbortSignal,
  emit: (delta: string) => void,
  said: () => string,
  stopped: () => AnswerOutcome,
): Promise<AnswerOutcome> {
  const offline = composeOfflineAnswer({
    question: job.question,
    passages: context.passages,
    tutorName: context.tutor.name,
    socraticStrength: context.tutor.socraticStrength,
    courseTitle: context.course?.title,
  });
  await streamTextInPieces(offline.content, emit, { signal });
  if (signal.aborted) return stopped();
  return {
    status: 'complete',
    content: said(),
    usage: { promptTokens: 0, completionTokens: estimateTokens(said()) },
    citations: offline.citations,
    flagReason: null,
    error: null,
  };
}

/**
 * Writes the outcome once: only a still-pending answer is updated, so a cancel that already finished an
 * orphaned answer, or a repeated call, changes nothing. A question that got no answer at all is given
 * back to the month's quota in the same transaction.
 */
async function storeAnswer(prisma: PrismaClient, job: AnswerJob, outcome: AnswerOutcome): Promise<{ status: TutorMessageStatus; content: string }> {
  return prisma.$transaction(async (tx) => {
    const written = await tx.tutorMessage.updateMany({
      where: { id: job.answerId, status: 'pending' },
      data: {
        status: outcome.status,
        content: outcome.content,
        promptTokens: outcome.usage.promptTokens,
        completionTokens: outcome.usage.completionTokens,
        citations: outcome.citations.map((citation) => ({ ...citation })),
        flagged: outcome.flagReason !== null,
        flagReason: outcome.flagReason,
        error: outcome.error?.message ?? null,
        completedAt: new Date(),
      },
    });
    const answered = outcome.status === 'complete' || (outcome.status === 'cancelled' && outcome.content !== '');
    if (written.count === 1 && !answered) await releaseQuestion(tx, job.questionId, job.userId);
    if (written.count === 1) return { status: outcome.status, content: outcome.content };
    const current = await tx.tutorMessage.findUnique({ where: { id: job.answerId }, select: { status: true, content: true } });
    return current ?? { status: outcome.status, content: outcome.content };
  });
}
