// Essay answers mirrored from courses when they are submitted, so the tutor can give rubric-aligned
// feedback without reading courses' tables. A resubmission replaces the earlier text.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { factHandler } from './fact-handler';

export const ESSAY_SUBMITTED_HANDLER = 'mirror-essay';

export const rubricCriterionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string(),
  points: z.number().nonnegative(),
});

export const essaySubmittedSchema = z.object({
  attemptId: z.uuid(),
  questionId: z.uuid(),
  userId: z.uuid(),
  courseId: z.uuid(),
  prompt: z.string(),
  rubric: z.array(rubricCriterionSchema),
  answerText: z.string(),
  submittedAt: z.iso.datetime({ offset: true }),
});
export type EssaySubmitted = z.infer<typeof essaySubmittedSchema>;

export async function recordEssay(tx: Db, essay: EssaySubmitted): Promise<void> {
  const facts = {
    userId: essay.userId,
    courseId: essay.courseId,
    prompt: essay.prompt,
    rubric: essay.rubric.map(({ id, title, description, points }) => ({ id, title, description, points })),
    answerText: essay.answerText,
    submittedAt: new Date(essay.submittedAt),
  };
  await tx.tutorEssay.upsert({
    where: { attemptId_questionId: { attemptId: essay.attemptId, questionId: essay.questionId } },
    create: { attemptId: essay.attemptId, questionId: essay.questionId, ...facts },
    update: facts,
  });
}

export const handleEssaySubmitted = factHandler(ESSAY_SUBMITTED_HANDLER, essaySubmittedSchema, recordEssay);
