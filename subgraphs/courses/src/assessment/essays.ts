// Essay answers: a person grades them against the question's rubric; the tutor domain may suggest a
// grade first (an AI draft), which is stored beside the answer and never counts until a person accepts it.
import { z } from 'zod';
import type { Db, PrismaClient, QuizAttempt } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { ACCESS_FACTS_SELECT, canEditCourse } from '../access';
import { readLayout } from './attempt-layout';
import { closeAttempt, isOverdue, lockAttempt, settleAttempt, type AttemptEffects, type SignedInViewer } from './attempts';
import { essayRubric, scaleRubricTotal, scoreRubric, type RubricScoreInput } from './grading';

/** What the tutor domain sends in an `EssayGradeDrafted` event. */
export const essayGradeDraftedSchema = z.object({
  attemptId: z.guid(),
  questionId: z.guid(),
  rubricScores: z.array(z.object({ criterionId: z.string().max(100), points: z.number() })).max(100),
  feedback: z.string().max(20_000).default(''),
  /** The model that wrote the draft, shown to the grader. */
  model: z.string().max(200),
});
export type EssayGradeDrafted = z.infer<typeof essayGradeDraftedSchema>;

/** The draft as stored in `AttemptAnswer.aiDraft`. */
export const storedDraftSchema = essayGradeDraftedSchema.pick({ rubricScores: true, feedback: true, model: true }).extend({
  draftedAt: z.string(),
});
export type StoredEssayDraft = z.infer<typeof storedDraftSchema>;

export function readEssayDraft(stored: unknown): StoredEssayDraft | null {
  if (stored === null || stored === undefined) return null;
  const parsed = storedDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a suggested grade beside the answer. Scores, status and the grader stay as they were: a draft
 * is advice to a person. A draft for an answer that does not exist (or no longer does) is dropped.
 */
export async function recordEssayDraft(tx: Db, draft: EssayGradeDrafted, draftedAt: Date): Promise<boolean> {
  const stored: StoredEssayDraft = {
    rubricScores: draft.rubricScores,
    feedback: draft.feedback,
    model: draft.model,
    draftedAt: draftedAt.toISOString(),
  };
  const { count } = await tx.attemptAnswer.updateMany({
    where: { attemptId: draft.attemptId, questionId: draft.questionId },
    data: { aiDraft: stored },
  });
  return count > 0;
}

export interface GradeEssayInput extends AttemptEffects {
  viewer: SignedInViewer;
  attemptId: string;
  questionId: string;
  /** One score per rubric criterion; leave out when accepting the AI draft. */
  rubricScores?: readonly RubricScoreInput[] | null;
  /** Comments for the student; with `acceptAiDraft` and no feedback of its own, the draft's feedback. */
  feedback?: string | null;
  /** Copy the AI draft's scores; the grade is still recorded as given by the viewer. */
  acceptAiDraft?: boolean | null;
}

/**
 * Scores one essay answer. The course's instructors and admins only. When every answer of the attempt
 * then has a final score, the attempt becomes graded (and course completion is evaluated). Grading an
 * essay again replaces the earlier grade and recomputes the attempt's score.
 */
export async function gradeEssayAnswer(prisma: PrismaClient, input: GradeEssayInput): Promise<QuizAttempt> {
  const now = input.now ?? new Date();
  const attempt = await prisma.quizAttempt.findUnique({ where: { id: input.attemptId } });
  if (attempt === null) throw notFound('That attempt');
  const course = await prisma.course.findUnique({ where: { id: attempt.courseId }, select: ACCESS_FACTS_SELECT });
  if (course === null || !canEditCourse(input.viewer, course)) throw forbidden('Only the course’s instructors and admins can grade its essays.');
  if (attempt.status === 'in_progress') {
    if (!isOverdue(attempt, now)) throw conflict('The student has not submitted this attempt yet.');
    await prisma.$transaction((tx) => closeAttempt(tx, attempt.id, { events: input.events, now }));
  }

  const entry = readLayout(attempt.layout).find((item) => item.questionId === input.questionId);
  if (entry === undefined) throw badInput('That question is not part of this attempt.', 'questionId');
  const question = await prisma.question.findUnique({ where: { id: input.questionId }, select: { type: true, answerKey: true } });
  if (question === null) throw badInput('That question was removed from the bank; it counts as 0.', 'questionId');
  if (question.type !== 'essay') throw badInput('Only essay answers are graded by hand; this question is graded automatically.', 'questionId');

  const acceptDraft = input.acceptAiDraft === true;
  if (acceptDraft && input.rubricScores) throw badInput('Send either rubricScores or acceptAiDraft, not both.', 'rubricScores');
  if (!acceptDraft && !input.rubricScores) throw badInput('Send rubricScores (one per criterion), or acceptAiDraft: true.', 'rubricScores');
  const answer = await prisma.attemptAnswer.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } } });
  let scores = input.rubricScores ?? [];
  let feedback = input.feedback ?? null;
  if (acceptDraft) {
    const draft = readEssayDraft(answer?.aiDraft);
    if (draft === null) throw conflict('There is no AI draft for this answer yet; score it yourself with rubricScores.');
    scores = draft.rubricScores;
    feedback ??= draft.feedback;
  }
  const scoring = scoreRubric(essayRubric(question.answerKey, entry.points), scores);
  if (!scoring.ok) {
    throw badInput(acceptDraft ? `The AI draft does not fit the rubric (${scoring.problem}) Score it yourself.` : scoring.problem, acceptDraft ? 'acceptAiDraft' : 'rubricScores');
  }
  const manualScore = scaleRubricTotal(scoring.total, scoring.possible, entry.points);

  return prisma.$transaction(async (tx) => {
    const locked = await lockAttempt(tx, attempt.id);
    if (locked === null) throw notFound('That attempt');
    const grade = { manualScore, rubricScores: scoring.byCriterion, feedback, gradedById: input.viewer.id, gradedAt: now };
    await tx.attemptAnswer.upsert({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
      // An essay left blank has no row; grading it still records the person's decision.
      create: { attemptId: attempt.id, questionId: input.questionId, response: {}, savedAt: locked.submittedAt ?? now, ...grade },
      update: grade,
    });
    const layout = readLayout(locked.layout);
    const answers = await tx.attemptAnswer.findMany({ where: { attemptId: attempt.id } });
    const types = await tx.question.findMany({ where: { id: { in: layout.map((item) => item.questionId) } }, select: { id: true, type: true } });
    return settleAttempt(tx, locked, layout, answers, new Map(types.map((item) => [item.id, item.type])), { events: input.events, now });
  });
}
