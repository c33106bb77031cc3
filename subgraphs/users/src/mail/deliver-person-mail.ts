// Delivers other domains' PersonMailRequested events to the person's current address. Nobody is mailed
// after deleting their account or before verifying an address.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { domainFactHandler } from '../../../kit/src/events/fact-handler';
import { PERSON_MAIL_REQUESTED, personMailSchema } from '../../../kit/src/mail/person-mail';

export const DELIVER_PERSON_MAIL_HANDLER = 'deliver-person-mail';

export function registerPersonMailDelivery(bus: EventBus, services: SubgraphServices): void {
  const handle = domainFactHandler('users')(DELIVER_PERSON_MAIL_HANDLER, personMailSchema, async (tx, mail) => {
    const person = await tx.user.findUnique({ where: { id: mail.userId }, select: { email: true, deletedAt: true, emailVerifiedAt: true } });
    if (!person || person.deletedAt !== null || person.emailVerifiedAt === null) return;
    // Sent inside the handling transaction: a failed send rolls back the processed mark and is retried.
    await services.mailer.send({ to: person.email, subject: mail.subject, text: mail.text, attachments: mail.attachments });
  });
  bus.on(`users.${DELIVER_PERSON_MAIL_HANDLER}`, PERSON_MAIL_REQUESTED, (event) => handle(services.prisma, event));
}
