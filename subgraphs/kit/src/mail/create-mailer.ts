// Chooses the mailer: SMTP when a URL is configured, the dev mailbox otherwise.
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createDevMailbox } from './dev-mailbox';
import type { Mailer } from './mailer';
import { createSmtpMailer } from './smtp-mailer';

export interface MailerOptions {
  /** smtp:// or smtps:// URL; without it mail goes to the dev mailbox. */
  smtpUrl?: string;
  /** Sender address, e.g. "ScrollForge <no-reply@scrollforge.test>". */
  from: string;
  prisma: Db;
  logger: Logger;
}

export function createMailer({ smtpUrl, from, prisma, logger }: MailerOptions): Mailer {
  return smtpUrl ? createSmtpMailer({ smtpUrl, from, logger }) : createDevMailbox({ prisma, logger });
}
