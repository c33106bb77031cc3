// Turns what an applicant sends when saving a draft into the columns to write. Any subset may be sent:
// a personal detail given replaces that detail (empty or null clears it), an education history given
// replaces the whole list. Nothing here asks for completeness; that is the submission's check.
import type { Prisma } from '../../../kit/src/db';
import {
  MAX_EDUCATION_ENTRIES,
  PERSONAL_DETAIL_KEYS,
  checkEducationEntry,
  checkPersonalDetail,
  checkPersonalStatement,
  checkStatementOfFaith,
  type EducationEntry,
  type EducationEntryDraft,
  type FieldProblem,
  type PersonalDetailKey,
  type PersonalDetails,
} from './content-rules';

export interface DraftChanges {
  personalDetails?: Partial<Record<PersonalDetailKey, string | null>> | null;
  educationHistory?: EducationEntryDraft[] | null;
  statementOfFaith?: string | null;
  personalStatement?: string | null;
}

export type DraftUpdate = Pick<Prisma.ApplicationUpdateInput, 'personalDetails' | 'educationHistory' | 'statementOfFaith' | 'personalStatement'>;

/** The columns to write, or every problem found (paths as in content-rules). */
export function draftUpdate(current: PersonalDetails, changes: DraftChanges, now: Date): { update: DraftUpdate } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const update: DraftUpdate = {};

  if (changes.personalDetails) {
    const details: PersonalDetails = { ...current };
    for (const key of PERSONAL_DETAIL_KEYS) {
      if (!(key in changes.personalDetails)) continue;
      const raw = changes.personalDetails[key];
      if (raw === undefined) continue;
      if (raw === null || raw.trim() === '') {
        delete details[key];
        continue;
      }
      const checked = checkPersonalDetail(key, raw, now);
      if ('field' in checked) problems.push(checked);
      else details[key] = checked.value;
    }
    update.personalDetails = details;
  }

  if (changes.educationHistory) {
    if (changes.educationHistory.length > MAX_EDUCATION_ENTRIES) {
      problems.push({ field: 'educationHistory', message: `List at most ${MAX_EDUCATION_ENTRIES} places of education; keep the most relevant.` });
    } else {
      const entries: EducationEntry[] = [];
      changes.educationHistory.forEach((entry, index) => {
        const checked = checkEducationEntry(entry, index);
        if ('problems' in checked) problems.push(...checked.problems);
        else entries.push(checked.value);
      });
      update.educationHistory = entries;
    }
  }

  if (changes.statementOfFaith != null) {
    const text = changes.statementOfFaith.trim();
    const problem = checkStatementOfFaith(text);
    if (problem) problems.push(problem);
    else update.statementOfFaith = text;
  }
  if (changes.personalStatement != null) {
    const text = changes.personalStatement.trim();
    const problem = checkPersonalStatement(text);
    if (problem) problems.push(problem);
    else update.personalStatement = text;
  }

  return problems.length > 0 ? { problems } : { update };
}
