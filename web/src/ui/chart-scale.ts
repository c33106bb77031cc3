// The value axis of a chart: a round top value and evenly spaced ticks from zero, so bars are read
// against numbers people can say (0, 5, 10, 15) rather than the raw maximum.

export interface ChartScale {
  /** The value at the top of the axis (at least the largest value; 1 when everything is zero). */
  max: number;
  /** Tick values from 0 to max, inclusive. */
  ticks: number[];
}

/** A scale from zero to a "nice" number (1, 2, 2.5 or 5 times a power of ten) in `tickCount` steps. */
export function niceScale(largest: number, tickCount = 4): ChartScale {
  const top = Math.max(largest, 0);
  if (top === 0) return { max: 1, ticks: [0, 1] };
  const rawStep = top / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rawStep) ?? 10 * magnitude;
  // Whole-number data never gets fractional ticks.
  const wholeStep = Number.isInteger(largest) ? Math.max(1, Math.ceil(step)) : step;
  const max = Math.ceil(top / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let value = 0; value <= max + wholeStep / 1e6; value += wholeStep) ticks.push(Number(value.toFixed(6)));
  return { max, ticks };
}
