// Mail to a person known only by id. Only users holds email addresses, so a domain that wants to write
// to someone records a PersonMailRequested event in the transaction that decides it, and users delivers
// it (see users/src/mail/deliver-person-mail.ts). A rolled-back change therefore never sends mail.
import { z } from 'zod';
import type { Db } from '../db';
import { emitEvent } from '../events/emit-event';

export const PERSON_MAIL_REQUESTED = 'PersonMailRequested';

export const personMailSchema = z.object({
  userId: z.uuid(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(50_000),
  attachments: z
    .array(z.object({ filename: z.string().min(1).max(200), contentType: z.string().min(1).max(200), content: z.string().max(200_000) }))
    .max(5)
    .default([]),
});

export type PersonMail = z.input<typeof personMailSchema>;

/** Queues the mail in `domain`'s outbox inside the caller's transaction. */
export async function requestPersonMail(tx: Db, domain: string, mail: PersonMail): Promise<void> {
  await emitEvent(tx, domain, PERSON_MAIL_REQUESTED, personMailSchema.parse(mail));
}
