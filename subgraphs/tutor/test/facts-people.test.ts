// Guardian links mirrored from users' ParentLinkConfirmed, and UserDeleted removing that person's tutor
// data (and nobody else's).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { handleUserDeleted } from '../src/facts/deleted-users';
import { handleParentLinkConfirmed } from '../src/facts/guardians';

let services: TestServices;
let prisma: PrismaClient;
let tutorId: string;

beforeAll(async () => {
  services = createTestServices();
  prisma = services.services.prisma;
  const tutor = await prisma.aiTutor.create({
    data: { slug: `facts-people-${randomUUID()}`, name: 'Ada', specialty: 'History', personaPrompt: 'A patient historian.' },
  });
  tutorId = tutor.id;
});

afterAll(async () => {
  await prisma?.tutorSession.deleteMany({ where: { tutorId } });
  await prisma?.aiTutor.deleteMany({ where: { id: tutorId } });
  await services?.close();
});

const eventOf = (type: string, payload: unknown): DomainEvent => ({ id: randomUUID(), type, domain: 'users', payload, occurredAt: new Date().toISOString() });

/** Gives `userId` one of every kind of tutor row. */
async function tutorDataOf(userId: string): Promise<{ sessionId: string }> {
  const session = await prisma.tutorSession.create({ data: { userId, tutorId, title: 'Roman history' } });
  await prisma.tutorMessage.create({ data: { sessionId: session.id, role: 'user', content: 'Why did Rome fall?' } });
  await prisma.tutorUsage.create({ data: { userId, periodStart: new Date('2030-01-01T00:00:00.000Z'), questions: 3 } });
  await prisma.tutorPlanAssignment.create({ data: { userId, plan: 'standard' } });
  const attemptId = randomUUID();
  await prisma.tutorQuizAttempt.create({
    data: { attemptId, userId, courseId: randomUUID(), quizId: randomUUID(), questions: [], startedAt: new Date() },
  });
  await prisma.tutorEssay.create({
    data: { attemptId, questionId: randomUUID(), userId, courseId: randomUUID(), prompt: 'P', rubric: [], answerText: 'A', submittedAt: new Date() },
  });
  return { sessionId: session.id };
}

async function rowCountsOf(userId: string, sessionId: string) {
  return {
    links: await prisma.tutorGuardianLink.count({ where: { OR: [{ parentId: userId }, { childId: userId }] } }),
    sessions: await prisma.tutorSession.count({ where: { userId } }),
    messages: await prisma.tutorMessage.count({ where: { sessionId } }),
    usage: await prisma.tutorUsage.count({ where: { userId } }),
    plans: await prisma.tutorPlanAssignment.count({ where: { userId } }),
    attempts: await prisma.tutorQuizAttempt.count({ where: { userId } }),
    essays: await prisma.tutorEssay.count({ where: { userId } }),
  };
}

describe('ParentLinkConfirmed', () => {
  it('mirrors a confirmed link once, however often it arrives', async () => {
    const link = { parentId: randomUUID(), childId: randomUUID() };
    const confirmed = eventOf('ParentLinkConfirmed', link);
    await handleParentLinkConfirmed(prisma, confirmed);
    await handleParentLinkConfirmed(prisma, confirmed);
    await handleParentLinkConfirmed(prisma, eventOf('ParentLinkConfirmed', link));
    expect(await prisma.tutorGuardianLink.findMany({ where: link })).toEqual([link]);
  });

  it('refuses a malformed payload so that it is dead-lettered', async () => {
    await expect(handleParentLinkConfirmed(prisma, eventOf('ParentLinkConfirmed', { parentId: 'me' }))).rejects.toThrow(/malformed payload/);
  });
});

describe('UserDeleted', () => {
  it("removes the person's links, sessions with their messages, usage, plan, quiz attempts and essays", async () => {
    const deleted = randomUUID();
    const { sessionId } = await tutorDataOf(deleted);
    await prisma.tutorGuardianLink.createMany({
      data: [
        { parentId: deleted, childId: randomUUID() },
        { parentId: randomUUID(), childId: deleted },
      ],
    });
    await handleUserDeleted(prisma, eventOf('UserDeleted', { userId: deleted }));
    expect(await rowCountsOf(deleted, sessionId)).toEqual({ links: 0, sessions: 0, messages: 0, usage: 0, plans: 0, attempts: 0, essays: 0 });
  });

  it("leaves everyone else's rows alone, including the other side of a removed link", async () => {
    const deleted = randomUUID();
    const child = randomUUID();
    const bystander = randomUUID();
    await tutorDataOf(deleted);
    const { sessionId } = await tutorDataOf(bystander);
    await prisma.tutorGuardianLink.createMany({
      data: [
        { parentId: deleted, childId: child },
        { parentId: bystander, childId: child },
      ],
    });
    await handleUserDeleted(prisma, eventOf('UserDeleted', { userId: deleted }));
    expect(await rowCountsOf(bystander, sessionId)).toEqual({ links: 1, sessions: 1, messages: 1, usage: 1, plans: 1, attempts: 1, essays: 1 });
    expect(await prisma.tutorGuardianLink.findMany({ where: { childId: child } })).toEqual([{ parentId: bystander, childId: child }]);
  });

  it('applies a redelivered event only once', async () => {
    const deleted = randomUUID();
    const event = eventOf('UserDeleted', { userId: deleted });
    await handleUserDeleted(prisma, event);
    // Rows that appear later (e.g. a link confirmed again) are not touched by the same event delivered twice.
    await prisma.tutorGuardianLink.create({ data: { parentId: deleted, childId: randomUUID() } });
    await handleUserDeleted(prisma, event);
    expect(await prisma.tutorGuardianLink.count({ where: { parentId: deleted } })).toBe(1);
  });
});
