// An officer asks the tutor domain for a suggested scoring of a submitted questionnaire. The request
// travels as an event with everything the tutor needs (the tutor reads no admissions tables); the draft
// comes back as SpiritualEvaluationDrafted and is stored beside the evaluation as a suggestion only.
import type { Db, SpiritualEvaluation } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';
import { emitEvent } from '../../../kit/src/events';
import { storedAnswersOf } from './evaluation-record';
import { assertScoringOpen, lockEvaluation } from './evaluation-stage';
import { SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC } from './questionnaire';

export const SPIRITUAL_EVALUATION_DRAFT_REQUESTED = 'SpiritualEvaluationDraftRequested';

/** A draft still on its way after this long is presumed lost, and may be asked for again. */
export const DRAFT_REQUEST_PATIENCE_MINUTES = 10;

/** The event the tutor consumes (tutor: admissions/spiritual-draft-request.ts), field for field. */
export interface SpiritualEvaluationDraftRequested {
  applicationId: string;
  programName: string;
  questions: { id: string; prompt: string; answer: string }[];
  rubric: { criterionId: string; title: string; description: string; maxPoints: number }[];
}

export interface RequestDraftInput {
  applicationId: string;
  now: Date;
}

/**
 * Emits the request and marks it pending (aiDraftRequestedAt), inside the caller's transaction.
 * CONFLICT before the questionnaire is submitted, once the interview has taken place, or while an
 * earlier request is still pending.
 */
export async function requestEvaluationDraft(tx: Db, input: RequestDraftInput): Promise<SpiritualEvaluation> {
  const locked = await lockEvaluation(tx, input.applicationId);
  const evaluation = assertScoringOpen(locked);
  const pendingSince = evaluation.aiDraftRequestedAt;
  if (pendingSince !== null && input.now.getTime() - pendingSince.getTime() < DRAFT_REQUEST_PATIENCE_MINUTES * 60_000) {
    throw conflict(`A draft was asked for at ${pendingSince.toISOString().slice(11, 16)} UTC and is on its way; ask again after ${DRAFT_REQUEST_PATIENCE_MINUTES} minutes if it does not arrive.`);
  }
  const { program } = await tx.programIntake.findUniqueOrThrow({ where: { id: locked.application.intakeId }, select: { program: { select: { name: true } } } });
  const { answers } = storedAnswersOf(evaluation);
  const payload: SpiritualEvaluationDraftRequested = {
    applicationId: input.applicationId,
    programName: program.name,
    questions: SPIRITUAL_QUESTIONS.map((question) => ({ id: question.id, prompt: question.prompt, answer: answers[question.id] ?? '' })),
    rubric: SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, title: criterion.title, description: criterion.description, maxPoints: criterion.maxPoints })),
  };
  await emitEvent(tx, 'admissions', SPIRITUAL_EVALUATION_DRAFT_REQUESTED, payload);
  return tx.spiritualEvaluation.update({ where: { applicationId: input.applicationId }, data: { aiDraftRequestedAt: input.now } });
}
