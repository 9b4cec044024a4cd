import { extent } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ChartClaim } from './types.ts';

/** Values this many times apart get a log scale: 3 generals and 1.2 million soldiers on one axis. */
const LOG_SPREAD = 100;

/** Where values sit along a chart's value axis. */
export interface ValueScale {
  /** A value's position, 0 (start of the axis) to 1 (end). */
  at(value: number): number;
  /** Values to label on the axis. */
  ticks: number[];
  /** Whether the axis is logarithmic. */
  log: boolean;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });

/** An axis label. @example formatTick(12000) // '12K' */
export function formatTick(value: number): string {
  return compact.format(value);
}

/** The bounds an estimate states. @example boundsOf({ low: 10000, high: null }) // [10000] */
export function boundsOf(c: Pick<ChartClaim, 'low' | 'high'>): number[] {
  return [c.low, c.high].filter((v): v is number => v !== null);
}

/**
 * The value axis for a set of estimates: linear from zero, or logarithmic when the values span two
 * orders of magnitude or more (and none is zero).
 *
 * @example valueScale([{ low: 2000, high: 2000 }, { low: null, high: 12000 }]).ticks // [0, 2000, …, 12000]
 * @example valueScale([{ low: 3, high: 3 }, { low: 1200000, high: 1200000 }]).log // true
 */
export function valueScale(claims: Pick<ChartClaim, 'low' | 'high'>[]): ValueScale {
  const [min = 0, max = 1] = extent(claims.flatMap(boundsOf));
  if (min > 0 && max / min >= LOG_SPREAD) {
    const log = scaleLog().domain([min, max]).nice().clamp(true);
    const ticks = log.ticks().filter((t) => Number.isInteger(Math.log10(t)));
    return { at: log, ticks, log: true };
  }
  const linear = scaleLinear()
    .domain([0, max || 1])
    .nice(5);
  return { at: linear, ticks: linear.ticks(5), log: false };
}
