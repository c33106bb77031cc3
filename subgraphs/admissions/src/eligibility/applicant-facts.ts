// Reads the eligibility facts out of an application's free-form JSON (personal details and education
// history as the applicant filled them in). Anything unusable becomes "missing", which the check reports
// as a rule not met, rather than an error that would stop the whole check.
import type { Prisma } from '../../../kit/src/db';
import { isEducationLevel } from './education-levels';
import type { EducationEntry } from './evaluate-eligibility';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** personalDetails.dateOfBirth as given; a non-text value is passed on as text so the check names it. */
export function dateOfBirthFrom(personalDetails: Prisma.JsonValue): string | null {
  if (!isRecord(personalDetails)) return null;
  const value = personalDetails.dateOfBirth;
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The entries of the education history with a known level (case and surrounding spaces ignored).
 * Only `completed: true` counts as completed; entries naming no known level cannot meet a rule and
 * are left out.
 */
export function educationEntriesFrom(educationHistory: Prisma.JsonValue): EducationEntry[] {
  if (!Array.isArray(educationHistory)) return [];
  return educationHistory.flatMap((entry) => {
    if (!isRecord(entry) || typeof entry.level !== 'string') return [];
    const level = entry.level.trim().toLowerCase();
    return isEducationLevel(level) ? [{ level, completed: entry.completed === true }] : [];
  });
}
