// The events between admissions and economy about application fees. Admissions emits ApplicationFeeDue
// when a submitted application owes its fee; economy turns it into a payable fee and reports
// ApplicationFeePaid once it is paid.
import { z } from 'zod';

export const APPLICATION_FEE_DUE = 'ApplicationFeeDue';
export const APPLICATION_FEE_PAID = 'ApplicationFeePaid';

export interface ApplicationFeeDue {
  applicationId: string;
  applicantId: string;
  programId: string;
  programName: string;
  amountCents: number;
}

export const applicationFeePaidSchema = z.object({
  applicationId: z.uuid(),
  applicantId: z.uuid(),
  orderId: z.uuid(),
  amountCents: z.number().int().nonnegative(),
  paidAt: z.iso.datetime({ offset: true }),
});
export type ApplicationFeePaid = z.infer<typeof applicationFeePaidSchema>;
