// When each step of the spiritual evaluation may happen. The applicant answers while the application is
// in spiritual evaluation and until they submit; officers score (and re-score) a submitted questionnaire
// until the interview has taken place, after which the score is part of what the committee decides on.
import type { Application, ApplicationStatus, Db, SpiritualEvaluation } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication } from '../applications/transition-application';
import { storedAnswersOf } from './evaluation-record';

/** Statuses in which officers may score the evaluation or ask for a draft: before the interview happens. */
export const SCORING_STATUSES: readonly ApplicationStatus[] = ['spiritual_evaluation', 'interview_scheduled'];

const words = (status: ApplicationStatus) => status.replace(/_/g, ' ');

export interface LockedEvaluation {
  application: Application;
  /** Null until the applicant first saves an answer. */
  evaluation: SpiritualEvaluation | null;
}

/** The application (locked until the transaction ends) and its evaluation. */
export async function lockEvaluation(tx: Db, applicationId: string): Promise<LockedEvaluation> {
  const application = await lockApplication(tx, applicationId);
  const evaluation = await tx.spiritualEvaluation.findUnique({ where: { applicationId } });
  return { application, evaluation };
}

/** As lockEvaluation, for the applicant's own application only (someone else's is reported missing). */
export async function lockOwnEvaluation(tx: Db, applicationId: string, applicantId: string): Promise<LockedEvaluation> {
  const locked = await lockEvaluation(tx, applicationId);
  if (locked.application.applicantId !== applicantId) throw notFound('That application');
  return locked;
}

/** CONFLICT unless the applicant may still change their answers. */
export function assertQuestionnaireOpen({ application, evaluation }: LockedEvaluation): void {
  if (application.status !== 'spiritual_evaluation') {
    throw conflict(`The spiritual questionnaire is answered while the application is in spiritual evaluation; this one is ${words(application.status)}.`);
  }
  if (evaluation?.confirmedAt) throw conflict('An officer has already scored your spiritual evaluation; the answers can no longer change.');
  if (storedAnswersOf(evaluation).submittedAt !== null) throw conflict('You have already submitted the questionnaire; the answers can no longer change.');
}

/** CONFLICT unless officers may score the evaluation (or ask for a draft) now. */
export function assertScoringOpen({ application, evaluation }: LockedEvaluation): SpiritualEvaluation {
  if (!SCORING_STATUSES.includes(application.status)) {
    throw conflict(`The spiritual evaluation is scored before the interview takes place; this application is ${words(application.status)}.`);
  }
  if (evaluation === null || storedAnswersOf(evaluation).submittedAt === null) {
    throw conflict('The applicant has not submitted the spiritual questionnaire yet; it can be scored once they have.');
  }
  return evaluation;
}
