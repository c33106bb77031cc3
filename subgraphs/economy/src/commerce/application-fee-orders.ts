// Paying an application fee: an order of one application_fee line, placed outside the cart (a fee is
// owed, not shopped for) and then paid like any card order (checkoutOrder, Stripe's webhook,
// markOrderPaid → fulfilment marks the fee paid). The idempotency key returns the first order; an
// order already waiting for this fee's payment is reused, so one fee never has two open checkouts.
import type { ApplicationFee, Db, PaymentMethod, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import type { Viewer } from '../../../kit/src/viewer';
import type { OrderWithItems } from './fulfilment';
import { CHECKOUT_TRANSACTION_OPTIONS, MAX_ORDER_KEY_LENGTH } from './orders';

export interface PayApplicationFeeInput {
  applicationId: string;
  /** How the applicant wants to pay; application fees are paid by card (see below). */
  paymentMethod: Extract<PaymentMethod, 'card' | 'scroll_coin'>;
  /** The same key returns the same order (per applicant). */
  idempotencyKey: string;
}

export interface ApplicationFeeOrder {
  fee: ApplicationFee;
  order: OrderWithItems;
}

const ITEMS_IN_ORDER = { items: { orderBy: { id: 'asc' as const } } };

export async function placeApplicationFeeOrder(prisma: PrismaClient, viewer: Viewer, input: PayApplicationFeeInput): Promise<ApplicationFeeOrder> {
  const userId = signedInViewerId(viewer);
  const key = input.idempotencyKey.trim();
  if (key === '' || key.length > MAX_ORDER_KEY_LENGTH) {
    throw badInput(`An idempotency key is 1–${MAX_ORDER_KEY_LENGTH} characters; send a fresh random one per payment.`, 'idempotencyKey');
  }
  if (!isUuid(input.applicationId)) throw badInput('That is not a valid application id.', 'applicationId');
  const scopedKey = `application-fee:${userId}:${key}`;
  return prisma.$transaction(async (tx) => {
    // The same key at once: the second waits here, then finds the first order.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${scopedKey}, 0))`;
    const fee = await lockFeeOf(tx, userId, input.applicationId);
    const existing = await tx.order.findUnique({ where: { idempotencyKey: scopedKey }, include: ITEMS_IN_ORDER });
    if (existing) {
      if (!existing.items.some((item) => item.applicationId === fee.applicationId)) {
        throw badInput('This idempotency key was used for another payment. Send a fresh one.', 'idempotencyKey');
      }
      return { fee, order: existing };
    }
    if (fee.paidAt !== null) throw conflict('This application fee is already paid.');
    // Coins are priced per course and bundle by whoever sells them; there is no platform rate that turns
    // a fee in cents into coins, so a fee can only be paid by card.
    if (input.paymentMethod !== 'card') throw badInput('Application fees cannot be paid with ScrollCoin. Pay by card.', 'paymentMethod');
    const open = await openOrderFor(tx, fee);
    return { fee, order: open ?? (await createFeeOrder(tx, fee, scopedKey)) };
  }, CHECKOUT_TRANSACTION_OPTIONS);
}

/** The applicant's fee, locked against a payment landing meanwhile; anyone else's is NOT_FOUND. */
async function lockFeeOf(tx: Db, userId: string, applicationId: string): Promise<ApplicationFee> {
  await tx.$queryRaw`SELECT application_id FROM economy.application_fee WHERE application_id = ${applicationId}::uuid FOR UPDATE`;
  const fee = await tx.applicationFee.findUnique({ where: { applicationId } });
  // Someone else's application is reported as missing, so ids cannot be probed.
  if (fee === null || fee.userId !== userId) throw notFound('An application fee for that application');
  return fee;
}

/** A card order for this fee still waiting for its payment, at the fee's current amount. */
function openOrderFor(tx: Db, fee: ApplicationFee): Promise<OrderWithItems | null> {
  return tx.order.findFirst({
    where: {
      userId: fee.userId,
      status: 'awaiting_payment',
      paymentMethod: 'card',
      totalCents: fee.amountCents,
      items: { some: { kind: 'application_fee', applicationId: fee.applicationId } },
    },
    orderBy: { createdAt: 'desc' },
    include: ITEMS_IN_ORDER,
  });
}

function createFeeOrder(tx: Db, fee: ApplicationFee, idempotencyKey: string): Promise<OrderWithItems> {
  return tx.order.create({
    data: {
      userId: fee.userId,
      paymentMethod: 'card',
      subtotalCents: fee.amountCents,
      totalCents: fee.amountCents,
      idempotencyKey,
      items: {
        create: [
          {
            kind: 'application_fee',
            applicationId: fee.applicationId,
            description: `Application fee: ${fee.programName}`,
            unitCents: fee.amountCents,
            totalCents: fee.amountCents,
          },
        ],
      },
    },
    include: ITEMS_IN_ORDER,
  });
}
