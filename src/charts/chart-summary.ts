import { greatest, least } from 'd3-array';
import { isDated } from './chart-state.ts';
import { measureName } from './labels.ts';
import type { ChartView } from './select-view.ts';
import type { ChartClaim } from './types.ts';
import { boundsOf } from './value-scale.ts';

const NOUNS = {
  troops: ['troop estimate', 'troop estimates'],
  losses: ['estimate of losses', 'estimates of losses'],
  command: ['estimate of officers or generals', 'estimates of officers or generals'],
  civilians: ['estimate of civilian laborers', 'estimates of civilian laborers'],
  other: ['other count', 'other counts'],
} as const;

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function describe(c: ChartClaim): string {
  return `${c.value} ${measureName(c.measure)} (${c.who}, ${c.when})`;
}

/**
 * The view in words, read before the chart: how many estimates from how many reporters or outlets,
 * the lowest and the highest, and how many undated ones there are or are left off.
 *
 * @example chartSummary(selectView(data, DEFAULT_STATE))
 * // '12 troop estimates from 7 reporters. Lowest: 2,000 troops in combat (Ukraine HUR, 4 Dec 2024). Highest: … 9 undated.'
 */
export function chartSummary(view: ChartView): string {
  const { shown, state, undated } = view;
  const nouns = NOUNS[state.group];
  const sentences: string[] = [];
  const lowest = least(shown, (c) => Math.min(...boundsOf(c)));
  const highest = greatest(shown, (c) => Math.max(...boundsOf(c)));
  if (!lowest || !highest) sentences.push(`No ${nouns[1]} in this view.`);
  else {
    const who = new Set(shown.map((c) => (state.by === 'reporter' ? c.who : c.outlet)));
    sentences.push(`${count(shown.length, nouns)} from ${count(who.size, [state.by, `${state.by}s`])}.`);
    sentences.push(`Lowest: ${describe(lowest)}. Highest: ${describe(highest)}.`);
  }
  if (view.statements.length)
    sentences.push(
      `${count(view.statements.length, ['statement', 'statements'])} without a figure marked above the figures.`,
    );
  const undatedOnes = count(undated, ['undated estimate', 'undated estimates']);
  if (!undated) return sentences.join(' ');
  if (state.view === 'timeline') sentences.push(`${undatedOnes} not on the timeline.`);
  else if (isDated(state)) sentences.push(`${undatedOnes} hidden while a date is set.`);
  else sentences.push(`${undated.toLocaleString('en-GB')} of them undated.`);
  return sentences.join(' ');
}
