// What SpiritualEvaluation keeps in its JSON columns, read back through zod so a malformed value reads as
// empty instead of breaking a page. The `answers` column holds the answers together with when the
// applicant submitted them: the table has no column of its own for that moment, and answers and their
// submission must change together.
import { z } from 'zod';
import type { Prisma, SpiritualEvaluation } from '../../../kit/src/db';

/** SpiritualEvaluation.answers: questionId → answer, and the ISO-8601 instant of submission (null while a draft). */
export type StoredAnswers = { answers: Record<string, string>; submittedAt: string | null };

/** One criterion as an officer scored it. */
export type CriterionPoints = { criterionId: string; points: number };

/** One criterion of the tutor's suggestion. */
export type DraftCriterionScore = CriterionPoints & { comment: string };

/** SpiritualEvaluation.aiDraft: the tutor's suggestion, never a score until an officer confirms one. */
export type StoredDraft = {
  scores: DraftCriterionScore[];
  summary: string;
  model: string;
  offline: boolean;
  /** ISO-8601 instant the draft was written. */
  draftedAt: string;
};

const answersSchema = z.object({ answers: z.record(z.string(), z.string()), submittedAt: z.string().nullable() });
const scoresSchema = z.array(z.object({ criterionId: z.string(), points: z.number() }));
const draftSchema = z.object({
  scores: z.array(z.object({ criterionId: z.string(), points: z.number(), comment: z.string() })),
  summary: z.string(),
  model: z.string(),
  offline: z.boolean(),
  draftedAt: z.string(),
});

export const NO_ANSWERS: StoredAnswers = { answers: {}, submittedAt: null };

export function storedAnswersOf(evaluation: Pick<SpiritualEvaluation, 'answers'> | null): StoredAnswers {
  const parsed = answersSchema.safeParse(evaluation?.answers);
  return parsed.success ? parsed.data : NO_ANSWERS;
}

export function storedScoresOf(evaluation: Pick<SpiritualEvaluation, 'rubricScores'> | null): CriterionPoints[] {
  const parsed = scoresSchema.safeParse(evaluation?.rubricScores);
  return parsed.success ? parsed.data : [];
}

export function storedDraftOf(evaluation: Pick<SpiritualEvaluation, 'aiDraft'> | null): StoredDraft | null {
  const parsed = draftSchema.safeParse(evaluation?.aiDraft);
  return parsed.success ? parsed.data : null;
}

export const answersJson = (answers: StoredAnswers): Prisma.InputJsonValue => answers;
