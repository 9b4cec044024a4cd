import type { Claim } from '../schemas/claim.ts';
import { daysApart } from './dates.ts';

/** The labels computed by comparing an estimate with other reporters' (see /about/#consistency). */
export const CONSISTENCY_LABELS = ['consistent', 'conflicting', 'single source', 'not compared'] as const;
export type ConsistencyLabel = (typeof CONSISTENCY_LABELS)[number];

/** Days either side of a claim's date within which other estimates are compared. */
export const WINDOW_DAYS = 30;

/** "About 10,000" is read as 10,000 give or take this share. */
export const APPROX_TOLERANCE = 0.1;

/** What the comparison needs from a claim, with the claim's date (statedOn, else publication). */
export interface Comparable {
  claim: Pick<Claim, 'id' | 'kind' | 'measure' | 'low' | 'high' | 'qualifier' | 'reporter' | 'source'>;
  date: string | null;
}

/**
 * The interval of people an estimate allows. Open bounds are infinite; "about" widens by 10 %.
 *
 * @example bounds({ qualifier: 'at-least', low: 10000, high: null }) // [10000, Infinity]
 * @example bounds({ qualifier: 'approx', low: 8000, high: 8000 }) // [7200, 8800]
 */
export function bounds(c: Pick<Claim, 'qualifier' | 'low' | 'high'>): [number, number] {
  const low = c.low ?? (c.qualifier === 'at-most' ? 0 : (c.high ?? 0));
  const high = c.high ?? (c.qualifier === 'at-least' ? Infinity : low);
  const slack = c.qualifier === 'approx' ? APPROX_TOLERANCE : 0;
  return [low * (1 - slack), high * (1 + slack)];
}

/**
 * Whether two estimates' intervals share at least one value.
 *
 * @example overlaps({ qualifier: 'at-most', low: null, high: 12000 }, { qualifier: 'exact', low: 11000, high: 11000 }) // true
 */
export function overlaps(
  a: Pick<Claim, 'qualifier' | 'low' | 'high'>,
  b: Pick<Claim, 'qualifier' | 'low' | 'high'>,
): boolean {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  return a0 <= b1 && b0 <= a1;
}

/** Whether a claim can be compared at all: an estimate of a single, well-defined measure. */
export function isComparable(c: Comparable['claim']): boolean {
  return c.kind === 'estimate' && c.measure !== null && c.measure !== 'other';
}

/** The outcome of comparing one estimate with the others. */
export interface Comparison<T extends Comparable = Comparable> {
  label: ConsistencyLabel;
  /** Other reporters' estimates of the same measure dated within ±30 days, and whether each overlaps. */
  inWindow: { other: T; overlaps: boolean }[];
  /** Other reporters' estimates of the same measure that cannot be placed in time (either date unknown). */
  undated: T[];
}

/**
 * Compare an estimate with other reporters' estimates of the same measure within ±30 days.
 * Estimates whose date (or the target's) is unknown are listed but never decide the label;
 * unattributed estimates are never used to judge another (their reporter could be the same).
 *
 * @example compare(a, [b]).label // 'consistent' when a's and b's intervals overlap
 */
export function compare<T extends Comparable>(target: T, all: readonly T[]): Comparison<T> {
  if (!isComparable(target.claim)) return { label: 'not compared', inWindow: [], undated: [] };
  const same = all.filter(
    (o) =>
      o.claim.id !== target.claim.id &&
      isComparable(o.claim) &&
      o.claim.measure === target.claim.measure &&
      o.claim.reporter !== null &&
      o.claim.reporter.id !== target.claim.reporter?.id,
  );
  const inWindow: Comparison<T>['inWindow'] = [];
  const undated: T[] = [];
  for (const other of same) {
    if (target.date === null || other.date === null) undated.push(other);
    else if (daysApart(target.date, other.date) <= WINDOW_DAYS) {
      inWindow.push({ other, overlaps: overlaps(target.claim, other.claim) });
    }
  }
  const label: ConsistencyLabel =
    inWindow.length === 0 ? 'single source' : inWindow.every((c) => c.overlaps) ? 'consistent' : 'conflicting';
  return { label, inWindow, undated };
}
