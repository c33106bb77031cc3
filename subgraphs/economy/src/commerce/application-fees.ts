// Application fees admissions asks for. Admissions decides what an applicant owes when they submit and
// announces it (ApplicationFeeDue); economy keeps what it may charge in economy.application_fee, so a
// fee can only be paid by its applicant and only for the amount admissions set.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { factHandler } from '../events/fact-handler';
import { MAX_PRICE_CENTS } from './course-prices';

export const RECORD_APPLICATION_FEE_HANDLER = 'record-application-fee';

/** admissions: an application owes its program's fee (copied at submission). */
export const applicationFeeDueSchema = z.object({
  applicationId: z.uuid(),
  applicantId: z.uuid(),
  programId: z.uuid(),
  programName: z.string().trim().min(1).max(300),
  amountCents: z.number().int().min(0).max(MAX_PRICE_CENTS),
});
export type ApplicationFeeDue = z.infer<typeof applicationFeeDueSchema>;

/**
 * Records the fee. A fee announced again before it is paid takes the new amount and name (an officer
 * may correct a program's fee); a paid fee never changes. A zero fee is nothing to charge and is not kept.
 */
export async function recordApplicationFee(tx: Db, due: ApplicationFeeDue): Promise<void> {
  if (due.amountCents === 0) return;
  const existing = await tx.applicationFee.findUnique({ where: { applicationId: due.applicationId }, select: { paidAt: true } });
  if (existing === null) {
    await tx.applicationFee.create({ data: { applicationId: due.applicationId, userId: due.applicantId, programName: due.programName, amountCents: due.amountCents } });
    return;
  }
  await tx.applicationFee.updateMany({
    where: { applicationId: due.applicationId, paidAt: null },
    data: { programName: due.programName, amountCents: due.amountCents },
  });
}

export const handleApplicationFeeDue = factHandler(RECORD_APPLICATION_FEE_HANDLER, applicationFeeDueSchema, (tx, due) => recordApplicationFee(tx, due));
