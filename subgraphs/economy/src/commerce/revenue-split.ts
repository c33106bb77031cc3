// How one sold item's amount (cents, or coins for ScrollCoin orders) divides between each course's
// payee and the platform: across a bundle's courses in proportion to their list prices, then the
// instructor gets the floor of their share and the platform the rest, so the parts add up exactly.
import { allocateProportionally } from './allocation';
import { coursesOfItem, type Catalogue, type SellableItem } from './sellables';

export interface RevenueSplit {
  courseId: string;
  /** Null when the course has no payee: the platform keeps all of it. */
  payeeId: string | null;
  gross: number;
  instructor: number;
  platform: number;
}

export const BASIS_POINTS = 10_000;

export function instructorPart(gross: number, shareBps: number): number {
  return Math.floor((gross * shareBps) / BASIS_POINTS);
}

export function splitRevenue(catalogue: Catalogue, item: SellableItem, amount: number): RevenueSplit[] {
  const courseIds = coursesOfItem(catalogue, item);
  const grosses = allocateProportionally(amount, courseIds.map((courseId) => catalogue.coursePrices.get(courseId)?.usdCents ?? 0));
  return courseIds.map((courseId, index) => {
    const price = catalogue.coursePrices.get(courseId);
    const gross = grosses[index]!;
    const instructor = price?.payeeId ? instructorPart(gross, price.instructorShareBps) : 0;
    return { courseId, payeeId: price?.payeeId ?? null, gross, instructor, platform: gross - instructor };
  });
}
