// Where an application's fee stands, from the columns submission and the ApplicationFeePaid consumer
// write. Before submission nothing is owed yet; the amount shown is what the program would charge.
import type { Application } from '../../../kit/src/db';

export type FeeStatus = 'none' | 'due' | 'paid' | 'waived';

export interface ApplicationFee {
  /** Owed or paid, in cents; 0 when waived or free; the program's current fee while a draft. */
  amountCents: number;
  status: FeeStatus;
}

export function applicationFeeOf(
  application: Pick<Application, 'status' | 'feeDueCents' | 'feePaidAt' | 'feeWaiverCodeId'>,
  programFeeCents: number,
): ApplicationFee {
  if (application.status === 'draft') return { amountCents: programFeeCents, status: 'none' };
  if (application.feeWaiverCodeId !== null) return { amountCents: 0, status: 'waived' };
  if (application.feePaidAt !== null) return { amountCents: application.feeDueCents, status: 'paid' };
  if (application.feeDueCents > 0) return { amountCents: application.feeDueCents, status: 'due' };
  return { amountCents: 0, status: 'none' };
}
