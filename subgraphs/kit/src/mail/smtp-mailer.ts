// Real delivery through an SMTP server (smtp:// or smtps:// URL with credentials in it).
import nodemailer from 'nodemailer';
import type { Logger } from '../logger';
import type { Mailer } from './mailer';

export function createSmtpMailer({ smtpUrl, from, logger }: { smtpUrl: string; from: string; logger: Logger }): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text, attachments = [] }) {
      const info = await transport.sendMail({ from, to, subject, text, attachments });
      logger.info({ to, subject, messageId: info.messageId }, 'mail sent');
    },
  };
}
