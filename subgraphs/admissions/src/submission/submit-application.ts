// Submits a draft, all in one transaction: the deadline, completeness (every gap reported at once), the
// fee (owed, or waived by a code whose use is counted here), draft → submitted, and then either the
// ApplicationFeeDue event or, when nothing is owed, the move to eligibility review with its check.
import type { Application, Db } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { isIntakeOpen } from '../programs/program-rules';
import { submissionProblems } from './completeness';
import { startEligibilityReview } from './eligibility-review';
import { APPLICATION_FEE_DUE, type ApplicationFeeDue } from './fee-events';
import { fieldProblemsError } from './field-problems';
import { redeemFeeWaiverCode } from './redeem-waiver-code';
import { assertDraft } from './save-draft';

export interface SubmitApplicationInput {
  applicationId: string;
  applicantId: string;
  /** Waives the program's fee when it applies; ignored when the program charges none. */
  feeWaiverCode?: string | null;
  now: Date;
}

export async function submitApplication(tx: Db, input: SubmitApplicationInput): Promise<Application> {
  const application = await lockApplication(tx, input.applicationId);
  if (application.applicantId !== input.applicantId) throw notFound('That application');
  assertDraft(application, 'submitting it');
  const intake = await tx.programIntake.findUniqueOrThrow({
    where: { id: application.intakeId },
    include: { program: { select: { id: true, name: true, active: true, applicationFeeCents: true } } },
  });
  const { program } = intake;
  if (!isIntakeOpen(intake, input.now)) {
    throw conflict(`The deadline for ${program.name}, ${intake.term} passed on ${intake.applicationDeadline.toISOString().slice(0, 10)}; this application can no longer be submitted.`);
  }
  if (!program.active) throw conflict(`${program.name} is not taking applications at the moment.`);

  const [documents, refereeCount] = await Promise.all([
    tx.applicationDocument.findMany({ where: { applicationId: application.id }, select: { kind: true } }),
    tx.applicationReference.count({ where: { applicationId: application.id } }),
  ]);
  const problems = submissionProblems(application, { documentKinds: new Set(documents.map((document) => document.kind)), refereeCount }, input.now);
  if (problems.length > 0) throw fieldProblemsError(problems, `Your application is not complete yet (${problems.length} things to finish):`);

  const waiver =
    program.applicationFeeCents > 0 && input.feeWaiverCode?.trim()
      ? await redeemFeeWaiverCode(tx, { code: input.feeWaiverCode, programId: program.id, now: input.now })
      : null;
  const feeDueCents = waiver ? 0 : program.applicationFeeCents;

  await transitionApplication(tx, { applicationId: application.id, to: 'submitted', actor: 'applicant', actorId: input.applicantId, now: input.now });
  await tx.application.update({ where: { id: application.id }, data: { feeDueCents, feeWaiverCodeId: waiver?.id ?? null } });
  if (feeDueCents > 0) {
    const due: ApplicationFeeDue = { applicationId: application.id, applicantId: application.applicantId, programId: program.id, programName: program.name, amountCents: feeDueCents };
    await emitEvent(tx, 'admissions', APPLICATION_FEE_DUE, due);
  } else {
    // The timeline orders steps by time: the platform's step is stamped just after the applicant's.
    const reviewAt = new Date(input.now.getTime() + 1);
    await startEligibilityReview(tx, application.id, reviewAt, waiver ? `Application fee waived (code ${waiver.code}).` : 'No application fee is due.');
  }
  return tx.application.findUniqueOrThrow({ where: { id: application.id } });
}
