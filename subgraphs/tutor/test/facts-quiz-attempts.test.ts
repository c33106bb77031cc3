// Quiz attempts mirrored from courses' QuizAttemptStarted / QuizAttemptEnded events, in either order.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { handleQuizAttemptEnded, handleQuizAttemptStarted, type QuizAttemptStarted } from '../src/facts/quiz-attempts';
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

const eventOf = (type: string, payload: unknown): DomainEvent => ({ id: randomUUID(), type, domain: 'courses', payload, occurredAt: new Date().toISOString() });

function startedAttempt(overrides: Partial<QuizAttemptStarted> = {}): QuizAttemptStarted {
  return {
    attemptId: randomUUID(),
    userId: randomUUID(),
    courseId: randomUUID(),
    quizId: randomUUID(),
    startedAt: '2030-01-10T09:00:00.000Z',
    deadlineAt: '2030-01-10T10:00:00.000Z',
    questions: [{ id: randomUUID(), prompt: 'What is the capital of Gaul?' }],
    ...overrides,
  };
}

const endedOf = (started: QuizAttemptStarted, endedAt: string) => ({
  attemptId: started.attemptId,
  userId: started.userId,
  courseId: started.courseId,
  quizId: started.quizId,
  endedAt,
});

const attemptRow = (attemptId: string) => prisma.tutorQuizAttempt.findUnique({ where: { attemptId } });

describe('QuizAttemptStarted', () => {
  it('stores the attempt with its question prompts and deadline, open', async () => {
    const started = startedAttempt();
    await handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', started));
    expect(await attemptRow(started.attemptId)).toEqual({
      attemptId: started.attemptId,
      userId: started.userId,
      courseId: started.courseId,
      quizId: started.quizId,
      questions: started.questions,
      startedAt: new Date(started.startedAt),
      deadlineAt: new Date('2030-01-10T10:00:00.000Z'),
      endedAt: null,
    });
  });

  it('applies a redelivered event only once', async () => {
    const started = startedAttempt();
    const first = eventOf('QuizAttemptStarted', started);
    await handleQuizAttemptStarted(prisma, first);
    const corrected = [{ id: randomUUID(), prompt: 'Corrected question?' }];
    await handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', { ...started, questions: corrected }));
    await handleQuizAttemptStarted(prisma, first);
    expect((await attemptRow(started.attemptId))?.questions).toEqual(corrected);
  });

  it('stores an attempt without a deadline', async () => {
    const started = startedAttempt({ deadlineAt: null });
    await handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', started));
    expect((await attemptRow(started.attemptId))?.deadlineAt).toBeNull();
  });

  it('refuses a malformed payload so that it is dead-lettered', async () => {
    await expect(handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', { attemptId: 'nope' }))).rejects.toThrow(/malformed payload/);
  });
});

describe('QuizAttemptEnded', () => {
  it('ends a started attempt, so it is no longer active', async () => {
    const started = startedAttempt({ deadlineAt: null });
    await handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', started));
    expect(await activeQuizzesFor(prisma, started.userId, new Date())).toHaveLength(1);
    await handleQuizAttemptEnded(prisma, eventOf('QuizAttemptEnded', endedOf(started, '2030-01-10T09:30:00.000Z')));
    expect((await attemptRow(started.attemptId))?.endedAt).toEqual(new Date('2030-01-10T09:30:00.000Z'));
    expect(await activeQuizzesFor(prisma, started.userId, new Date())).toEqual([]);
  });

  it('leaves the attempt ended when the end arrives before the start', async () => {
    const started = startedAttempt({ deadlineAt: null });
    await handleQuizAttemptEnded(prisma, eventOf('QuizAttemptEnded', endedOf(started, '2030-01-10T09:30:00.000Z')));
    expect(await attemptRow(started.attemptId)).toMatchObject({ questions: [], endedAt: new Date('2030-01-10T09:30:00.000Z') });

    await handleQuizAttemptStarted(prisma, eventOf('QuizAttemptStarted', started));
    expect(await attemptRow(started.attemptId)).toMatchObject({
      questions: started.questions,
      startedAt: new Date(started.startedAt),
      endedAt: new Date('2030-01-10T09:30:00.000Z'),
    });
    expect(await activeQuizzesFor(prisma, started.userId, new Date('2030-01-10T09:10:00.000Z'))).toEqual([]);
  });
});
