// Moves an application to its next status: locks the row, checks the workflow, records the change in
// the audit trail, restarts its days-in-stage clock and queues the applicant's stage mail, all inside
// the caller's transaction.
import type { Application, ApplicationStatus, Db, DecisionOutcome } from '../../../kit/src/db';
import { notFound } from '../../../kit/src/errors';
import { queueStageMail } from '../notifications/queue-stage-mail';
import { assertTransition, type WorkflowActor } from './application-workflow';

export interface TransitionInput {
  applicationId: string;
  to: ApplicationStatus;
  actor: WorkflowActor;
  /** The person acting; null when the platform moves it (a waitlist promotion, the eligibility check). */
  actorId: string | null;
  note?: string;
  /** The decision being recorded, when `to` is `decided`. */
  decision?: DecisionOutcome | null;
  now?: Date;
}

/** The application row, locked until the transaction ends; NOT_FOUND when there is none. */
export async function lockApplication(tx: Db, applicationId: string): Promise<Application> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM admissions.application WHERE id = ${applicationId}::uuid FOR UPDATE`;
  if (!locked) throw notFound('That application');
  return tx.application.findUniqueOrThrow({ where: { id: applicationId } });
}

export async function transitionApplication(tx: Db, input: TransitionInput): Promise<Application> {
  const application = await lockApplication(tx, input.applicationId);
  assertTransition(application.status, input.to, input.actor, { current: application.decision, next: input.decision ?? null });
  const now = input.now ?? new Date();
  const updated = await tx.application.update({
    where: { id: application.id },
    data: {
      status: input.to,
      stageEnteredAt: now,
      ...(input.to === 'submitted' ? { submittedAt: now } : {}),
      ...(input.to === 'decided' && input.decision ? { decision: input.decision, decidedAt: now } : {}),
    },
  });
  await tx.applicationTransition.create({
    data: { applicationId: application.id, fromStatus: application.status, toStatus: input.to, actorId: input.actorId, note: input.note?.trim() ?? '', createdAt: now },
  });
  await queueStageMail(tx, { application: updated, from: application.status });
  return updated;
}
