// Stores the tutor's suggested scoring (SpiritualEvaluationDrafted) beside the evaluation and clears the
// pending request. It never touches the officer's scores or the application's status: a draft becomes a
// score only when an officer confirms one through scoreSpiritualEvaluation.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { domainFactHandler } from '../../../kit/src/events/fact-handler';
import type { StoredDraft } from './evaluation-record';
import { SPIRITUAL_RUBRIC } from './questionnaire';

export const SPIRITUAL_EVALUATION_DRAFTED = 'SpiritualEvaluationDrafted';
export const STORE_SPIRITUAL_DRAFT_HANDLER = 'store-spiritual-draft';

/** The tutor's SpiritualEvaluationDrafted payload (tutor: admissions/spiritual-draft-request.ts). */
export const spiritualEvaluationDraftedSchema = z.object({
  applicationId: z.uuid(),
  scores: z.array(z.object({ criterionId: z.string().max(100), points: z.number().finite(), comment: z.string().max(2_000) })).max(50),
  summary: z.string().max(20_000),
  model: z.string().max(200),
  offline: z.boolean(),
});
export type SpiritualEvaluationDrafted = z.infer<typeof spiritualEvaluationDraftedSchema>;

/** Keeps the rubric's criteria only, in rubric order, each within 0 and its points. */
function draftScores(scores: SpiritualEvaluationDrafted['scores']): StoredDraft['scores'] {
  return SPIRITUAL_RUBRIC.flatMap((criterion) => {
    const score = scores.find((candidate) => candidate.criterionId === criterion.id);
    if (!score) return [];
    return [{ criterionId: criterion.id, points: Math.min(criterion.maxPoints, Math.max(0, Math.round(score.points))), comment: score.comment }];
  });
}

export async function storeEvaluationDraft(tx: Db, drafted: SpiritualEvaluationDrafted, event: Pick<DomainEvent, 'occurredAt'>): Promise<void> {
  const draft: StoredDraft = { scores: draftScores(drafted.scores), summary: drafted.summary, model: drafted.model, offline: drafted.offline, draftedAt: event.occurredAt };
  // An application deleted since the request leaves nothing to store the draft on.
  await tx.spiritualEvaluation.updateMany({ where: { applicationId: drafted.applicationId }, data: { aiDraft: draft, aiDraftRequestedAt: null } });
}

export const handleSpiritualEvaluationDrafted = domainFactHandler('admissions')(STORE_SPIRITUAL_DRAFT_HANDLER, spiritualEvaluationDraftedSchema, storeEvaluationDraft);
