import { byDate, daysApart } from './dates.ts';
import type { Comparable } from './consistency.ts';

/** Days within which the same reporter's same figure in another source counts as the same report. */
export const CLUSTER_DAYS = 14;

/** One report seen in several sources: every appearance, earliest first, and the first dated one. */
export interface Cluster<T extends Comparable = Comparable> {
  members: T[];
  first: T | null;
}

/**
 * The same reporter's same figure (measure, low and high) in other sources within 14 days, grouped
 * with the claim itself. When a date is unknown the figure and reporter decide alone. Null when no
 * other source carries it.
 *
 * @example alsoReported(a, all)?.first // the member with the earliest known date
 */
export function alsoReported<T extends Comparable>(target: T, all: readonly T[]): Cluster<T> | null {
  const t = target.claim;
  if (t.kind !== 'estimate' || t.reporter === null) return null;
  const others = all.filter(
    ({ claim: o, date }) =>
      o.source !== t.source &&
      o.kind === 'estimate' &&
      o.reporter?.id === t.reporter?.id &&
      o.measure === t.measure &&
      o.low === t.low &&
      o.high === t.high &&
      (date === null || target.date === null || daysApart(date, target.date) <= CLUSTER_DAYS),
  );
  if (others.length === 0) return null;
  const members = [target, ...others].sort(
    (a, b) => byDate(a.date, b.date) || a.claim.source.localeCompare(b.claim.source),
  );
  const first = members[0]?.date ? members[0] : null;
  return { members, first };
}
