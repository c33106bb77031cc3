// The shape of Program.eligibilityRules. Prior education is one minimum level ("at least a bachelor's
// degree"), not a list of accepted levels: the levels are ordered, so a higher qualification always
// satisfies a lower requirement and a list would only invite gaps (accepting a diploma but not a master).
// Unknown keys are refused, so a misspelt rule is an error instead of a rule silently never checked.
import { z } from 'zod';
import { badInput } from '../../../kit/src/errors';
import { EDUCATION_LEVELS } from './education-levels';

export const eligibilityRulesSchema = z.strictObject({
  /** Whole years the applicant must have reached on the day of the check. */
  minimumAge: z.number().int().min(0).max(120).optional(),
  /** The lowest completed level of prior education that qualifies. */
  minimumEducation: z.enum(EDUCATION_LEVELS).optional(),
  /** Courses the applicant must all have completed; repeats are dropped. */
  prerequisiteCourseIds: z
    .array(z.uuid())
    .transform((ids) => [...new Set(ids)])
    .optional(),
});

export type EligibilityRules = z.output<typeof eligibilityRulesSchema>;

/** Rules as an officer typed them; BAD_USER_INPUT naming the offending field (e.g. `eligibilityRules.minimumAge`). */
export function parseEligibilityRules(value: unknown): EligibilityRules {
  const parsed = eligibilityRulesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = ['eligibilityRules', ...issue.path.map(String)].join('.');
  throw badInput(`The eligibility rules are not valid at ${field}: ${issue.message}.`, field);
}
