// What each part of an application may hold. Every rule returns the problem with the exact path of the
// field it concerns (`personalDetails.dateOfBirth`, `educationHistory[2].level`), so a form can put the
// message next to the input. Pure: saving a draft and submitting both ask these rules.
import { EDUCATION_LEVELS, isEducationLevel, type EducationLevel } from '../eligibility/education-levels';
import { isCountryCode } from './countries';

/** One thing wrong with an application's content, where it is and what to do about it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const LEGAL_NAME_LENGTH = { min: 2, max: 120 } as const;
export const MAX_PHONE_LENGTH = 30;
/** E.164 allows at most 15 digits; fewer than 7 is not a reachable number anywhere. */
export const PHONE_DIGITS = { min: 7, max: 15 } as const;
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_EDUCATION_ENTRIES = 10;
export const MAX_INSTITUTION_LENGTH = 200;
export const MAX_FIELD_OF_STUDY_LENGTH = 120;
export const MAX_STATEMENT_OF_FAITH_LENGTH = 5000;
export const MAX_PERSONAL_STATEMENT_LENGTH = 8000;
/** Nobody applying was born before this; an earlier year is a typo. */
export const EARLIEST_BIRTH_YEAR = 1900;

export const PERSONAL_DETAIL_KEYS = ['legalName', 'dateOfBirth', 'phone', 'country', 'address'] as const;
export type PersonalDetailKey = (typeof PERSONAL_DETAIL_KEYS)[number];
/** Application.personalDetails as stored: only the keys the applicant filled in. */
export type PersonalDetails = Partial<Record<PersonalDetailKey, string>>;

/** One entry of Application.educationHistory as stored; the eligibility check reads `level` and `completed`. */
export type EducationEntry = {
  institution: string;
  level: EducationLevel;
  /** Field of study; may be empty. */
  field: string;
  /** YYYY-MM. */
  from: string;
  /** YYYY-MM, or null while still studying. */
  until: string | null;
  completed: boolean;
};

/** Characters as a person counts them (an emoji is one), not UTF-16 code units. */
export const characterCount = (text: string): number => [...text].length;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]*$/;

function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isMonth = (text: string): boolean => {
  const match = MONTH_PATTERN.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
};

/**
 * The personal detail as stored (trimmed, country upper-cased), or the problem with it. `value` is
 * never empty here: an empty value clears the detail before the rules are asked.
 */
export function checkPersonalDetail(key: PersonalDetailKey, raw: string, now: Date): { value: string } | FieldProblem {
  const field = `personalDetails.${key}`;
  const value = key === 'address' ? raw.trim() : raw.trim().replace(/\s+/g, ' ');
  switch (key) {
    case 'legalName': {
      const length = characterCount(value);
      if (length < LEGAL_NAME_LENGTH.min || length > LEGAL_NAME_LENGTH.max) {
        return { field, message: `Your legal name is ${LEGAL_NAME_LENGTH.min}–${LEGAL_NAME_LENGTH.max} characters, as on your identity document.` };
      }
      return { value };
    }
    case 'dateOfBirth': {
      if (!isRealDate(value)) return { field, message: 'Give your date of birth as YYYY-MM-DD, e.g. 2001-04-17.' };
      if (value >= now.toISOString().slice(0, 10) || Number(value.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
        return { field, message: `Your date of birth must be a past date after ${EARLIEST_BIRTH_YEAR}.` };
      }
      return { value };
    }
    case 'phone': {
      const digits = value.replace(/\D/g, '').length;
      if (value.length > MAX_PHONE_LENGTH || !PHONE_PATTERN.test(value) || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) {
        return { field, message: `Give a phone number in international form, e.g. +44 20 7946 0958 (${PHONE_DIGITS.min}–${PHONE_DIGITS.max} digits).` };
      }
      return { value };
    }
    case 'country': {
      const code = value.toUpperCase();
      if (!isCountryCode(code)) return { field, message: 'Give your country as its two-letter ISO 3166 code, e.g. GB, NG or BR.' };
      return { value: code };
    }
    case 'address': {
      if (characterCount(value) > MAX_ADDRESS_LENGTH) return { field, message: `An address is at most ${MAX_ADDRESS_LENGTH} characters.` };
      return { value };
    }
  }
}

/** One education entry as the applicant sent it; anything may be missing until the rules say otherwise. */
export interface EducationEntryDraft {
  institution?: string | null;
  level?: string | null;
  field?: string | null;
  from?: string | null;
  until?: string | null;
  completed?: boolean | null;
}

/** The entry as stored, or every problem with it (paths `educationHistory[i].<key>`). */
export function checkEducationEntry(entry: EducationEntryDraft, index: number): { value: EducationEntry } | { problems: FieldProblem[] } {
  const at = (key: string) => `educationHistory[${index}].${key}`;
  const problems: FieldProblem[] = [];
  const institution = entry.institution?.trim() ?? '';
  if (institution.length === 0 || characterCount(institution) > MAX_INSTITUTION_LENGTH) {
    problems.push({ field: at('institution'), message: `Name the school or institution in at most ${MAX_INSTITUTION_LENGTH} characters.` });
  }
  const level = entry.level?.trim().toLowerCase() ?? '';
  if (!isEducationLevel(level)) problems.push({ field: at('level'), message: `Choose the level: one of ${EDUCATION_LEVELS.join(', ')}.` });
  const fieldOfStudy = entry.field?.trim() ?? '';
  if (characterCount(fieldOfStudy) > MAX_FIELD_OF_STUDY_LENGTH) {
    problems.push({ field: at('field'), message: `A field of study is at most ${MAX_FIELD_OF_STUDY_LENGTH} characters.` });
  }
  const from = entry.from?.trim() ?? '';
  if (!isMonth(from)) problems.push({ field: at('from'), message: 'Give the month you started as YYYY-MM, e.g. 2019-09.' });
  const until = entry.until?.trim() || null;
  if (until !== null && !isMonth(until)) problems.push({ field: at('until'), message: 'Give the month you finished as YYYY-MM, or leave it empty while you still study there.' });
  else if (until !== null && isMonth(from) && until < from) problems.push({ field: at('until'), message: 'The month you finished cannot come before the month you started.' });
  if (problems.length > 0 || !isEducationLevel(level)) return { problems };
  return { value: { institution, level, field: fieldOfStudy, from, until, completed: entry.completed === true } };
}

export function checkStatementOfFaith(text: string): FieldProblem | null {
  return characterCount(text) > MAX_STATEMENT_OF_FAITH_LENGTH
    ? { field: 'statementOfFaith', message: `Your statement of faith is at most ${MAX_STATEMENT_OF_FAITH_LENGTH.toLocaleString('en')} characters; shorten it.` }
    : null;
}

export function checkPersonalStatement(text: string): FieldProblem | null {
  return characterCount(text) > MAX_PERSONAL_STATEMENT_LENGTH
    ? { field: 'personalStatement', message: `Your personal statement is at most ${MAX_PERSONAL_STATEMENT_LENGTH.toLocaleString('en')} characters; shorten it.` }
    : null;
}
