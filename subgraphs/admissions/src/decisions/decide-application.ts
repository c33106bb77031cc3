// The committee's decision on an application: accepted (taking one of the intake's places), waitlisted
// or rejected, with the rationale kept on the application and in the audit trail. The program's
// officers decide its applications; admins may decide any program's.
import type { Application, DecisionOutcome, Db, PrismaClient } from '../../../kit/src/db';
import { forbidden, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { emitApplicationAccepted } from './application-accepted';
import { assertDecisionOutcome, assertOutcomeFitsStage, DECISION_TRANSACTION_OPTIONS, normalizeRationale } from './decision-rules';
import { lockIntake, takePlace } from './intake-places';

export interface DecideApplicationInput {
  applicationId: string;
  /** The person deciding: one of the program's admissions officers, or an admin (see `asAdmin`). */
  officerId: string;
  /** The decider is a platform admin, who may decide any program's applications. @default false */
  asAdmin?: boolean;
  outcome: DecisionOutcome;
  /** Why; at least 20 characters. Stored on the application and as the audit note. */
  rationale: string;
  /** @default new Date() */
  now?: Date;
}

/**
 * Decides an interviewed application (or rejects one still in eligibility review or spiritual
 * evaluation, or accepts or rejects a waitlisted one). An acceptance takes a place of the intake under
 * its row lock and emits ApplicationAccepted; a full intake is a CONFLICT and nothing changes.
 */
export async function decideApplication(prisma: PrismaClient, input: DecideApplicationInput): Promise<Application> {
  assertDecisionOutcome(input.outcome);
  const rationale = normalizeRationale(input.rationale);
  if (!isUuid(input.applicationId)) throw notFound('That application');
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const intakeId = await intakeOf(tx, input.applicationId);
    const intake = await lockIntake(tx, intakeId);
    const isProgramOfficer = await assertMayDecide(tx, intake.programId, input);
    const application = await lockApplication(tx, input.applicationId);
    assertOutcomeFitsStage(application.status, application.decision, input.outcome);
    await transitionApplication(tx, {
      applicationId: application.id,
      to: 'decided',
      actor: 'officer',
      actorId: input.officerId,
      decision: input.outcome,
      note: rationale,
      now,
    });
    if (input.outcome === 'accepted') await takePlace(tx, intake);
    // The officer who decides an unassigned application owns it from then on; an admin stepping in
    // is not one of the program's officers, so they never become its assignee.
    const assignee = application.assignedOfficerId ?? (isProgramOfficer ? input.officerId : null);
    const decided = await tx.application.update({ where: { id: application.id }, data: { decisionRationale: rationale, assignedOfficerId: assignee } });
    if (input.outcome === 'accepted') await emitApplicationAccepted(tx, decided, intake, now);
    return decided;
  }, DECISION_TRANSACTION_OPTIONS);
}

/** The application's intake, read without a lock: it never changes, and the intake is locked first. */
export async function intakeOf(tx: Db, applicationId: string): Promise<string> {
  const application = await tx.application.findUnique({ where: { id: applicationId }, select: { intakeId: true } });
  if (!application) throw notFound('That application');
  return application.intakeId;
}

/** FORBIDDEN unless the decider is one of the program's officers or an admin; true for an officer. */
async function assertMayDecide(tx: Db, programId: string, decider: Pick<DecideApplicationInput, 'officerId' | 'asAdmin'>): Promise<boolean> {
  const isProgramOfficer = isUuid(decider.officerId) && (await tx.programOfficer.findUnique({ where: { programId_userId: { programId, userId: decider.officerId } } })) !== null;
  if (!isProgramOfficer && !decider.asAdmin) throw forbidden('Only admissions officers of this program and admins can decide its applications.');
  return isProgramOfficer;
}
