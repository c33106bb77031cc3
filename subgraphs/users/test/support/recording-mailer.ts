// A mailer that keeps what it was asked to send, for domain tests that read codes from mails.
import type { MailMessage, Mailer } from '../../../kit/src/mail';

export interface RecordingMailer extends Mailer {
  sent: MailMessage[];
  /** Mails sent to `to`, oldest first. */
  to(to: string): MailMessage[];
  /** The six-digit code in the newest mail to `to` whose subject matches. */
  lastCode(to: string, subject?: RegExp): string;
}

export function createRecordingMailer(): RecordingMailer {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    to(to) {
      return sent.filter((message) => message.to === to);
    },
    lastCode(to, subject = /./) {
      const mail = sent.filter((message) => message.to === to && subject.test(message.subject)).at(-1);
      const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
      if (!code) throw new Error(`no code mailed to ${to}`);
      return code;
    },
  };
}
