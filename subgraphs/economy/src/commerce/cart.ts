// The cart: one per person, items priced on every read (prices may change until checkout), and the
// one code it carries.
import type { Cart, CartItem, Db, PrismaClient, SellableKind, TutorPlanTier } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { requireSignedIn, signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { normalizeCode, resolveCartCode } from './cart-codes';
import { ownedCourseIds } from './ownership';
import { APPLICATION_FEE_NOT_IN_CART, coursesOfItem, loadCatalogue, priceItem, type PricedItem } from './sellables';
import { coinsForLine, computeCartTotals, type CartTotals, type LineTotals } from './totals';

/** Most seats one school licence may hold. */
export const MAX_LICENCE_SEATS = 10_000;
/** Most items one cart may hold. */
export const MAX_CART_ITEMS = 50;

export interface AddToCartInput {
  kind: SellableKind;
  courseId?: string | null;
  bundleId?: string | null;
  plan?: TutorPlanTier | null;
  schoolId?: string | null;
  /** Seats, for school licences. @default 1 */
  seats?: number | null;
}

export interface CartLineView {
  item: CartItem;
  priced: PricedItem;
  totals: LineTotals;
}

export interface CartView {
  id: string | null;
  userId: string;
  promoCode: string | null;
  lines: CartLineView[];
  totals: CartTotals;
  /** ScrollCoin the cart costs after its discount; null when an item cannot be paid in coins. */
  scrollCoinTotal: number | null;
}

type CartWithItems = Cart & { items: CartItem[] };

async function openCart(db: Db, userId: string): Promise<CartWithItems> {
  await db.cart.upsert({ where: { userId }, create: { userId }, update: {} });
  return db.cart.findUniqueOrThrow({ where: { userId }, include: { items: { orderBy: { addedAt: 'asc' } } } });
}

/** The cart priced now. A code that stopped working is shown as applied but gives nothing (checkout says why). */
export async function viewCart(db: Db, userId: string, now = new Date()): Promise<CartView> {
  const cart = await db.cart.findUnique({ where: { userId }, include: { items: { orderBy: { addedAt: 'asc' } } } });
  if (!cart) return { id: null, userId, promoCode: null, lines: [], totals: computeCartTotals([], null), scrollCoinTotal: 0 };
  const catalogue = await loadCatalogue(db, cart.items);
  const sellable = cart.items.flatMap((item) => {
    try {
      return [{ item, priced: priceItem(catalogue, item) }];
    } catch {
      // Something no longer sold still shows up at checkout with its reason; the view leaves it out.
      return [];
    }
  });
  const discount = cart.promoCode ? await resolveCartCode(db, userId, cart.promoCode, now).then((code) => code.discount, () => null) : null;
  const totals = computeCartTotals(sellable.map((line) => line.priced), discount);
  const lines = sellable.map((line, index) => ({ ...line, totals: totals.lines[index]! }));
  const coinPayable = lines.every((line) => line.priced.unitCoins !== null);
  const scrollCoinTotal = coinPayable ? lines.reduce((sum, line) => sum + coinsForLine(line.priced.unitCoins! * line.priced.quantity, line.totals), 0) : null;
  return { id: cart.id, userId, promoCode: cart.promoCode, lines, totals, scrollCoinTotal };
}

function checkItemShape(viewer: Viewer, input: AddToCartInput): AddToCartInput & { seats: number } {
  const seats = input.seats ?? 1;
  const id = (value: string | null | undefined, field: string) => {
    if (!value || !isUuid(value)) throw badInput(`Give the ${field.replace('Id', '')}'s id.`, field);
    return value;
  };
  switch (input.kind) {
    case 'course':
      return { kind: 'course', courseId: id(input.courseId, 'courseId'), seats: 1 };
    case 'bundle':
      return { kind: 'bundle', bundleId: id(input.bundleId, 'bundleId'), seats: 1 };
    case 'tutor_plan':
      // A plan is a monthly subscription with its own checkout; a one-off order could not renew it.
      throw badInput('Tutor plans are monthly subscriptions: choose one with subscribeTutorPlan instead of the cart.', 'kind');
    case 'application_fee':
      throw badInput(APPLICATION_FEE_NOT_IN_CART, 'kind');
    case 'school_licence': {
      // Schools' admin rosters live in users; the role is what this domain can check.
      if (!hasRole(viewer, 'school_admin') && !hasRole(viewer, 'admin')) throw forbidden('Only a school administrator can buy licences for a school.');
      if (!Number.isSafeInteger(seats) || seats < 1 || seats > MAX_LICENCE_SEATS) throw badInput(`A licence has 1 to ${MAX_LICENCE_SEATS.toLocaleString('en')} seats.`, 'seats');
      if (Boolean(input.courseId) === Boolean(input.bundleId)) throw badInput('A licence is for one course or one bundle: give exactly one of courseId and bundleId.', 'courseId');
      return {
        kind: 'school_licence',
        schoolId: id(input.schoolId, 'schoolId'),
        courseId: input.courseId ? id(input.courseId, 'courseId') : null,
        bundleId: input.bundleId ? id(input.bundleId, 'bundleId') : null,
        seats,
      };
    }
  }
}

export async function addToCart(prisma: PrismaClient, viewer: Viewer, input: AddToCartInput): Promise<CartView> {
  const userId = signedInViewerId(viewer);
  const item = checkItemShape(requireSignedIn(viewer), input);
  await prisma.$transaction(async (tx) => {
    const cart = await openCart(tx, userId);
    await tx.$queryRaw`SELECT id FROM economy.cart WHERE id = ${cart.id}::uuid FOR UPDATE`;
    const candidate = { kind: item.kind, courseId: item.courseId ?? null, bundleId: item.bundleId ?? null, plan: item.plan ?? null, schoolId: item.schoolId ?? null, seats: item.seats };
    const catalogue = await loadCatalogue(tx, [candidate]);
    priceItem(catalogue, candidate);
    if (cart.items.length >= MAX_CART_ITEMS) throw badInput(`A cart holds at most ${MAX_CART_ITEMS} items. Check out or remove some first.`);
    if (cart.items.some((existing) => existing.kind === candidate.kind && existing.courseId === candidate.courseId && existing.bundleId === candidate.bundleId && existing.plan === candidate.plan && existing.schoolId === candidate.schoolId)) {
      throw conflict('That is already in your cart.');
    }
    if (candidate.kind === 'school_licence' && cart.items.some((existing) => existing.kind === 'school_licence')) throw conflict('One school licence per order: check out the licence in your cart first.');
    if (candidate.kind === 'course' || candidate.kind === 'bundle') {
      const courses = coursesOfItem(catalogue, candidate);
      const owned = await ownedCourseIds(tx, userId, courses);
      if (courses.length > 0 && courses.every((courseId) => owned.has(courseId))) throw conflict('You already own this. Find it under your courses.');
    }
    await tx.cartItem.create({ data: { cartId: cart.id, ...candidate } });
  });
  return viewCart(prisma, userId);
}

export async function removeFromCart(prisma: PrismaClient, viewer: Viewer, itemId: string): Promise<CartView> {
  const userId = signedInViewerId(viewer);
  if (!isUuid(itemId)) throw notFound('That cart item');
  const removed = await prisma.cartItem.deleteMany({ where: { id: itemId, cart: { userId } } });
  if (removed.count === 0) throw notFound('That cart item');
  return viewCart(prisma, userId);
}

/** Puts a promo or scholarship code on the cart (replacing any other); it is checked now and again at checkout. */
export async function applyCartCode(prisma: PrismaClient, viewer: Viewer, code: string, kind: 'promo' | 'scholarship'): Promise<CartView> {
  const userId = signedInViewerId(viewer);
  const normalized = normalizeCode(code);
  if (normalized === '' || normalized.length > 64) throw badInput('Type the code you were given.', 'code');
  const resolved = await resolveCartCode(prisma, userId, normalized, new Date());
  if (resolved.kind !== kind) {
    throw badInput(kind === 'promo' ? 'That is a scholarship code: apply it as a scholarship.' : 'That is a promo code: apply it as a promo code.', 'code');
  }
  await prisma.cart.upsert({ where: { userId }, create: { userId, promoCode: normalized }, update: { promoCode: normalized } });
  return viewCart(prisma, userId);
}

export async function clearCartCode(prisma: PrismaClient, viewer: Viewer): Promise<CartView> {
  const userId = signedInViewerId(viewer);
  await prisma.cart.updateMany({ where: { userId }, data: { promoCode: null } });
  return viewCart(prisma, userId);
}
