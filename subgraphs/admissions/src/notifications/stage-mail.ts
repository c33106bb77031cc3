// What an applicant is told when their application reaches a stage. Pure, so every wording is tested
// alone. Mails say what happened and what comes next; they never carry anything internal (officers'
// notes, scores, the decision rationale): those stay with staff.
import type { ApplicationStatus, DecisionOutcome } from '../../../kit/src/db';

export interface StageMailInput {
  /** The status the application has just reached. */
  status: ApplicationStatus;
  /** The decision, once decided; null before. */
  decision: DecisionOutcome | null;
  programName: string;
  /** The intake's term, e.g. "2027 February". */
  intakeTerm: string;
}

export interface StageMail {
  subject: string;
  text: string;
}

/**
 * Statuses that are announced. A draft is the applicant's own work in progress, and an interview
 * booking is announced by its calendar invite (src/interviews), so neither gets a stage mail.
 */
export const MAILED_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'eligibility_review',
  'spiritual_evaluation',
  'interviewed',
  'decided',
  'enrolled',
  'withdrawn',
];

export const isStageMailed = (status: ApplicationStatus): boolean => MAILED_STATUSES.includes(status);

const SIGNATURE = '\n\nScrollForge Admissions';
const FOLLOW = 'You can follow your application at any time under "My applications" on ScrollForge.';

/** The mail for a stage, or null when the stage is not announced (draft, interview_scheduled). */
export function stageMail({ status, decision, programName, intakeTerm }: StageMailInput): StageMail | null {
  const program = `${programName} (${intakeTerm})`;
  const mail = (subject: string, ...paragraphs: string[]): StageMail => ({ subject, text: `${paragraphs.join('\n\n')}${SIGNATURE}` });
  switch (status) {
    case 'submitted':
      return mail(
        `We received your application to ${programName}`,
        `Thank you for applying to ${program}. Your application has been submitted and is queued for review.`,
        FOLLOW,
      );
    case 'eligibility_review':
      return mail(
        `Your application to ${programName} is in eligibility review`,
        `An admissions officer is checking that your application to ${program} meets the program's requirements. We will write again when it moves on.`,
        FOLLOW,
      );
    case 'spiritual_evaluation':
      return mail(
        `Next step for your application to ${programName}: spiritual evaluation`,
        `Your application to ${program} has passed eligibility review and is now in spiritual evaluation.`,
        'When the evaluation is complete you will be able to book an interview with an admissions officer.',
        FOLLOW,
      );
    case 'interviewed':
      return mail(
        `Thank you for your interview for ${programName}`,
        `Your interview for ${program} is recorded. The admissions committee will now decide on your application, and we will write to you with its decision.`,
        FOLLOW,
      );
    case 'decided':
      return decisionMail(decision, programName, program, mail);
    case 'enrolled':
      return mail(
        `Welcome to ${programName}`,
        `Your place in ${program} is confirmed and you are now enrolled. Your first-term courses will appear on your ScrollForge dashboard.`,
      );
    case 'withdrawn':
      return mail(
        `Your application to ${programName} is withdrawn`,
        `Your application to ${program} has been withdrawn and will not be considered further.`,
        'If this was a mistake, or you would like to apply again to a later intake, you are welcome to start a new application.',
      );
    case 'draft':
    case 'interview_scheduled':
      return null;
  }
}

function decisionMail(
  decision: DecisionOutcome | null,
  programName: string,
  program: string,
  mail: (subject: string, ...paragraphs: string[]) => StageMail,
): StageMail | null {
  switch (decision) {
    case 'accepted':
      return mail(
        `You are accepted to ${programName}`,
        `Congratulations! The admissions committee has accepted you to ${program}.`,
        'To take your place, sign in to ScrollForge and confirm your enrolment under "My applications".',
      );
    case 'waitlisted':
      return mail(
        `You are on the waitlist for ${programName}`,
        `The admissions committee has placed your application to ${program} on the waitlist. The intake's places are currently taken.`,
        'If a place opens, it goes to the applicant who has waited longest, and we will write to you at once if that is you.',
        FOLLOW,
      );
    case 'rejected':
      return mail(
        `Your application to ${programName}`,
        `Thank you for applying to ${program}. After careful consideration, the admissions committee is unable to offer you a place.`,
        'You are welcome to apply again to a later intake.',
      );
    case null:
      // A decided step always carries its outcome; without one there is nothing true to say.
      return null;
  }
}
