// Answers left pending by a process that died are finished as failed and their questions given back.
import { randomUUID } from 'node:crypto';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { finishStaleAnswers } from '../src/conversation/stale-answers';
import { periodStartOf } from '../src/conversation/quota';
import { STALE_PENDING_MS } from '../src/conversation/conversation-rules';
import { createTutor } from './support/tutoring';

let services: TestServices;

beforeAll(() => {
  services = createTestServices();
});

afterAll(async () => {
  await services?.close();
});

async function pendingAnswer(ageMs: number) {
  const { prisma } = services.services;
  const userId = randomUUID();
  const tutor = await createTutor(prisma);
  const session = await prisma.tutorSession.create({ data: { userId, tutorId: tutor.id, title: 'Stale' } });
  const askedAt = new Date(Date.now() - ageMs);
  const question = await prisma.tutorMessage.create({
    data: { sessionId: session.id, role: 'user', content: 'Anyone there?', countedInUsage: true, createdAt: askedAt },
  });
  const answer = await prisma.tutorMessage.create({
    data: { sessionId: session.id, role: 'assistant', status: 'pending', replyToId: question.id, createdAt: new Date(askedAt.getTime() + 1) },
  });
  await prisma.tutorUsage.create({ data: { userId, periodStart: periodStartOf(askedAt), questions: 1 } });
  return { userId, session, question, answer, askedAt };
}

test('finishes an answer pending longer than the limit as failed and gives its question back, once', async () => {
  const { prisma } = services.services;
  const stale = await pendingAnswer(STALE_PENDING_MS + 60_000);
  expect(await finishStaleAnswers(prisma, { sessionId: stale.session.id })).toBe(1);
  expect(await prisma.tutorMessage.findUniqueOrThrow({ where: { id: stale.answer.id } })).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
  expect(await prisma.tutorMessage.findUniqueOrThrow({ where: { id: stale.question.id } })).toMatchObject({ countedInUsage: false });
  const usage = () => prisma.tutorUsage.findUniqueOrThrow({ where: { userId_periodStart: { userId: stale.userId, periodStart: periodStartOf(stale.askedAt) } } });
  expect((await usage()).questions).toBe(0);
  expect(await finishStaleAnswers(prisma, { sessionId: stale.session.id })).toBe(0);
  expect((await usage()).questions).toBe(0);
});

test('leaves an answer that is still within the limit alone', async () => {
  const { prisma } = services.services;
  const fresh = await pendingAnswer(1000);
  expect(await finishStaleAnswers(prisma, { sessionId: fresh.session.id })).toBe(0);
  expect((await prisma.tutorMessage.findUniqueOrThrow({ where: { id: fresh.answer.id } })).status).toBe('pending');
});
