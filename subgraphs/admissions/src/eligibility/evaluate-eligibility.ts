// The automatic eligibility check, pure: the program's rules against what the applicant told us and the
// courses they completed, on a given day. Every rule the program sets gets one reason, met or not, with a
// detail an officer or applicant can act on; missing data is a rule not met, never a silent pass.
import { ageOn, compareDates, dateOfTurning, formatIsoDate, parseIsoDate, utcCalendarDate } from './age';
import { educationLabel, educationRank, type EducationLevel } from './education-levels';
import type { EligibilityRules } from './eligibility-rules';

/** One qualification from the application's education history. */
export type EducationEntry = {
  level: EducationLevel;
  completed: boolean;
};

/** What the check knows about the applicant. */
export type EligibilityFacts = {
  /** `YYYY-MM-DD` as the applicant gave it; null when they gave none. */
  dateOfBirth: string | null;
  educationHistory: readonly EducationEntry[];
  completedCourseIds: ReadonlySet<string>;
};

/** The rule a reason speaks about, named as in the rules. */
export type EligibilityRule = 'minimumAge' | 'minimumEducation' | 'prerequisiteCourseIds';

export type EligibilityReason = {
  rule: EligibilityRule;
  met: boolean;
  detail: string;
};

export type EligibilityResult = {
  /** True when every rule is met (also when the program sets none). */
  eligible: boolean;
  reasons: EligibilityReason[];
};

export function evaluateEligibility(rules: EligibilityRules, facts: EligibilityFacts, asOf: Date): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  if (rules.minimumAge !== undefined) reasons.push(checkMinimumAge(rules.minimumAge, facts.dateOfBirth, asOf));
  if (rules.minimumEducation !== undefined) reasons.push(checkMinimumEducation(rules.minimumEducation, facts.educationHistory));
  if (rules.prerequisiteCourseIds !== undefined && rules.prerequisiteCourseIds.length > 0) {
    reasons.push(checkPrerequisites(rules.prerequisiteCourseIds, facts.completedCourseIds));
  }
  return { eligible: reasons.every((reason) => reason.met), reasons };
}

function checkMinimumAge(minimumAge: number, dateOfBirth: string | null, asOf: Date): EligibilityReason {
  const notMet = (detail: string): EligibilityReason => ({ rule: 'minimumAge', met: false, detail });
  if (dateOfBirth === null || dateOfBirth.trim() === '') {
    return notMet(`No date of birth was given; add it to the personal details so the minimum age of ${minimumAge} can be checked.`);
  }
  const birth = parseIsoDate(dateOfBirth);
  if (birth === null) return notMet(`The date of birth "${dateOfBirth}" is not a date in the form YYYY-MM-DD; correct it in the personal details.`);
  const today = utcCalendarDate(asOf);
  if (compareDates(birth, today) > 0) return notMet(`The date of birth ${formatIsoDate(birth)} is in the future; correct it in the personal details.`);
  const age = ageOn(birth, today);
  if (age >= minimumAge) {
    return { rule: 'minimumAge', met: true, detail: `Aged ${age} on ${formatIsoDate(today)}; the minimum age is ${minimumAge}.` };
  }
  return notMet(`Aged ${age} on ${formatIsoDate(today)}; the minimum age is ${minimumAge}, reached on ${formatIsoDate(dateOfTurning(birth, minimumAge))}.`);
}

function checkMinimumEducation(minimum: EducationLevel, history: readonly EducationEntry[]): EligibilityReason {
  const required = `at least ${educationLabel(minimum)} is required`;
  if (minimum === 'none') return { rule: 'minimumEducation', met: true, detail: 'No prior education is required.' };
  const highest = (entries: readonly EducationEntry[]) =>
    entries.reduce<EducationLevel | null>((best, entry) => (best === null || educationRank(entry.level) > educationRank(best) ? entry.level : best), null);
  const completed = highest(history.filter((entry) => entry.completed));
  if (completed !== null && educationRank(completed) >= educationRank(minimum)) {
    return { rule: 'minimumEducation', met: true, detail: `Highest completed education is ${educationLabel(completed)}; ${required}.` };
  }
  // A qualification still in progress is named, so the applicant knows why it did not count.
  const inProgress = highest(history.filter((entry) => !entry.completed && educationRank(entry.level) >= educationRank(minimum)));
  const pending = inProgress === null ? '' : ` (${educationLabel(inProgress)} not yet completed does not count)`;
  if (completed === null) {
    return { rule: 'minimumEducation', met: false, detail: `The education history lists no completed qualification; ${required}${pending}.` };
  }
  return { rule: 'minimumEducation', met: false, detail: `Highest completed education is ${educationLabel(completed)}; ${required}${pending}.` };
}

function checkPrerequisites(courseIds: readonly string[], completed: ReadonlySet<string>): EligibilityReason {
  const missing = courseIds.filter((courseId) => !completed.has(courseId));
  const total = courseIds.length;
  if (missing.length === 0) {
    return { rule: 'prerequisiteCourseIds', met: true, detail: total === 1 ? 'The prerequisite course is completed.' : `All ${total} prerequisite courses are completed.` };
  }
  const count = missing.length === 1 ? `1 of ${total} prerequisite courses is` : `${missing.length} of ${total} prerequisite courses are`;
  return { rule: 'prerequisiteCourseIds', met: false, detail: `${count} not completed yet: ${missing.join(', ')}.` };
}
