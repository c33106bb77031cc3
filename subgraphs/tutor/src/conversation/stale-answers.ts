// Answers whose process died while writing them stay pending; after STALE_PENDING_MS they are finished
// as failed and their questions given back to the month's quota. Each is finished by the same
// conditional update that stores answers, so a late writer and the sweep never both win.
import type { Prisma, PrismaClient } from '../../../kit/src/db';
import type { Logger } from '../../../kit/src/logger';
import { STALE_PENDING_MS } from './conversation-rules';
import { releaseQuestion } from './quota';

/** How often each tutor process looks for stale answers. */
export const STALE_SWEEP_INTERVAL_MS = 60_000;

export async function finishStaleAnswers(prisma: PrismaClient, scope: { sessionId?: string }, now: Date = new Date()): Promise<number> {
  const where: Prisma.TutorMessageWhereInput = {
    ...scope,
    role: 'assistant',
    status: 'pending',
    createdAt: { lt: new Date(now.getTime() - STALE_PENDING_MS) },
  };
  const stale = await prisma.tutorMessage.findMany({ where, select: { id: true, replyToId: true, session: { select: { userId: true } } }, take: 500 });
  let finished = 0;
  for (const answer of stale) {
    await prisma.$transaction(async (tx) => {
      const written = await tx.tutorMessage.updateMany({
        where: { id: answer.id, status: 'pending' },
        data: { status: 'failed', error: 'This answer was interrupted. Ask again.', completedAt: now },
      });
      if (written.count === 0) return;
      finished += 1;
      if (answer.replyToId) await releaseQuestion(tx, answer.replyToId, answer.session.userId);
    });
  }
  return finished;
}

/** Sweeps now and then every interval until stopped; the timer never keeps the process alive. */
export function startStaleAnswerSweep(prisma: PrismaClient, logger: Logger): () => void {
  const sweep = () =>
    void finishStaleAnswers(prisma, {}).then(
      (count) => count > 0 && logger.warn({ count }, 'finished stale tutor answers as failed'),
      (error: unknown) => logger.error({ error }, 'stale tutor answer sweep failed'),
    );
  sweep();
  const timer = setInterval(sweep, STALE_SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
