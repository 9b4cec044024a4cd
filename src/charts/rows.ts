import { group } from 'd3-array';
import type { ChartState } from './chart-state.ts';
import type { ChartClaim, ChartReporter } from './types.ts';

/** One row of the range plot: a reporter or an outlet, with its estimates stacked in lanes. */
export interface ChartRow {
  /** Registry id or outlet name; '' for the unattributed / unnamed row. */
  key: string;
  label: string;
  /** A country heading, on the first row of each country (reporter rows only). */
  heading: string | null;
  /** The row's estimates, left to right. */
  claims: ChartClaim[];
  /** The lane of each claim, in the same order: lanes keep marks from overlapping. */
  lanes: number[];
  laneCount: number;
}

/** Where a mark starts and ends along the value axis (0–1), its touch target included. */
type Extent = (c: ChartClaim) => [number, number];

/**
 * Stacks intervals into as few lanes as possible, first fit from the left: no two in one lane overlap.
 *
 * @example packLanes([[0, 0.2], [0.1, 0.3], [0.25, 0.4]]) // [0, 1, 0]
 */
export function packLanes(intervals: [number, number][]): number[] {
  const ends: number[] = [];
  return intervals.map(([start, end]) => {
    let lane = ends.findIndex((e) => e <= start);
    if (lane < 0) lane = ends.push(end) - 1;
    else ends[lane] = end;
    return lane;
  });
}

function byCountThenLabel(a: { size: number; label: string }, b: { size: number; label: string }): number {
  return b.size - a.size || a.label.localeCompare(b.label);
}

/**
 * The rows for a set of estimates: by reporter (countries with most estimates first, the
 * unattributed row last) or by outlet (the unnamed outlet last), each with its lanes packed.
 *
 * @example chartRows(claims, 'reporter', reporters, extent).map((r) => r.heading ?? r.label)
 * // ['Ukraine', 'Ukraine General Staff', 'South Korea', …, 'No reporter named']
 */
export function chartRows(
  claims: ChartClaim[],
  by: ChartState['by'],
  reporters: Record<string, ChartReporter>,
  extentOf: Extent,
): ChartRow[] {
  const keyOf = (c: ChartClaim) => (by === 'reporter' ? c.reporter : c.outlet) ?? '';
  const unnamed = by === 'reporter' ? 'Unattributed' : 'Outlet not named';
  const rows = [...group(claims, keyOf)].map(([key, list]) => ({
    key,
    list,
    size: list.length,
    label: key === '' ? unnamed : by === 'reporter' ? (reporters[key]?.short ?? key) : key,
    country: key === '' ? '' : by === 'reporter' ? (reporters[key]?.countryName ?? '') : '',
  }));
  const countries = [...group(rows, (r) => r.country)]
    .map(([label, list]) => ({ label, list, size: list.reduce((n, r) => n + r.size, 0) }))
    .sort((a, b) => ((a.label === '') === (b.label === '') ? byCountThenLabel(a, b) : a.label === '' ? 1 : -1));
  return countries.flatMap(({ label: country, list }) =>
    list
      .sort((a, b) => ((a.key === '') === (b.key === '') ? byCountThenLabel(a, b) : a.key === '' ? 1 : -1))
      .map((r, i) => {
        const sorted = r.list.map((c) => ({ c, e: extentOf(c) })).sort((a, b) => a.e[0] - b.e[0]);
        const lanes = packLanes(sorted.map((s) => s.e));
        const heading = by === 'reporter' && i === 0 ? country || 'No reporter named' : null;
        return {
          key: r.key,
          label: r.label,
          heading,
          claims: sorted.map((s) => s.c),
          lanes,
          laneCount: Math.max(0, ...lanes) + 1,
        };
      }),
  );
}
