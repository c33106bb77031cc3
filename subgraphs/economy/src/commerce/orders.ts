// Checkout: the cart becomes an order in one transaction — items priced now, the cart's code applied
// with per-item discounts that add up exactly, the promo use or scholarship taken under a conditional
// update (so a code's use limit holds however many people check out at once), the cart emptied. The
// idempotency key makes a retried checkout return the first order. Free orders are paid at once; a
// ScrollCoin order is paid and fulfilled in the same transaction as its ledger purchase.
import { randomUUID } from 'node:crypto';
import type { Db, PaymentMethod, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import type { Viewer } from '../../../kit/src/viewer';
import { postCoinPurchase } from './coin-payment';
import { resolveCartCode, type ResolvedCartCode } from './cart-codes';
import type { OrderWithItems } from './fulfilment';
import { markOrderPaid } from './order-payment';
import { loadCatalogue, priceItem } from './sellables';
import { coinsForLine, computeCartTotals } from './totals';

export { markOrderPaid, markOrderFailed, type MarkOrderPaidInput } from './order-payment';
export { refundOrder, type RefundOrderInput } from './order-refunds';
export type { OrderWithItems } from './fulfilment';

export interface CreateOrderInput {
  /** How the buyer pays; a zero total is recorded as `none` and paid at once. */
  paymentMethod: Extract<PaymentMethod, 'card' | 'scroll_coin'>;
  /** The same key returns the same order (per buyer). */
  idempotencyKey: string;
}

export const MAX_ORDER_KEY_LENGTH = 200;

/** Interactive transaction limits for checkout: many buyers may queue for the same promo row. */
export const CHECKOUT_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export async function createOrderFromCart(prisma: PrismaClient, viewer: Viewer, input: CreateOrderInput): Promise<OrderWithItems> {
  const userId = signedInViewerId(viewer);
  const key = input.idempotencyKey.trim();
  if (key === '' || key.length > MAX_ORDER_KEY_LENGTH) {
    throw badInput(`An idempotency key is 1–${MAX_ORDER_KEY_LENGTH} characters; send a fresh random one per checkout.`, 'idempotencyKey');
  }
  const scopedKey = `order:${userId}:${key}`;
  return prisma.$transaction(async (tx) => {
    // The same key at once: the second waits here, then finds the first order.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${scopedKey}, 0))`;
    const existing = await tx.order.findUnique({ where: { idempotencyKey: scopedKey }, include: { items: { orderBy: { id: 'asc' } } } });
    if (existing) return existing;
    return placeOrder(tx, userId, scopedKey, input.paymentMethod, new Date());
  }, CHECKOUT_TRANSACTION_OPTIONS);
}

async function placeOrder(tx: Db, userId: string, idempotencyKey: string, requestedMethod: CreateOrderInput['paymentMethod'], now: Date): Promise<OrderWithItems> {
  // Two checkouts of one cart with different keys: the second waits and finds the cart empty.
  await tx.$queryRaw`SELECT id FROM economy.cart WHERE user_id = ${userId}::uuid FOR UPDATE`;
  const cart = await tx.cart.findUnique({ where: { userId }, include: { items: { orderBy: { addedAt: 'asc' } } } });
  if (!cart || cart.items.length === 0) throw badInput('Your cart is empty. Add a course, bundle or school licence before checking out.');

  const catalogue = await loadCatalogue(tx, cart.items);
  const priced = cart.items.map((item) => priceItem(catalogue, item));
  const code = cart.promoCode ? await resolveCartCode(tx, userId, cart.promoCode, now) : null;
  const totals = computeCartTotals(priced, code?.discount ?? null);
  const paymentMethod: PaymentMethod = totals.totalCents === 0 ? 'none' : requestedMethod;

  let coins: number[] = [];
  if (paymentMethod === 'scroll_coin') {
    const unpayable = priced.find((line) => line.unitCoins === null);
    if (unpayable) throw badInput(`“${unpayable.description}” cannot be bought with ScrollCoin. Pay by card or remove it.`, 'paymentMethod');
    coins = priced.map((line, index) => coinsForLine(line.unitCoins! * line.quantity, totals.lines[index]!));
  }
  if (paymentMethod !== 'card' && priced.some((line) => line.kind === 'tutor_plan')) {
    throw badInput('A tutor plan is a monthly subscription: pay for it by card.', 'paymentMethod');
  }

  await takeCode(tx, code, userId, now);
  // Ids chosen here so each order item can be matched to its priced cart line.
  const itemIds = cart.items.map(() => randomUUID());
  const order = await tx.order.create({
    data: {
      userId,
      paymentMethod,
      subtotalCents: totals.subtotalCents,
      discountCents: totals.discountCents,
      totalCents: totals.totalCents,
      scrollCoinTotal: paymentMethod === 'scroll_coin' ? coins.reduce((sum, amount) => sum + amount, 0) : null,
      promoCodeId: code?.kind === 'promo' ? code.promo.id : null,
      scholarshipId: code?.kind === 'scholarship' ? code.scholarship.id : null,
      idempotencyKey,
      items: {
        create: cart.items.map((item, index) => ({
          id: itemIds[index]!,
          kind: item.kind,
          courseId: item.courseId,
          bundleId: item.bundleId,
          plan: item.plan,
          schoolId: item.schoolId,
          seats: item.seats,
          description: priced[index]!.description,
          unitCents: priced[index]!.unitCents,
          quantity: priced[index]!.quantity,
          discountCents: totals.lines[index]!.discountCents,
          totalCents: totals.lines[index]!.totalCents,
        })),
      },
    },
    include: { items: true },
  });
  await tx.cartItem.deleteMany({ where: { cartId: cart.id } });
  await tx.cart.update({ where: { id: cart.id }, data: { promoCode: null } });

  if (paymentMethod === 'card') return { ...order, items: [...order.items].sort((a, b) => a.id.localeCompare(b.id)) };
  if (paymentMethod === 'scroll_coin') {
    const items = itemIds.map((id, index) => ({ item: order.items.find((item) => item.id === id)!, coins: coins[index]! }));
    await postCoinPurchase(tx, catalogue, { orderId: order.id, buyerId: userId, items });
  }
  return markOrderPaid(tx, order.id, { paidAt: now });
}

/** Takes the promo use or the scholarship for this order, or refuses when it is gone. */
async function takeCode(tx: Db, code: ResolvedCartCode | null, userId: string, now: Date): Promise<void> {
  if (code === null) return;
  if (code.kind === 'promo') {
    // The row lock makes concurrent checkouts queue here; each re-checks the limit after the one before.
    const taken = await tx.$executeRaw`
      UPDATE economy.promo_code SET uses = uses + 1
       WHERE id = ${code.promo.id}::uuid AND active
         AND valid_from <= ${now} AND (valid_until IS NULL OR valid_until > ${now})
         AND (max_uses IS NULL OR uses < max_uses)`;
    if (taken !== 1) throw conflict(`The code ${code.promo.code} has just been used up. Remove it from your cart to check out at the full price.`);
    return;
  }
  // A failed order keeps the scholarship's id until another order takes it.
  await tx.order.updateMany({ where: { scholarshipId: code.scholarship.id, status: { in: ['failed', 'cancelled'] } }, data: { scholarshipId: null } });
  const taken = await tx.scholarship.updateMany({
    where: { id: code.scholarship.id, userId, redeemedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    data: { redeemedAt: now },
  });
  if (taken.count !== 1) throw conflict('This scholarship has already been used. Remove it from your cart to check out.');
}
