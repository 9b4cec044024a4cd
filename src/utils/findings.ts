import type { Claim } from '../schemas/claim.ts';
import type { Measure } from '../schemas/vocabulary.ts';
import { byDate, newestFirst } from './dates.ts';
import { formatNumber } from './format.ts';
import { groupBy } from './group-by.ts';

/** The measures the front page leads with: how many went, reached the front, fought, were hit. */
export const HEADLINE_MEASURES: readonly Measure[] = ['deployed', 'front', 'combat', 'casualties', 'killed'];

/** What a finding needs of a claim: its figure and reporter, and the date it is compared by. */
export interface Finder {
  claim: Pick<Claim, 'id' | 'kind' | 'measure' | 'low' | 'high' | 'reporter'>;
  date: string | null;
}

/** The current spread of one measure: each named reporter's newest estimate. */
export interface Finding<T extends Finder = Finder> {
  measure: Measure;
  /** Smallest and largest figure among the reporters' newest estimates (an open bound counts as the figure given). */
  low: number;
  high: number;
  /** Each reporter's newest estimate, lowest figure first. */
  latest: T[];
  /** The newest date among them; null when none is dated. */
  asOf: string | null;
  /** Reports of this measure in all (a figure repeated by several sources counts once). */
  reports: number;
}

/** An estimate's figure as the spread reads it: "more than 10,000" and "up to 12,000" at the number given. */
const lowOf = (c: Finder['claim']) => (c.low ?? c.high)!;
const highOf = (c: Finder['claim']) => (c.high ?? c.low)!;

/**
 * The current finding per headline measure: for each named reporter, its newest estimate of the
 * measure (by the date it is compared by; an undated one only when the reporter has no dated one),
 * and the range those give. Pass one claim per report (site.reported), so repeats count once.
 * Unattributed figures say nothing about who holds what, so they are left out of the spread.
 *
 * @example findings(reported)[0] // { measure: 'deployed', low: 10000, high: 12000, latest: [nis, hur], asOf: '2024-11-13', reports: 5 }
 */
export function findings<T extends Finder>(reported: readonly T[], measures = HEADLINE_MEASURES): Finding<T>[] {
  const estimates = reported.filter((o) => o.claim.kind === 'estimate' && (o.claim.low ?? o.claim.high) !== null);
  const byMeasure = groupBy(estimates, (o) => o.claim.measure);
  return measures.flatMap((measure): Finding<T>[] => {
    const these = byMeasure.get(measure) ?? [];
    const named = these.filter((o) => o.claim.reporter !== null);
    if (named.length === 0) return [];
    const latest = [...groupBy(named, (o) => o.claim.reporter!.id).values()]
      .map((list) => [...list].sort((a, b) => newestFirst(a.date, b.date) || a.claim.id.localeCompare(b.claim.id))[0]!)
      .sort((a, b) => lowOf(a.claim) - lowOf(b.claim) || highOf(a.claim) - highOf(b.claim));
    const asOf =
      latest
        .map((o) => o.date)
        .sort(byDate)
        .filter(Boolean)
        .at(-1) ?? null;
    return [
      {
        measure,
        low: Math.min(...latest.map((o) => lowOf(o.claim))),
        high: Math.max(...latest.map((o) => highOf(o.claim))),
        latest,
        asOf,
        reports: these.length,
      },
    ];
  });
}

/**
 * A finding's range in figures: one number, or "low–high".
 *
 * @example rangeText({ low: 11000, high: 15000 }) // '11,000–15,000'
 * @example rangeText({ low: 8000, high: 8000 }) // '8,000'
 */
export function rangeText(f: Pick<Finding, 'low' | 'high'>): string {
  return f.low === f.high ? formatNumber(f.low) : `${formatNumber(f.low)}–${formatNumber(f.high)}`;
}
