// Which of a student's mirrored quiz attempts count as open: not ended and before their deadline.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { activeQuizzesFor } from '../src/safety/honesty';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const NOW = new Date('2030-03-01T12:00:00.000Z');

async function storeAttempt(userId: string, times: { deadlineAt?: Date | null; endedAt?: Date | null } = {}) {
  const attempt = {
    attemptId: randomUUID(),
    userId,
    courseId: randomUUID(),
    quizId: randomUUID(),
    questions: [{ id: randomUUID(), prompt: 'Name the three branches of government.' }],
    startedAt: new Date('2030-03-01T11:00:00.000Z'),
    deadlineAt: times.deadlineAt ?? null,
    endedAt: times.endedAt ?? null,
  };
  await prisma.tutorQuizAttempt.create({ data: attempt });
  return attempt;
}

describe('activeQuizzesFor', () => {
  it('returns an open attempt with its questions and deadline', async () => {
    const userId = randomUUID();
    const open = await storeAttempt(userId, { deadlineAt: new Date('2030-03-01T13:00:00.000Z') });
    expect(await activeQuizzesFor(prisma, userId, NOW)).toEqual([
      { attemptId: open.attemptId, quizId: open.quizId, courseId: open.courseId, questions: open.questions, deadlineAt: open.deadlineAt },
    ]);
  });

  it('counts an attempt without a deadline as open until it ends', async () => {
    const userId = randomUUID();
    const open = await storeAttempt(userId);
    expect((await activeQuizzesFor(prisma, userId, NOW)).map((quiz) => quiz.attemptId)).toEqual([open.attemptId]);
  });

  it('leaves out ended attempts and attempts whose deadline has passed', async () => {
    const userId = randomUUID();
    await storeAttempt(userId, { endedAt: new Date('2030-03-01T11:30:00.000Z') });
    await storeAttempt(userId, { deadlineAt: new Date('2030-03-01T11:59:59.000Z') });
    await storeAttempt(userId, { deadlineAt: NOW });
    expect(await activeQuizzesFor(prisma, userId, NOW)).toEqual([]);
  });

  it("leaves out other students' attempts", async () => {
    await storeAttempt(randomUUID());
    expect(await activeQuizzesFor(prisma, randomUUID(), NOW)).toEqual([]);
  });
});
