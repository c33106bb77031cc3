// Whether an application counts as eligible: an officer's override wins over the automatic check,
// because the override exists precisely to correct what the rules cannot see.
import type { Application } from '../../../kit/src/db';
import { storedCheckOf, storedOverrideOf, type EligibilityCheck, type EligibilityOverride } from './eligibility-record';

export type EffectiveEligibility =
  | { eligible: boolean; source: 'override'; override: EligibilityOverride; check: EligibilityCheck | null }
  | { eligible: boolean; source: 'check'; check: EligibilityCheck }
  /** Neither a check nor an override yet. */
  | { eligible: null; source: 'unchecked' };

export function effectiveEligibility(application: Pick<Application, 'eligibility' | 'eligibilityOverride'>): EffectiveEligibility {
  const check = storedCheckOf(application);
  const override = storedOverrideOf(application);
  if (override !== null) return { eligible: override.eligible, source: 'override', override, check };
  if (check !== null) return { eligible: check.eligible, source: 'check', check };
  return { eligible: null, source: 'unchecked' };
}
