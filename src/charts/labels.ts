import { groupOf, MEASURE_GROUPS, type Measure, type MeasureGroup } from '../schemas/vocabulary.ts';
import { MEASURE_SHORT } from '../utils/format.ts';
import type { ChartClaim } from './types.ts';

/**
 * What a measure counts, as a mark's accessible name says it: the table's short name, with
 * "troops" before the troop measures.
 *
 * @example measureName('front') // 'troops at the front'
 * @example measureName('killed') // 'killed'
 */
export function measureName(measure: Measure): string {
  if (measure === 'other') return 'other count of people';
  return groupOf(measure) === 'troops' ? `troops ${MEASURE_SHORT[measure]}` : MEASURE_SHORT[measure];
}

/** Headings of the measure groups. */
export const GROUP_NAMES: Record<MeasureGroup, string> = {
  troops: 'Troops',
  losses: 'Losses',
  command: 'Officers and generals',
  civilians: 'Civilian laborers',
  other: 'Other counts',
};

/**
 * A measure's place in its group: picks its colour and symbol, so the five troop measures never
 * share one. @example measureSlot('killed') // 1
 */
export function measureSlot(measure: Measure): number {
  return (MEASURE_GROUPS[groupOf(measure)] as readonly Measure[]).indexOf(measure);
}

/**
 * A mark's accessible name: who, what, how many, when.
 *
 * @example markLabel(claim) // 'Ukraine HUR, troops at the front, more than 11,000, 4 Dec 2024'
 */
export function markLabel(c: ChartClaim): string {
  return `${c.who}, ${measureName(c.measure)}, ${c.value}, ${c.when}`;
}
