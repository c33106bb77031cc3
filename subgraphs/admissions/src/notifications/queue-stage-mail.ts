// Queues the stage mail for one workflow step in the transaction that takes it, so a rolled-back step
// never mails anyone and a committed one always does (users delivers PersonMailRequested).
import type { Application, ApplicationStatus, Db } from '../../../kit/src/db';
import { requestPersonMail } from '../../../kit/src/mail/person-mail';
import { isStageMailed, stageMail } from './stage-mail';

export interface WorkflowStep {
  /** The application as the step left it. */
  application: Pick<Application, 'applicantId' | 'intakeId' | 'status' | 'decision'>;
  from: ApplicationStatus;
}

/**
 * A cancelled interview sends the application back from interview_scheduled to spiritual evaluation;
 * the cancellation mail (src/interviews) already says so, and a second mail announcing a stage the
 * applicant had passed would only confuse.
 */
export const isStepMailed = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  isStageMailed(to) && !(from === 'interview_scheduled' && to === 'spiritual_evaluation');

export async function queueStageMail(tx: Db, { application, from }: WorkflowStep): Promise<void> {
  if (!isStepMailed(from, application.status)) return;
  const intake = await tx.programIntake.findUniqueOrThrow({ where: { id: application.intakeId }, select: { term: true, program: { select: { name: true } } } });
  const mail = stageMail({ status: application.status, decision: application.decision, programName: intake.program.name, intakeTerm: intake.term });
  if (mail) await requestPersonMail(tx, 'admissions', { userId: application.applicantId, subject: mail.subject, text: mail.text });
}
