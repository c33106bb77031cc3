// What a complete application holds before it may be submitted. Every gap is reported at once, with the
// field it concerns, so the applicant fixes them in one pass instead of one rejection at a time.
import type { Application, ApplicationDocumentKind } from '../../../kit/src/db';
import {
  PERSONAL_DETAIL_KEYS,
  characterCount,
  checkEducationEntry,
  checkPersonalDetail,
  checkPersonalStatement,
  checkStatementOfFaith,
  type FieldProblem,
  type PersonalDetailKey,
} from './content-rules';
import { storedEducationHistory, storedPersonalDetails } from './stored-content';

export const MIN_STATEMENT_OF_FAITH_LENGTH = 200;
export const MIN_PERSONAL_STATEMENT_LENGTH = 300;
/** Document kinds every application carries. */
export const REQUIRED_DOCUMENT_KINDS: readonly ApplicationDocumentKind[] = ['identity', 'transcript'];

const REQUIRED_DETAILS: ReadonlyArray<{ key: PersonalDetailKey; message: string }> = [
  { key: 'legalName', message: 'Give your legal name.' },
  { key: 'dateOfBirth', message: 'Give your date of birth.' },
  { key: 'country', message: 'Give the country you live in.' },
];

const DOCUMENT_MESSAGES: Readonly<Record<ApplicationDocumentKind, string>> = {
  identity: 'Upload an identity document (passport or national ID).',
  transcript: 'Upload a transcript of your most recent studies.',
  recommendation: 'Upload a letter of recommendation.',
  other: 'Upload the missing document.',
};

export interface SubmissionEvidence {
  /** Kinds of the documents uploaded so far. */
  documentKinds: ReadonlySet<ApplicationDocumentKind>;
  /** Referees invited so far (whether or not they answered). */
  refereeCount: number;
}

export function submissionProblems(
  application: Pick<Application, 'personalDetails' | 'educationHistory' | 'statementOfFaith' | 'personalStatement'>,
  evidence: SubmissionEvidence,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const details = storedPersonalDetails(application.personalDetails);
  for (const { key, message } of REQUIRED_DETAILS) {
    if (details[key] === undefined) problems.push({ field: `personalDetails.${key}`, message });
  }
  // A date of birth that was valid when saved can only be checked again here (e.g. a later fix of the rules).
  for (const key of PERSONAL_DETAIL_KEYS) {
    const value = details[key];
    if (value === undefined) continue;
    const checked = checkPersonalDetail(key, value, now);
    if ('field' in checked) problems.push(checked);
  }

  const education = storedEducationHistory(application.educationHistory);
  if (education.length === 0) problems.push({ field: 'educationHistory', message: 'List at least one place you studied.' });
  education.forEach((entry, index) => {
    const checked = checkEducationEntry(entry, index);
    if ('problems' in checked) problems.push(...checked.problems);
  });

  const faith = characterCount(application.statementOfFaith.trim());
  if (faith < MIN_STATEMENT_OF_FAITH_LENGTH) {
    problems.push({ field: 'statementOfFaith', message: `Write a statement of faith of at least ${MIN_STATEMENT_OF_FAITH_LENGTH} characters (you have ${faith}).` });
  } else {
    const problem = checkStatementOfFaith(application.statementOfFaith);
    if (problem) problems.push(problem);
  }
  const personal = characterCount(application.personalStatement.trim());
  if (personal < MIN_PERSONAL_STATEMENT_LENGTH) {
    problems.push({ field: 'personalStatement', message: `Write a personal statement of at least ${MIN_PERSONAL_STATEMENT_LENGTH} characters (you have ${personal}).` });
  } else {
    const problem = checkPersonalStatement(application.personalStatement);
    if (problem) problems.push(problem);
  }

  for (const kind of REQUIRED_DOCUMENT_KINDS) {
    if (!evidence.documentKinds.has(kind)) problems.push({ field: `documents.${kind}`, message: DOCUMENT_MESSAGES[kind] });
  }
  if (evidence.refereeCount === 0) problems.push({ field: 'references', message: 'Invite at least one referee.' });
  return problems;
}
