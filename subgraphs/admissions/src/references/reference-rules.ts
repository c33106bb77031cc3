// What a reference is: who the referee is, the questions they answer, and how long their link lasts.
import { badInput } from '../../../kit/src/errors';

export const MAX_REFEREES_PER_APPLICATION = 3;
export const REFERENCE_LINK_TTL_DAYS = 14;
export const REFEREE_NAME_LENGTH = { min: 2, max: 120 } as const;
export const RELATIONSHIP_LENGTH = { min: 2, max: 120 } as const;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_ANSWER_LENGTH = 3000;
/** Where the web app serves the reference form when PUBLIC_URL is not set (the embedded gateway). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:4000';

export const RECOMMENDATIONS = ['strongly_recommend', 'recommend', 'neutral', 'not_recommend'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface ReferenceQuestion {
  id: string;
  prompt: string;
}

/** Every referee answers all of these; ids are stable because stored answers are keyed by them. */
export const REFERENCE_QUESTIONS: readonly ReferenceQuestion[] = [
  { id: 'relationship', prompt: 'How long and in what capacity have you known the applicant?' },
  { id: 'character', prompt: 'How would you describe the applicant’s character and integrity?' },
  { id: 'faith', prompt: 'What have you seen of the applicant’s faith and Christian service?' },
  { id: 'readiness', prompt: 'How ready is the applicant for this program of study, and why?' },
];

/** The link a referee follows; the token is the only secret, so it stays out of logs. */
export function referenceLink(publicUrl: string | undefined, token: string): string {
  const base = (publicUrl?.trim() || DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
  return `${base}/references/${token}`;
}

// Deliberately loose (one @, a dot in the domain, no spaces): the invite itself is the real test.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface RefereeDetails {
  refereeName: string;
  refereeEmail: string;
  relationship: string;
}

export function normalizeRefereeDetails(input: RefereeDetails): RefereeDetails {
  const refereeName = input.refereeName.trim().replace(/\s+/g, ' ');
  if (refereeName.length < REFEREE_NAME_LENGTH.min || refereeName.length > REFEREE_NAME_LENGTH.max) {
    throw badInput(`Give the referee’s name in ${REFEREE_NAME_LENGTH.min}–${REFEREE_NAME_LENGTH.max} characters.`, 'refereeName');
  }
  const refereeEmail = input.refereeEmail.trim().toLowerCase();
  if (refereeEmail.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(refereeEmail)) {
    throw badInput('Give the referee’s email address, e.g. pastor@example.org.', 'refereeEmail');
  }
  const relationship = input.relationship.trim().replace(/\s+/g, ' ');
  if (relationship.length < RELATIONSHIP_LENGTH.min || relationship.length > RELATIONSHIP_LENGTH.max) {
    throw badInput(`Say how the referee knows you (e.g. "my pastor for six years") in ${RELATIONSHIP_LENGTH.min}–${RELATIONSHIP_LENGTH.max} characters.`, 'relationship');
  }
  return { refereeName, refereeEmail, relationship };
}
