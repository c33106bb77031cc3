// cancelTutorMessage: stops an answer wherever it is being generated and keeps what was said so far.
import type { PrismaClient, TutorMessage } from '../../../kit/src/db';
import { badInput, notFound } from '../../../kit/src/errors';
import type { PubSub } from '../../../kit/src/pubsub';
import { isUuid } from '../../../kit/src/uuid';
import { signedInViewerId } from '../../../kit/src/signed-in';
import type { Viewer } from '../../../kit/src/viewer';
import type { TutorRuntime } from '../runtime';
import { ABORT_REASONS } from './generate-answer';
import { tutorTopics } from './stream-topics';

/** How long a cancel waits for the generating process to store the answer before storing it itself. */
export const CANCEL_GRACE_MS = 3000;

async function readAnswer(prisma: PrismaClient, messageId: string): Promise<TutorMessage | null> {
  return prisma.tutorMessage.findUnique({ where: { id: messageId } });
}

export async function cancelAnswer(
  services: { prisma: PrismaClient; pubsub: PubSub },
  runtime: TutorRuntime,
  viewer: Viewer,
  messageId: string,
): Promise<TutorMessage> {
  const { prisma, pubsub } = services;
  const userId = signedInViewerId(viewer);
  const message = isUuid(messageId) ? await prisma.tutorMessage.findUnique({ where: { id: messageId }, include: { session: { select: { userId: true } } } }) : null;
  if (!message || message.session.userId !== userId) throw notFound('That tutor message');
  if (message.role !== 'assistant') throw badInput('Only an answer of the tutor can be stopped.', 'messageId');
  const { session: _session, ...answer } = message;
  if (answer.status !== 'pending') return answer;

  // This process may be the one generating; otherwise the generating instance hears it on the topic.
  const stoppedHere = await runtime.generations.abort(answer.id, ABORT_REASONS.cancelled);
  if (!stoppedHere) await pubsub.publish(tutorTopics.cancel(answer.id), null);

  const deadline = Date.now() + CANCEL_GRACE_MS;
  for (;;) {
    const current = await readAnswer(prisma, answer.id);
    if (!current || current.status !== 'pending') return current ?? answer;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // Nobody is generating it any more (its process is gone): store it as cancelled with nothing said.
  await prisma.tutorMessage.updateMany({ where: { id: answer.id, status: 'pending' }, data: { status: 'cancelled', completedAt: new Date() } });
  return (await readAnswer(prisma, answer.id)) ?? answer;
}
