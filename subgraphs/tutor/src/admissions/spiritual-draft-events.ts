// The two events of a spiritual-evaluation draft, as the tutor reads and writes them. Admissions owns the
// questionnaire and keeps the draft (admissions: evaluation/request-draft.ts and evaluation/store-draft.ts);
// the tutor only ever sees what the request carries and answers with a suggestion.
import { z } from 'zod';

export const SPIRITUAL_EVALUATION_DRAFT_REQUESTED = 'SpiritualEvaluationDraftRequested';
export const SPIRITUAL_EVALUATION_DRAFTED = 'SpiritualEvaluationDrafted';

export const spiritualEvaluationDraftRequestedSchema = z.object({
  applicationId: z.uuid(),
  programName: z.string().max(300),
  questions: z.array(z.object({ id: z.string().min(1).max(100), prompt: z.string().max(2_000), answer: z.string().max(10_000) })).min(1).max(20),
  rubric: z
    .array(z.object({ criterionId: z.string().min(1).max(100), title: z.string().max(300), description: z.string().max(2_000), maxPoints: z.number().int().nonnegative() }))
    .min(1)
    .max(20),
});
export type SpiritualEvaluationDraftRequested = z.infer<typeof spiritualEvaluationDraftRequestedSchema>;

/** What admissions stores (admissions: spiritualEvaluationDraftedSchema), field for field. */
export const spiritualEvaluationDraftedSchema = z.object({
  applicationId: z.uuid(),
  scores: z.array(z.object({ criterionId: z.string().max(100), points: z.number().finite(), comment: z.string().max(2_000) })).max(50),
  summary: z.string().max(20_000),
  model: z.string().max(200),
  offline: z.boolean(),
});
export type SpiritualEvaluationDrafted = z.infer<typeof spiritualEvaluationDraftedSchema>;
