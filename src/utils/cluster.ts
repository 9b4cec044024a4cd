import { byDate, daysApart } from './dates.ts';
import type { Comparable } from './consistency.ts';
import { groupBy } from './group-by.ts';

/** Days within which the same reporter's same figure in another source counts as the same report. */
export const CLUSTER_DAYS = 14;

/** One report seen in several sources: every appearance, earliest first, and the first dated one. */
export interface Cluster<T extends Comparable = Comparable> {
  members: T[];
  first: T | null;
}

/** What makes two estimates the same figure from the same reporter; null for what is never grouped. */
function figureKey({ claim: c }: Comparable): string | null {
  if (c.kind !== 'estimate' || c.reporter === null) return null;
  return `${c.reporter.id}|${c.measure}|${c.low}|${c.high}`;
}

/**
 * Every claim's report: the same named reporter's same figure (measure, low and high) in any number
 * of sources, each appearance within 14 days of the one before it. A figure whose date is unknown
 * joins the earliest report of its figure (the figure and reporter decide alone). Members are in date
 * order; `first` is the earliest dated one. Statements and unattributed figures are each their own
 * report: nothing shows that two of them are one. Summaries, counts and the chart count a report
 * once, by its first member.
 *
 * @example reports([a, b]).get(a.claim.id)!.members // [a, b] when b repeats a's figure 3 days later
 */
export function reports<T extends Comparable>(all: readonly T[]): Map<string, Cluster<T>> {
  const out = new Map<string, Cluster<T>>();
  const alone = (o: T) => out.set(o.claim.id, { members: [o], first: o.date === null ? null : o });
  for (const [key, items] of groupBy(all, figureKey)) {
    if (key === null) {
      items.forEach(alone);
      continue;
    }
    const dated = items.filter((o) => o.date !== null).sort((a, b) => byDate(a.date, b.date));
    const chains: T[][] = [];
    for (const o of dated) {
      const last = chains.at(-1)?.at(-1);
      if (last && daysApart(last.date!, o.date!) <= CLUSTER_DAYS) chains.at(-1)!.push(o);
      else chains.push([o]);
    }
    const undated = items.filter((o) => o.date === null);
    if (chains.length === 0) chains.push(undated);
    else chains[0]!.push(...undated);
    for (const chain of chains) {
      const members = chain.sort((a, b) => byDate(a.date, b.date) || a.claim.source.localeCompare(b.claim.source));
      const cluster = { members, first: members[0]!.date === null ? null : members[0]! };
      for (const m of members) out.set(m.claim.id, cluster);
    }
  }
  return out;
}
