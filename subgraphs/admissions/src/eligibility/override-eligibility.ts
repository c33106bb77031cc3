// An officer's override of the automatic check, with the reason that justifies it. Authorizing the
// officer for the application's program is the caller's step, as for every other officer action.
import type { Db } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { lockApplication } from '../applications/transition-application';
import { storedOverrideOf, type EligibilityOverride } from './eligibility-record';
import { assertEligibilityOpen } from './eligibility-settled';

/** Shortest reason an override is accepted with: enough to say why, not just "ok". */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface OverrideEligibilityInput {
  applicationId: string;
  officerId: string;
  eligible: boolean;
  /** Why the officer rules differently from (or confirms) the check; trimmed, at least 10 characters. */
  reason: string;
  now: Date;
}

/**
 * Stores the ruling in Application.eligibilityOverride, keeping any earlier ruling in `superseded`, and
 * returns it. BAD_USER_INPUT (field `reason`) for a short reason; NOT_FOUND for an unknown application;
 * CONFLICT once it is decided, enrolled or withdrawn.
 */
export async function overrideEligibility(tx: Db, input: OverrideEligibilityInput): Promise<EligibilityOverride> {
  const reason = input.reason.trim();
  if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
    throw badInput(`Give a reason of at least ${MIN_OVERRIDE_REASON_LENGTH} characters for overriding the eligibility check.`, 'reason');
  }
  const application = await lockApplication(tx, input.applicationId);
  assertEligibilityOpen(application);
  const previous = storedOverrideOf(application);
  const override: EligibilityOverride = {
    eligible: input.eligible,
    reason,
    officerId: input.officerId,
    at: input.now.toISOString(),
    superseded: previous === null ? [] : [...previous.superseded, { eligible: previous.eligible, reason: previous.reason, officerId: previous.officerId, at: previous.at }],
  };
  await tx.application.update({ where: { id: application.id }, data: { eligibilityOverride: override } });
  return override;
}
