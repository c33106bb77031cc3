// Admissions' consumer of the tutor's SpiritualEvaluationDrafted: the draft is stored beside the
// evaluation (rubric criteria only, within their points) and the pending request cleared, while the
// officer's scores and the application's status stay exactly as they were; a redelivery changes nothing.
import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../../kit/src/events';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { storedDraftOf } from '../src/evaluation/evaluation-record';
import { SPIRITUAL_RUBRIC } from '../src/evaluation/questionnaire';
import { handleSpiritualEvaluationDrafted, type SpiritualEvaluationDrafted } from '../src/evaluation/store-draft';
import { applicationIn, programWithOfficer } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const eventOf = (payload: SpiritualEvaluationDrafted): DomainEvent => ({ id: randomUUID(), type: 'SpiritualEvaluationDrafted', domain: 'tutor', payload, occurredAt: '2030-05-01T10:00:00.000Z' });

async function scoredAndWaiting() {
  const { intake } = await programWithOfficer(prisma);
  const application = await applicationIn(prisma, intake.id);
  await prisma.spiritualEvaluation.update({ where: { applicationId: application.id }, data: { aiDraftRequestedAt: new Date(), rubricScores: [{ criterionId: 'testimony', points: 20 }] } });
  return application;
}

function drafted(applicationId: string): SpiritualEvaluationDrafted {
  return {
    applicationId,
    scores: [
      { criterionId: SPIRITUAL_RUBRIC[1]!.id, points: 999, comment: 'Generous.' },
      { criterionId: 'charisma', points: 5, comment: 'Not ours.' },
      { criterionId: SPIRITUAL_RUBRIC[0]!.id, points: -3, comment: 'Harsh.' },
    ],
    summary: 'A draft.',
    model: 'offline (rubric vocabulary coverage)',
    offline: true,
  };
}

test('stores the draft in rubric order, within each criterion’s points, and clears the pending request', async () => {
  const application = await scoredAndWaiting();
  await handleSpiritualEvaluationDrafted(prisma, eventOf(drafted(application.id)));
  const evaluation = await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } });
  expect(evaluation.aiDraftRequestedAt).toBeNull();
  expect(storedDraftOf(evaluation)).toEqual({
    scores: [
      { criterionId: SPIRITUAL_RUBRIC[0]!.id, points: 0, comment: 'Harsh.' },
      { criterionId: SPIRITUAL_RUBRIC[1]!.id, points: SPIRITUAL_RUBRIC[1]!.maxPoints, comment: 'Generous.' },
    ],
    summary: 'A draft.',
    model: 'offline (rubric vocabulary coverage)',
    offline: true,
    draftedAt: '2030-05-01T10:00:00.000Z',
  });
});

test('leaves the officer’s scores, confirmation and the application’s status untouched', async () => {
  const application = await scoredAndWaiting();
  const before = await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } });
  await handleSpiritualEvaluationDrafted(prisma, eventOf(drafted(application.id)));
  const after = await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } });
  expect(after).toMatchObject({ rubricScores: before.rubricScores, totalScore: before.totalScore, confirmedAt: before.confirmedAt, confirmedById: before.confirmedById });
  expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('spiritual_evaluation');
});

test('a redelivered draft is applied once', async () => {
  const application = await scoredAndWaiting();
  const event = eventOf(drafted(application.id));
  await handleSpiritualEvaluationDrafted(prisma, event);
  await prisma.spiritualEvaluation.update({ where: { applicationId: application.id }, data: { aiDraft: { replaced: 'by hand' } } });
  await handleSpiritualEvaluationDrafted(prisma, event);
  expect((await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } })).aiDraft).toEqual({ replaced: 'by hand' });
});

test('a draft for an application without an evaluation stores nothing and does not fail', async () => {
  await expect(handleSpiritualEvaluationDrafted(prisma, eventOf(drafted(randomUUID())))).resolves.toBeUndefined();
});
