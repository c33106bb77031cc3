// Input rules for decision fields, shared by the single and the bulk decision mutations; the limits
// come from the domain's rules so both layers say the same thing.
import { z } from 'zod';
import { MAX_RATIONALE_LENGTH, MIN_RATIONALE_LENGTH } from '../../decisions/decision-rules';
import { MAX_WITHDRAWAL_REASON_LENGTH } from '../../decisions/withdraw-application';

export const rationaleRule = z
  .string()
  .trim()
  .min(MIN_RATIONALE_LENGTH, `Explain the decision in at least ${MIN_RATIONALE_LENGTH} characters; the rationale is kept in the applicant's record.`)
  .max(MAX_RATIONALE_LENGTH, `A rationale is at most ${MAX_RATIONALE_LENGTH} characters.`);

export const withdrawalReasonRule = z.string().trim().max(MAX_WITHDRAWAL_REASON_LENGTH, `A reason is at most ${MAX_WITHDRAWAL_REASON_LENGTH} characters.`);
