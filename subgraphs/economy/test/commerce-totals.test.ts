// The pure arithmetic of carts: subtotals, discounts that add up exactly, and coin prices.
import { allocateProportionally, proportionOf } from '../src/commerce/allocation';
import { instructorPart } from '../src/commerce/revenue-split';
import { coinsForLine, computeCartTotals, type TotalsLine } from '../src/commerce/totals';

const line = (unitCents: number, overrides: Partial<TotalsLine> = {}): TotalsLine => ({
  unitCents,
  quantity: 1,
  scholarshipEligible: true,
  courseId: `course-${unitCents}`,
  ...overrides,
});

describe('computeCartTotals', () => {
  it('adds up unit price times quantity with no discount', () => {
    const totals = computeCartTotals([line(1000), line(250, { quantity: 4 })], null);
    expect(totals).toMatchObject({ subtotalCents: 2000, discountCents: 0, totalCents: 2000 });
    expect(totals.lines.map((l) => l.totalCents)).toEqual([1000, 1000]);
  });

  it('rounds a percentage discount half up to the cent', () => {
    expect(computeCartTotals([line(1005)], { kind: 'percent', percentOff: 50 }).discountCents).toBe(503);
    expect(computeCartTotals([line(999)], { kind: 'percent', percentOff: 15 }).discountCents).toBe(150);
    expect(computeCartTotals([line(333)], { kind: 'percent', percentOff: 10 }).discountCents).toBe(33);
  });

  it('caps a fixed discount at the subtotal', () => {
    const totals = computeCartTotals([line(300), line(200)], { kind: 'fixed', amountOffCents: 10_000 });
    expect(totals).toMatchObject({ subtotalCents: 500, discountCents: 500, totalCents: 0 });
    expect(totals.lines.map((l) => l.totalCents)).toEqual([0, 0]);
  });

  it('allocates a discount across lines so the parts sum exactly to the order discount', () => {
    const lines = [line(3333), line(3333), line(3334), line(1)];
    for (const percentOff of [1, 7, 33, 50, 99]) {
      const totals = computeCartTotals(lines, { kind: 'percent', percentOff });
      expect(totals.lines.reduce((sum, l) => sum + l.discountCents, 0)).toBe(totals.discountCents);
      expect(totals.lines.reduce((sum, l) => sum + l.totalCents, 0)).toBe(totals.totalCents);
      for (const l of totals.lines) expect(l.discountCents).toBeLessThanOrEqual(l.grossCents);
    }
    const fixed = computeCartTotals(lines, { kind: 'fixed', amountOffCents: 1001 });
    expect(fixed.lines.reduce((sum, l) => sum + l.discountCents, 0)).toBe(1001);
  });

  it('discounts only scholarship-eligible course lines, and only the named course when one is set', () => {
    const lines = [line(1000, { courseId: 'a' }), line(2000, { courseId: 'b', scholarshipEligible: false }), line(4000, { courseId: null })];
    expect(computeCartTotals(lines, { kind: 'scholarship', percentOff: 50, courseId: null }).lines.map((l) => l.discountCents)).toEqual([500, 0, 0]);
    expect(computeCartTotals([line(1000, { courseId: 'a' }), line(3000, { courseId: 'c' })], { kind: 'scholarship', percentOff: 100, courseId: 'c' }).lines.map((l) => l.totalCents)).toEqual([1000, 0]);
  });

  it('makes a cart free with a full scholarship on every eligible line', () => {
    const totals = computeCartTotals([line(4999), line(1999)], { kind: 'scholarship', percentOff: 100, courseId: null });
    expect(totals.totalCents).toBe(0);
  });

  it('prices an empty cart at zero', () => {
    expect(computeCartTotals([], { kind: 'percent', percentOff: 50 })).toEqual({ subtotalCents: 0, discountCents: 0, totalCents: 0, lines: [] });
  });
});

describe('allocateProportionally', () => {
  it('always sums to the total, whatever the weights', () => {
    for (const [total, weights] of [[100, [1, 1, 1]], [7, [3, 3, 3, 3]], [1, [5, 5]], [9999, [1, 2, 3, 4, 5, 6]], [0, [1, 2]]] as const) {
      expect(allocateProportionally(total, [...weights]).reduce((sum, part) => sum + part, 0)).toBe(total);
    }
  });

  it('splits evenly when every weight is zero, and gives zero-weight parts nothing otherwise', () => {
    expect(allocateProportionally(10, [0, 0])).toEqual([5, 5]);
    expect(allocateProportionally(10, [0, 3])).toEqual([0, 10]);
  });

  it('rounds proportions half up in integers', () => {
    expect(proportionOf(1005, 50, 100)).toBe(503);
    expect(proportionOf(10, 1, 3)).toBe(3);
  });
});

describe('instructorPart and coinsForLine', () => {
  it('gives the instructor the floor of their share (the platform keeps the odd cent)', () => {
    expect(instructorPart(999, 7000)).toBe(699);
    expect(instructorPart(1, 5000)).toBe(0);
    expect(instructorPart(1000, 10_000)).toBe(1000);
  });

  it('scales a line’s coin price by what is left after its discount, rounding up', () => {
    expect(coinsForLine(100, { grossCents: 1000, discountCents: 0, totalCents: 1000 })).toBe(100);
    expect(coinsForLine(100, { grossCents: 1000, discountCents: 333, totalCents: 667 })).toBe(67);
    expect(coinsForLine(100, { grossCents: 1000, discountCents: 1000, totalCents: 0 })).toBe(0);
  });
});
