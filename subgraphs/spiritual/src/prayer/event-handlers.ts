// Events the prayer and growth area consumes. Each handler records the event as processed in the same
// transaction as its effects (handleOnce), so a redelivered event changes nothing.
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';
import type { PrismaClient } from '../../../kit/src/db';
import { forgetGuardianLinksOf, parentLinkConfirmedSchema, recordGuardianLink, userDeletedSchema } from '../growth/guardians';

const MIRROR_GUARDIAN_LINK = 'mirror-guardian-link';
const FORGET_DELETED_USER_LINKS = 'forget-deleted-user-links';

export async function forgetDeletedUserLinks(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = userDeletedSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'spiritual', FORGET_DELETED_USER_LINKS, event.id))) return;
    await forgetGuardianLinksOf(tx, parsed.data);
  });
}

export async function mirrorGuardianLink(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = parentLinkConfirmedSchema.safeParse(event.payload);
  // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
  if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'spiritual', MIRROR_GUARDIAN_LINK, event.id))) return;
    await recordGuardianLink(tx, parsed.data);
  });
}

export function registerPrayerEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`spiritual.${MIRROR_GUARDIAN_LINK}`, 'ParentLinkConfirmed', (event) => mirrorGuardianLink(services.prisma, event));
  bus.on(`spiritual.${FORGET_DELETED_USER_LINKS}`, 'UserDeleted', (event) => forgetDeletedUserLinks(services.prisma, event));
}
