// Essay answers mirrored from courses' EssaySubmitted events, for rubric-aligned feedback.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { handleEssaySubmitted, type EssaySubmitted } from '../src/facts/essays';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const eventOf = (payload: unknown): DomainEvent => ({ id: randomUUID(), type: 'EssaySubmitted', domain: 'courses', payload, occurredAt: new Date().toISOString() });

function submittedEssay(overrides: Partial<EssaySubmitted> = {}): EssaySubmitted {
  return {
    attemptId: randomUUID(),
    questionId: randomUUID(),
    userId: randomUUID(),
    courseId: randomUUID(),
    prompt: 'Assess the causes of the fall of the Western Roman Empire.',
    rubric: [
      { id: 'thesis', title: 'Thesis', description: 'A clear, arguable claim', points: 4 },
      { id: 'evidence', title: 'Evidence', description: 'Uses primary sources', points: 6 },
    ],
    answerText: 'Rome fell because of overextension and fiscal crisis.',
    submittedAt: '2030-02-01T10:00:00.000Z',
    ...overrides,
  };
}

const essayRow = (essay: EssaySubmitted) =>
  prisma.tutorEssay.findUnique({ where: { attemptId_questionId: { attemptId: essay.attemptId, questionId: essay.questionId } } });

describe('EssaySubmitted', () => {
  it('stores the essay with its prompt, rubric and answer', async () => {
    const essay = submittedEssay();
    await handleEssaySubmitted(prisma, eventOf(essay));
    expect(await essayRow(essay)).toEqual({ ...essay, submittedAt: new Date(essay.submittedAt) });
  });

  it('replaces the answer when it is submitted again', async () => {
    const essay = submittedEssay();
    await handleEssaySubmitted(prisma, eventOf(essay));
    await handleEssaySubmitted(prisma, eventOf({ ...essay, answerText: 'Revised: the economy collapsed.', submittedAt: '2030-02-01T11:00:00.000Z' }));
    expect(await essayRow(essay)).toMatchObject({ answerText: 'Revised: the economy collapsed.', submittedAt: new Date('2030-02-01T11:00:00.000Z') });
  });

  it('applies a redelivered event only once', async () => {
    const essay = submittedEssay();
    const first = eventOf(essay);
    await handleEssaySubmitted(prisma, first);
    await handleEssaySubmitted(prisma, eventOf({ ...essay, answerText: 'Second version.' }));
    await handleEssaySubmitted(prisma, first);
    expect((await essayRow(essay))?.answerText).toBe('Second version.');
  });

  it('refuses a malformed payload so that it is dead-lettered', async () => {
    await expect(handleEssaySubmitted(prisma, eventOf({ ...submittedEssay(), rubric: 'none' }))).rejects.toThrow(/malformed payload/);
  });
});
