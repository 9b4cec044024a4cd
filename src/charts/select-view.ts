import { MEASURE_GROUPS, type Measure } from '../schemas/vocabulary.ts';
import { isDated, type ChartState } from './chart-state.ts';
import { chartRows, type ChartRow } from './rows.ts';
import type { ChartClaim, ChartData } from './types.ts';
import { boundsOf, valueScale, type ValueScale } from './value-scale.ts';

/** Width of the plot the range plot's lanes are packed for: marks never overlap on a 360 px screen. */
export const PACK_WIDTH = 320;
/** Length of an open-ended value's arrow, as a share of the plot's width. */
export const ARROW = 0.07;

/** One view of the data: what the state selects, laid out once for the chart, table and summary. */
export interface ChartView {
  state: ChartState;
  /** The value axis, from every estimate of the group whatever its date, so it holds still as dates change. */
  scale: ValueScale;
  /** Range-plot rows, likewise from every estimate of the group. */
  rows: ChartRow[];
  /** The estimates that get a mark, in mark (and table) order. */
  shown: ChartClaim[];
  /** Estimates of the group with no date: off the timeline, and off the range plot while a date is set. */
  undated: number;
}

/** A range-plot mark's extent along the value axis, touch target included. */
function extentOf(scale: ValueScale): (c: ChartClaim) => [number, number] {
  const half = 12 / PACK_WIDTH;
  return (c) => {
    const [a, b = a] = boundsOf(c).map(scale.at) as [number, number?];
    if (c.low === null) return [a - ARROW - half, a + half];
    if (c.high === null) return [a - half, a + ARROW + half];
    return [a - half, b + half];
  };
}

function inDates(state: ChartState): (c: ChartClaim) => boolean {
  if (!isDated(state)) return () => true;
  return (c) => c.date !== null && (!state.from || c.date >= state.from) && (!state.to || c.date <= state.to);
}

/**
 * Selects and lays out the estimates for a state. The range plot shows undated estimates only while
 * no date filter is on; the timeline never can.
 *
 * @example selectView(data, { ...DEFAULT_STATE, to: '2024-12-31' }).undated // 20
 */
export function selectView(data: ChartData, state: ChartState): ChartView {
  const measures: readonly Measure[] = MEASURE_GROUPS[state.group];
  const all = data.claims.filter((c) => measures.includes(c.measure));
  const scale = valueScale(all);
  const rows = chartRows(all, state.by, data.reporters, extentOf(scale));
  const timeline = state.view === 'timeline';
  const keep = inDates(state);
  const visible = (c: ChartClaim) => keep(c) && !(timeline && c.date === null);
  const shown = timeline
    ? all.filter(visible).sort((a, b) => a.date!.localeCompare(b.date!) || boundsOf(a)[0]! - boundsOf(b)[0]!)
    : rows.flatMap((r) => r.claims.filter(visible));
  return { state, scale, rows, shown, undated: all.filter((c) => c.date === null).length };
}
