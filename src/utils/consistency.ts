import type { Claim } from '../schemas/claim.ts';
import type { About, Measure } from '../schemas/vocabulary.ts';
import { bisectLeft } from 'd3-array';
import { dayNumber } from './dates.ts';
import { groupBy, memo } from './group-by.ts';

/** The labels computed by comparing an estimate with other reporters' (see /about/#consistency). */
export const CONSISTENCY_LABELS = ['disputed', 'consistent', 'conflicting', 'single source', 'not compared'] as const;
export type ConsistencyLabel = (typeof CONSISTENCY_LABELS)[number];

/** Days either side of a claim's date within which other estimates are compared. */
export const WINDOW_DAYS = 30;

/** "About 10,000" is read as 10,000 give or take this share. */
export const APPROX_TOLERANCE = 0.1;

/** What the comparison needs from a claim, with the claim's date (statedOn, else publication). */
export interface Comparable {
  claim: Pick<
    Claim,
    'id' | 'kind' | 'measure' | 'low' | 'high' | 'qualifier' | 'reporter' | 'source' | 'stance' | 'about'
  >;
  date: string | null;
}

/**
 * What an estimate of each measure takes to be so, as the `about`s whose denial disputes it: every
 * count of troops takes them to be in Russia; a count at the front, that they are at the front; in
 * combat, that they fight; a toll, that they were hit. Labourers are civilians, and `other` is not compared.
 *
 * @example DISPUTED_BY.front // ['presence', 'front']
 */
export const DISPUTED_BY: Record<Measure, readonly About[]> = {
  deployed: ['presence'],
  training: ['presence'],
  reserve: ['presence'],
  officers: ['presence'],
  generals: ['presence'],
  front: ['presence', 'front'],
  combat: ['presence', 'front', 'combat'],
  casualties: ['presence', 'casualties'],
  killed: ['presence', 'casualties'],
  wounded: ['presence', 'casualties'],
  captured: ['presence', 'casualties'],
  laborers: [],
  other: [],
};

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
  /**
   * Other reporters' estimates of the same measure dated within ±30 days, in date order: whether each
   * overlaps, and how many days lie between the two dates.
   */
  inWindow: { other: T; overlaps: boolean; days: number }[];
  /** Other reporters' estimates of the same measure that cannot be placed in time (either date unknown). */
  undated: readonly T[];
  /**
   * Other named reporters' denials of what the estimate takes to be so (DISPUTED_BY), dated within
   * ±30 days, in date order: any one makes the estimate `disputed`.
   */
  deniedBy: { other: T; days: number }[];
}

/** One measure's comparable estimates, indexed for comparing many targets with them: the dated ones in date order. */
interface MeasureIndex<T> extends ByDay<T> {
  /**
   * The estimates that may judge a reporter's estimate but cannot be placed next to it in time: the
   * undated ones for a dated target, all for an undated one. Made once per reporter, shared by targets.
   */
  unplaced: {
    forDated: (reporter: string | undefined) => readonly T[];
    forUndated: (reporter: string | undefined) => readonly T[];
  };
}

/**
 * Whether an estimate may judge one by `reporter`: another reporter's, never an unattributed one (it
 * could be the same reporter's). A target is never judged by itself, which has its own reporter.
 */
const judgesFor =
  (reporter: string | undefined) =>
  (o: Comparable): boolean =>
    o.claim.reporter !== null && o.claim.reporter.id !== reporter;

/**
 * compare() for any number of targets against one set of estimates. The estimates are indexed once,
 * by measure and then by date, so each comparison reads only the ±30 days around its target (found by
 * bisection) rather than every estimate of the measure: comparing every claim of a site with all the
 * others then costs about as much as its claims, not their square.
 *
 * @example const compareTo = comparer(all); compareTo(a).label // 'consistent' when a overlaps every other reporter's estimate within 30 days
 */
export function comparer<T extends Comparable>(all: readonly T[]): (target: T) => Comparison<T> {
  const denials = denialIndex(all);
  const index = new Map<Comparable['claim']['measure'], MeasureIndex<T>>();
  for (const [measure, items] of groupBy(
    all.filter((o) => isComparable(o.claim)),
    (o) => o.claim.measure,
  )) {
    const dated = items
      .flatMap((o) => (o.date === null ? [] : [{ o, day: dayNumber(o.date) }]))
      .sort((a, b) => a.day - b.day);
    const undated = items.filter((o) => o.date === null);
    index.set(measure, {
      dated: dated.map((d) => d.o),
      days: dated.map((d) => d.day),
      unplaced: {
        forDated: memo((reporter) => undated.filter(judgesFor(reporter))),
        forUndated: memo((reporter) => items.filter(judgesFor(reporter))),
      },
    });
  }
  return (target) => {
    if (!isComparable(target.claim)) return { label: 'not compared', inWindow: [], undated: [], deniedBy: [] };
    const reporter = target.claim.reporter?.id;
    if (target.date === null) {
      const undated = index.get(target.claim.measure)?.unplaced.forUndated(reporter) ?? [];
      return { label: 'single source', inWindow: [], undated, deniedBy: [] };
    }
    const day = dayNumber(target.date);
    const judges = judgesFor(reporter);
    const deniedBy = DISPUTED_BY[target.claim.measure!]
      .flatMap((about) => inWindowOf(denials.get(about), day).filter((d) => judges(d.other)))
      .sort((a, b) => a.other.date!.localeCompare(b.other.date!) || a.other.claim.id.localeCompare(b.other.claim.id));
    const group = index.get(target.claim.measure);
    const inWindow: Comparison<T>['inWindow'] = inWindowOf(group, day)
      .filter((d) => judges(d.other))
      .map(({ other, days }) => ({ other, overlaps: overlaps(target.claim, other.claim), days }));
    const label: ConsistencyLabel =
      deniedBy.length > 0
        ? 'disputed'
        : inWindow.length === 0
          ? 'single source'
          : inWindow.every((c) => c.overlaps)
            ? 'consistent'
            : 'conflicting';
    return { label, inWindow, undated: group?.unplaced.forDated(reporter) ?? [], deniedBy };
  };
}

/** Claims in date order, with their dates as day numbers. */
interface ByDay<T> {
  dated: T[];
  days: number[];
}

/** Those of `group` dated within ±30 days of `day` (found by bisection), with the days between. */
function inWindowOf<T>(group: ByDay<T> | undefined, day: number): { other: T; days: number }[] {
  const found: { other: T; days: number }[] = [];
  if (!group) return found;
  for (let k = bisectLeft(group.days, day - WINDOW_DAYS); k < group.days.length; k++) {
    const days = group.days[k]! - day;
    if (days > WINDOW_DAYS) break;
    found.push({ other: group.dated[k]!, days: Math.abs(days) });
  }
  return found;
}

/** Dated denials by a named reporter, by what they deny, in date order. */
function denialIndex<T extends Comparable>(all: readonly T[]): Map<About, ByDay<T>> {
  const denials = all.filter(
    (o) => o.claim.kind === 'statement' && o.claim.stance === 'denies' && o.claim.reporter && o.date !== null,
  );
  return new Map(
    [...groupBy(denials, (o) => o.claim.about ?? 'other')].map(([about, items]) => {
      const dated = items.map((o) => ({ o, day: dayNumber(o.date!) })).sort((a, b) => a.day - b.day);
      return [about, { dated: dated.map((d) => d.o), days: dated.map((d) => d.day) }];
    }),
  );
}

/**
 * Compare an estimate with other reporters' estimates of the same measure within ±30 days.
 * Estimates whose date (or the target's) is unknown are listed but never decide the label;
 * unattributed estimates are never used to judge another (their reporter could be the same).
 * To compare many estimates with the same others, make one comparer() and call it for each.
 *
 * @example compare(a, [b]).label // 'consistent' when a's and b's intervals overlap
 */
export function compare<T extends Comparable>(target: T, all: readonly T[]): Comparison<T> {
  return comparer(all)(target);
}
