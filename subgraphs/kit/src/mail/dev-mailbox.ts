// Mail without an SMTP server (embedded and development): messages are kept in platform.dev_mail,
// where the dev UI and tests read them (verification codes included), instead of being sent.
import type { Db } from '../db';
import { isProduction } from '../env';
import type { Logger } from '../logger';
import type { MailAttachment, MailMessage, Mailer } from './mailer';

export function createDevMailbox({ prisma, logger }: { prisma: Db; logger: Logger }): Mailer {
  return {
    async send({ to, subject, text, attachments = [] }) {
      await prisma.devMail.create({ data: { to, subject, text, attachments: attachments.map((file) => ({ ...file })) } });
      // Outside production the body is logged too, so a developer can copy a code from the console;
      // in production it may hold secrets and stays out of the logs.
      if (isProduction()) logger.info({ to, subject }, 'mail kept in the dev mailbox (no SMTP_URL set)');
      else logger.info({ to, subject, text }, 'mail kept in the dev mailbox (no SMTP_URL set)');
    },
  };
}

/** The newest messages kept for `to`, newest first. */
export async function readDevMailbox(prisma: Db, to: string, limit = 20): Promise<Array<MailMessage & { id: string; createdAt: Date }>> {
  const rows = await prisma.devMail.findMany({
    where: { to },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, attachments: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, attachments: Array.isArray(row.attachments) ? (row.attachments as unknown as MailAttachment[]) : [] }));
}
