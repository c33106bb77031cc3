// Cart and order totals: the one pure function that turns priced lines and the cart's code into
// integer-cent subtotals, per-line discounts that add up exactly, and totals.
import { allocateProportionally, proportionOf } from './allocation';

/** The discount a cart's code gives. A cart carries one code: a promo code or a scholarship. */
export type CartDiscount =
  | { kind: 'percent'; percentOff: number }
  | { kind: 'fixed'; amountOffCents: number }
  /** Takes `percentOff` off each scholarship-eligible course line (only `courseId` when set). */
  | { kind: 'scholarship'; percentOff: number; courseId: string | null };

export interface TotalsLine {
  unitCents: number;
  quantity: number;
  /** Whether a scholarship may discount this line (course lines whose price allows it). */
  scholarshipEligible: boolean;
  /** The course this line sells, for course lines; null for bundles, plans and licences. */
  courseId: string | null;
}

export interface LineTotals {
  grossCents: number;
  discountCents: number;
  totalCents: number;
}

export interface CartTotals {
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** Same order as the input lines; their discounts sum to `discountCents`. */
  lines: LineTotals[];
}

export function computeCartTotals(lines: readonly TotalsLine[], discount: CartDiscount | null): CartTotals {
  const gross = lines.map((line) => line.unitCents * line.quantity);
  const subtotalCents = gross.reduce((sum, cents) => sum + cents, 0);
  const discounts = lineDiscounts(lines, gross, subtotalCents, discount);
  const lineTotals = gross.map((grossCents, index) => ({ grossCents, discountCents: discounts[index]!, totalCents: grossCents - discounts[index]! }));
  const discountCents = discounts.reduce((sum, cents) => sum + cents, 0);
  return { subtotalCents, discountCents, totalCents: subtotalCents - discountCents, lines: lineTotals };
}

function lineDiscounts(lines: readonly TotalsLine[], gross: number[], subtotalCents: number, discount: CartDiscount | null): number[] {
  if (discount === null || subtotalCents === 0) return gross.map(() => 0);
  switch (discount.kind) {
    case 'percent':
      return allocateProportionally(proportionOf(subtotalCents, discount.percentOff, 100), gross);
    case 'fixed':
      // A fixed amount never takes the total below zero.
      return allocateProportionally(Math.min(discount.amountOffCents, subtotalCents), gross);
    case 'scholarship':
      return lines.map((line, index) =>
        line.scholarshipEligible && line.courseId !== null && (discount.courseId === null || discount.courseId === line.courseId)
          ? proportionOf(gross[index]!, discount.percentOff, 100)
          : 0,
      );
  }
}

/**
 * ScrollCoin due for a line: its coin price scaled by what is left of the line after its discount,
 * rounded up so a discount never makes a line cheaper in coins than in cents.
 */
export function coinsForLine(coinGross: number, line: LineTotals): number {
  if (line.grossCents === 0) return coinGross;
  return Math.floor((coinGross * line.totalCents + line.grossCents - 1) / line.grossCents);
}
