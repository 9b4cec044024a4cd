import { MEASURE_GROUPS, type MeasureGroup } from '../schemas/vocabulary.ts';

/** What the reader is looking at; the URL hash holds it so a link restores it. */
export interface ChartState {
  /** `range`: one row per reporter, x = people; `timeline`: x = date, y = people. */
  view: 'range' | 'timeline';
  group: MeasureGroup;
  /** Rows by reporter (grouped by country) or by the outlet that published the claim. */
  by: 'reporter' | 'outlet';
  /** Earliest date shown, ISO; null for no lower bound. */
  from: string | null;
  /** The "as of" date: latest date shown, ISO; null for no upper bound. */
  to: string | null;
  /** The chart, or the table of the same estimates. */
  show: 'chart' | 'table';
}

/** The view the home page opens with. */
export const DEFAULT_STATE: ChartState = {
  view: 'range',
  group: 'troops',
  by: 'reporter',
  from: null,
  to: null,
  show: 'chart',
};

const CHOICES = {
  view: ['range', 'timeline'],
  group: Object.keys(MEASURE_GROUPS),
  by: ['reporter', 'outlet'],
  show: ['chart', 'table'],
} as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function pick<K extends keyof typeof CHOICES>(key: K, value: string | null): ChartState[K] {
  const allowed: readonly string[] = CHOICES[key];
  return (value !== null && allowed.includes(value) ? value : DEFAULT_STATE[key]) as ChartState[K];
}

function isoOrNull(value: string | null): string | null {
  return value !== null && ISO_DATE.test(value) ? value : null;
}

/**
 * Reads a state from a URL hash (or query string); anything missing or unknown falls back to the
 * default, so an old or mangled link still opens a chart.
 *
 * @example parseState('#view=timeline&group=losses&to=2024-12-31')
 * // { view: 'timeline', group: 'losses', by: 'reporter', from: null, to: '2024-12-31', show: 'chart' }
 */
export function parseState(hash: string): ChartState {
  const params = new URLSearchParams(hash.replace(/^[#?]/, ''));
  const state: ChartState = {
    view: pick('view', params.get('view')),
    group: pick('group', params.get('group')),
    by: pick('by', params.get('by')),
    from: isoOrNull(params.get('from')),
    to: isoOrNull(params.get('to')),
    show: pick('show', params.get('show')),
  };
  if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  return state;
}

/**
 * The URL hash for a state, without `#`: only what differs from the default, in a fixed order.
 *
 * @example formatState({ ...DEFAULT_STATE, group: 'losses' }) // 'group=losses'
 * @example formatState(DEFAULT_STATE) // ''
 */
export function formatState(state: ChartState): string {
  const params = new URLSearchParams();
  for (const key of ['view', 'group', 'by', 'from', 'to', 'show'] as const) {
    const value = state[key];
    if (value !== null && value !== DEFAULT_STATE[key]) params.set(key, value);
  }
  return params.toString();
}

/** Whether a date filter is on, which hides undated estimates. @example isDated(DEFAULT_STATE) // false */
export function isDated(state: Pick<ChartState, 'from' | 'to'>): boolean {
  return state.from !== null || state.to !== null;
}

/**
 * Whether the date filter keeps something dated `date` (ISO, or null when undated): undated
 * estimates show only while no date is set.
 *
 * @example inDates({ from: null, to: '2024-12-31' })('2024-12-03') // true
 * @example inDates({ from: null, to: '2024-12-31' })(null) // false
 */
export function inDates(state: Pick<ChartState, 'from' | 'to'>): (date: string | null) => boolean {
  if (!isDated(state)) return () => true;
  return (d) => d !== null && (!state.from || d >= state.from) && (!state.to || d <= state.to);
}
