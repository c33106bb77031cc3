// What an application keeps about eligibility, in its two JSON columns: the latest automatic check
// (`eligibility`) and an officer's override (`eligibilityOverride`). The override lives in the JSON
// column, not in the transition audit trail, because that trail records status changes only; earlier
// overrides are kept in `superseded`, so replacing one never erases who decided what and why.
import { z } from 'zod';
import type { Application } from '../../../kit/src/db';
import type { EligibilityResult } from './evaluate-eligibility';

/** Application.eligibility: the result of the last automatic check and when it ran. */
export type EligibilityCheck = EligibilityResult & {
  /** ISO-8601 instant of the check. */
  checkedAt: string;
};

/** One officer's ruling on eligibility. */
export type EligibilityRuling = {
  eligible: boolean;
  reason: string;
  officerId: string;
  /** ISO-8601 instant of the ruling. */
  at: string;
};

/** Application.eligibilityOverride: the ruling in force and the ones it replaced, oldest first. */
export type EligibilityOverride = EligibilityRuling & {
  superseded: EligibilityRuling[];
};

const rulingSchema = z.object({ eligible: z.boolean(), reason: z.string(), officerId: z.string(), at: z.string() });

const overrideSchema = rulingSchema.extend({ superseded: z.array(rulingSchema).default([]) });

const checkSchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(z.object({ rule: z.enum(['minimumAge', 'minimumEducation', 'prerequisiteCourseIds']), met: z.boolean(), detail: z.string() })),
  checkedAt: z.string(),
});

/** The stored check, or null when none ran (or the column holds something else). */
export function storedCheckOf(application: Pick<Application, 'eligibility'>): EligibilityCheck | null {
  const parsed = checkSchema.safeParse(application.eligibility);
  return parsed.success ? parsed.data : null;
}

/** The stored override, or null when no officer overrode the check. */
export function storedOverrideOf(application: Pick<Application, 'eligibilityOverride'>): EligibilityOverride | null {
  const parsed = overrideSchema.safeParse(application.eligibilityOverride);
  return parsed.success ? parsed.data : null;
}
