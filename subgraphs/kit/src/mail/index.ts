// Public API of the kit's mail: SMTP in production, a database-backed dev mailbox otherwise.
export type { MailAttachment, MailMessage, Mailer } from './mailer';
export { createMailer, type MailerOptions } from './create-mailer';
export { readDevMailbox } from './dev-mailbox';
