// The words of every mail the users domain sends. Codes stand alone on their line so people (and the
// dev-mailbox tooling) can pick them out.
import { OTP_TTL_MS } from './otp';

export interface MailContent {
  subject: string;
  text: string;
}

const minutes = Math.round(OTP_TTL_MS / 60_000);

export function verificationMail(displayName: string, code: string): MailContent {
  return {
    subject: 'Verify your ScrollForge email',
    text: [
      `Hello ${displayName},`,
      '',
      'Your ScrollForge verification code is:',
      '',
      `    ${code}`,
      '',
      `It works once and expires in ${minutes} minutes. If you did not sign up, ignore this email.`,
    ].join('\n'),
  };
}

export function alreadyRegisteredMail(displayName: string): MailContent {
  return {
    subject: 'You already have a ScrollForge account',
    text: [
      `Hello ${displayName},`,
      '',
      'Someone (hopefully you) tried to sign up to ScrollForge with this email address, but you already have an account.',
      'Sign in instead. If you forgot your password, use "Forgot password" on the sign-in page to reset it.',
      '',
      'If this was not you, you can ignore this email; your account has not changed.',
    ].join('\n'),
  };
}

export function passwordResetMail(displayName: string, code: string): MailContent {
  return {
    subject: 'Reset your ScrollForge password',
    text: [
      `Hello ${displayName},`,
      '',
      'Your ScrollForge password reset code is:',
      '',
      `    ${code}`,
      '',
      `It works once and expires in ${minutes} minutes. If you did not ask to reset your password, ignore this email.`,
    ].join('\n'),
  };
}

export function parentLinkRequestMail(childName: string, parentName: string): MailContent {
  return {
    subject: `${parentName} wants to link to your ScrollForge account as a parent`,
    text: [
      `Hello ${childName},`,
      '',
      `${parentName} asked to be linked to your account as your parent or guardian. Once linked, they can follow your progress.`,
      'Sign in to ScrollForge to confirm or decline the request.',
    ].join('\n'),
  };
}
