// The email that asks a referee for a reference. Referees are not users, so it goes straight to their
// address rather than through users' person mail.
import type { MailMessage } from '../../../kit/src/mail';

export interface RefereeInviteDetails {
  refereeName: string;
  refereeEmail: string;
  /** The applicant's legal name when they gave one. */
  applicantName: string | null;
  programName: string;
  link: string;
  expiresAt: Date;
}

export function refereeInviteMail(invite: RefereeInviteDetails): MailMessage {
  const applicant = invite.applicantName ?? 'An applicant';
  return {
    to: invite.refereeEmail,
    subject: `Reference request: ${applicant} is applying to ${invite.programName}`,
    text: [
      `Dear ${invite.refereeName},`,
      '',
      `${applicant} is applying to ${invite.programName} at ScrollForge and named you as a referee.`,
      'Please answer a few short questions about them using this personal link (no account needed):',
      '',
      invite.link,
      '',
      `The link works once and until ${invite.expiresAt.toISOString().slice(0, 10)}. Your answers go to the admissions team only; the applicant does not see them.`,
      '',
      'If you did not expect this, you can ignore this email.',
      '',
      'ScrollForge Admissions',
    ].join('\n'),
  };
}
