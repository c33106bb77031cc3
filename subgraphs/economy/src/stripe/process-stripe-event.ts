// Records a verified Stripe event by its id and applies it in the same transaction, so an event is
// either recorded and applied (or left pending on purpose) or not recorded at all and retried by
// Stripe. A duplicate delivery finds its id recorded and changes nothing.
import type { Db, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { SUBSCRIPTION_EVENT_TYPES, applySubscriptionEvent } from '../subscriptions/subscription-events';
import { ORDER_EVENT_TYPES, applyOrderPaymentEvent, type EventOutcome } from './order-payment-events';
import type { StripeEventEnvelope } from './stripe-objects';

export type ProcessOutcome = EventOutcome | 'duplicate';

/** Applies an event whose row is already recorded; the caller holds the transaction. */
export async function applyStripeEvent(tx: Db, event: StripeEventEnvelope): Promise<EventOutcome> {
  if (ORDER_EVENT_TYPES.has(event.type)) return applyOrderPaymentEvent(tx, event);
  if (SUBSCRIPTION_EVENT_TYPES.has(event.type)) return applySubscriptionEvent(tx, event);
  return 'ignored';
}

export async function processStripeEvent(prisma: PrismaClient, event: StripeEventEnvelope): Promise<ProcessOutcome> {
  return prisma.$transaction(async (tx) => {
    // A concurrent duplicate waits here on the first one's unique key, then sees it recorded.
    const recorded = await tx.stripeEvent.createMany({
      data: [
        {
          id: event.id,
          type: event.type,
          objectId: event.data.object.id,
          createdAt: new Date(event.created * 1000),
          payload: event as unknown as Prisma.InputJsonValue,
        },
      ],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return 'duplicate';
    const outcome = await applyStripeEvent(tx, event);
    if (outcome !== 'pending') await tx.stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
    return outcome;
  });
}
