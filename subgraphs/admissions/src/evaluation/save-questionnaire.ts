// The applicant saves answers to the spiritual questionnaire as often as they like until they submit it;
// submitting needs every question answered and freezes the answers for the officers who score them.
import type { Db, SpiritualEvaluation } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { answersJson, storedAnswersOf } from './evaluation-record';
import { assertQuestionnaireOpen, lockOwnEvaluation } from './evaluation-stage';
import { questionById } from './questionnaire';
import { mergeAnswers, unansweredQuestions, type AnswerInput } from './questionnaire-answers';

export interface SaveQuestionnaireInput {
  applicationId: string;
  /** The signed-in applicant; only the application's own applicant answers. */
  applicantId: string;
  answers: readonly AnswerInput[];
}

/**
 * Stores the answers (merged over earlier ones) inside the caller's transaction and returns the
 * evaluation. BAD_USER_INPUT on `answers[i].questionId` / `answers[i].answer`; NOT_FOUND for someone
 * else's application; CONFLICT outside spiritual evaluation, once submitted or once scored.
 */
export async function saveQuestionnaire(tx: Db, input: SaveQuestionnaireInput): Promise<SpiritualEvaluation> {
  const locked = await lockOwnEvaluation(tx, input.applicationId, input.applicantId);
  assertQuestionnaireOpen(locked);
  const answers = mergeAnswers(storedAnswersOf(locked.evaluation).answers, input.answers);
  const stored = answersJson({ answers, submittedAt: null });
  return tx.spiritualEvaluation.upsert({
    where: { applicationId: input.applicationId },
    create: { applicationId: input.applicationId, answers: stored },
    update: { answers: stored },
  });
}

export interface SubmitQuestionnaireInput extends SaveQuestionnaireInput {
  now: Date;
}

/**
 * Saves any last answers, then submits the questionnaire for scoring. BAD_USER_INPUT on `answers` naming
 * the questions still unanswered; otherwise as saveQuestionnaire.
 */
export async function submitQuestionnaire(tx: Db, input: SubmitQuestionnaireInput): Promise<SpiritualEvaluation> {
  const saved = await saveQuestionnaire(tx, input);
  const { answers } = storedAnswersOf(saved);
  const missing = unansweredQuestions(answers);
  if (missing.length > 0) {
    const prompts = missing.map((id) => `"${questionById(id)!.prompt}"`).join(' and ');
    throw badInput(`Answer every question before submitting; still unanswered: ${prompts}`, 'answers');
  }
  return tx.spiritualEvaluation.update({
    where: { applicationId: input.applicationId },
    data: { answers: answersJson({ answers, submittedAt: input.now.toISOString() }) },
  });
}
