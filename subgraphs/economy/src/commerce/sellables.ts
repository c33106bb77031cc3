// What each kind of cart item costs right now, read from the catalogue in one query per kind.
import type { Bundle, CartItem, CoursePrice, Db, SellableKind, TutorPlanOffer, TutorPlanTier } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';

/** The fields of a cart or order item that say what is sold. */
export type SellableItem = Pick<CartItem, 'kind' | 'courseId' | 'bundleId' | 'plan' | 'schoolId' | 'seats'>;

export interface PricedItem {
  kind: SellableKind;
  unitCents: number;
  /** Seats for school licences, 1 otherwise. */
  quantity: number;
  /** ScrollCoin for one unit; null when the item cannot be bought with ScrollCoin. */
  unitCoins: number | null;
  scholarshipEligible: boolean;
  /** The course a course line sells (scholarships match it). */
  courseId: string | null;
  description: string;
}

export interface Catalogue {
  coursePrices: Map<string, CoursePrice>;
  bundles: Map<string, Bundle & { courses: { courseId: string }[] }>;
  plans: Map<TutorPlanTier, TutorPlanOffer>;
}

/** Why an application fee is never a cart line. */
export const APPLICATION_FEE_NOT_IN_CART = 'An application fee is paid from its application with payApplicationFee, not through the cart.';

const PLAN_NAMES: Record<TutorPlanTier, string> = { starter: 'Starter', standard: 'Standard', unlimited: 'Unlimited' };

export async function loadCatalogue(db: Db, items: readonly SellableItem[]): Promise<Catalogue> {
  const courseIds = [...new Set(items.flatMap((item) => (item.courseId ? [item.courseId] : [])))];
  const bundleIds = [...new Set(items.flatMap((item) => (item.bundleId ? [item.bundleId] : [])))];
  const plans = [...new Set(items.flatMap((item) => (item.plan ? [item.plan] : [])))];
  const [bundles, offers] = await Promise.all([
    bundleIds.length > 0 ? db.bundle.findMany({ where: { id: { in: bundleIds } }, include: { courses: { select: { courseId: true } } } }) : [],
    plans.length > 0 ? db.tutorPlanOffer.findMany({ where: { plan: { in: plans } } }) : [],
  ]);
  // Bundles' courses too: their prices weigh the revenue split and name the payees.
  const pricedCourseIds = [...new Set([...courseIds, ...bundles.flatMap((bundle) => bundle.courses.map((course) => course.courseId))])];
  const prices = pricedCourseIds.length > 0 ? await db.coursePrice.findMany({ where: { courseId: { in: pricedCourseIds } } }) : [];
  return {
    coursePrices: new Map(prices.map((price) => [price.courseId, price])),
    bundles: new Map(bundles.map((bundle) => [bundle.id, bundle])),
    plans: new Map(offers.map((offer) => [offer.plan, offer])),
  };
}

/** True when the course has no price row or a zero price: it is free and never goes in a cart. */
export function isFreeCourse(price: CoursePrice | undefined): boolean {
  return price === undefined || price.usdCents === 0;
}

/** Prices one item; throws BAD_USER_INPUT (naming the item) when it can no longer be bought. */
export function priceItem(catalogue: Catalogue, item: SellableItem): PricedItem {
  switch (item.kind) {
    case 'course': {
      const price = catalogue.coursePrices.get(item.courseId ?? '');
      if (isFreeCourse(price)) throw badInput('This course is free: enrol in it directly, no checkout needed.', 'courseId');
      return {
        kind: 'course',
        unitCents: price!.usdCents,
        quantity: 1,
        unitCoins: price!.scrollCoinCost,
        scholarshipEligible: price!.scholarshipEligible,
        courseId: item.courseId,
        description: `Course access (${item.courseId})`,
      };
    }
    case 'bundle': {
      const bundle = catalogue.bundles.get(item.bundleId ?? '');
      if (!bundle || !bundle.active) throw badInput('This bundle is no longer sold. Remove it from your cart.', 'bundleId');
      return { kind: 'bundle', unitCents: bundle.usdCents, quantity: 1, unitCoins: bundle.scrollCoinCost, scholarshipEligible: false, courseId: null, description: bundle.name };
    }
    case 'tutor_plan': {
      const offer = catalogue.plans.get(item.plan ?? 'starter');
      if (!offer || offer.usdCentsMonthly === 0) throw badInput('That tutor plan is not sold. Choose standard or unlimited.', 'plan');
      return {
        kind: 'tutor_plan',
        unitCents: offer.usdCentsMonthly,
        quantity: 1,
        unitCoins: null,
        scholarshipEligible: false,
        courseId: null,
        description: `${PLAN_NAMES[offer.plan]} tutor plan (monthly)`,
      };
    }
    case 'school_licence': {
      const seats = item.seats;
      if (item.courseId) {
        const price = catalogue.coursePrices.get(item.courseId);
        if (isFreeCourse(price)) throw badInput('This course is free: a school needs no licence for it.', 'courseId');
        return { kind: 'school_licence', unitCents: price!.usdCents, quantity: seats, unitCoins: price!.scrollCoinCost, scholarshipEligible: false, courseId: null, description: `School licence: ${seats} seat(s) of course ${item.courseId}` };
      }
      const bundle = catalogue.bundles.get(item.bundleId ?? '');
      if (!bundle || !bundle.active) throw badInput('This bundle is no longer sold. Remove the licence from your cart.', 'bundleId');
      return { kind: 'school_licence', unitCents: bundle.usdCents, quantity: seats, unitCoins: bundle.scrollCoinCost, scholarshipEligible: false, courseId: null, description: `School licence: ${seats} seat(s) of ${bundle.name}` };
    }
    case 'application_fee':
      // Its price is what admissions set for one application (economy.application_fee), not a catalogue price.
      throw badInput(APPLICATION_FEE_NOT_IN_CART, 'kind');
  }
}

/** The courses an item gives access to (bundles expand); plans give none. */
export function coursesOfItem(catalogue: Catalogue, item: SellableItem): string[] {
  if (item.courseId) return [item.courseId];
  if (item.bundleId) return (catalogue.bundles.get(item.bundleId)?.courses.map((course) => course.courseId) ?? []).sort();
  return [];
}
