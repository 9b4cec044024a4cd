import { MEASURE_GROUPS, type Measure } from '../schemas/vocabulary.ts';
import { inDates, type ChartState } from './chart-state.ts';
import { chartRows, type ChartRow } from './rows.ts';
import type { ChartClaim, ChartData, ChartStatement } from './types.ts';
import { boundsOf, valueScale, type ValueScale } from './value-scale.ts';

/** Width of the plot the range plot's lanes are packed for: marks never overlap on a 360 px screen. */
const PACK_WIDTH = 320;
/** Length of an open-ended value's arrow, as a share of the plot's width. */
export const ARROW = 0.1;

/**
 * One view of the data, laid out once for the chart, table and summary. Axes, rows and lanes come
 * from every estimate of the group whatever its date, so nothing moves while the dates change: a
 * date filter only shows and hides marks.
 */
export interface ChartView {
  state: ChartState;
  /** The value axis. */
  scale: ValueScale;
  /** Range-plot rows (none for the timeline). */
  rows: ChartRow[];
  /** Every estimate the view can draw (the timeline's: the dated ones), in mark order. */
  drawn: ChartClaim[];
  /** The ones the date filter keeps: these have a visible mark and a table row. */
  shown: ChartClaim[];
  /** Whether the date filter keeps an estimate (or a statement). */
  keeps: (c: Pick<ChartClaim, 'date'>) => boolean;
  /** Estimates of the group with no date: off the timeline, and off the range plot while a date is set. */
  undated: number;
  /** The timeline's statement markers: the group's dated statements (none on the range plot). */
  statements: ChartStatement[];
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

/**
 * Selects and lays out the estimates for a state.
 *
 * @example selectView(data, { ...DEFAULT_STATE, to: '2024-12-31' }).undated // 20
 */
export function selectView(data: ChartData, state: ChartState): ChartView {
  const measures: readonly Measure[] = MEASURE_GROUPS[state.group];
  const all = data.claims.filter((c) => measures.includes(c.measure));
  const scale = valueScale(all);
  const rows = state.view === 'range' ? chartRows(all, state.by, data.reporters, extentOf(scale)) : [];
  const drawn =
    state.view === 'timeline'
      ? all
          .filter((c) => c.date !== null)
          .sort((a, b) => a.date!.localeCompare(b.date!) || boundsOf(a)[0]! - boundsOf(b)[0]!)
      : rows.flatMap((r) => r.claims);
  const dates = inDates(state);
  const keeps = (c: Pick<ChartClaim, 'date'>) => dates(c.date);
  return {
    state,
    scale,
    rows,
    drawn,
    shown: drawn.filter(keeps),
    keeps,
    undated: all.length - all.filter((c) => c.date).length,
    statements: state.view === 'timeline' ? data.statements.filter((s) => s.group === state.group) : [],
  };
}
