import { groupOf, MEASURE_GROUPS, type Measure, type MeasureGroup } from '../schemas/vocabulary.ts';
import type { ChartClaim } from './types.ts';

/** What a measure counts, as a mark's accessible name says it. */
export const MEASURE_NAMES: Record<Measure, string> = {
  deployed: 'troops in Russia',
  front: 'troops at the front',
  combat: 'troops in combat',
  training: 'troops in training',
  reserve: 'troops in reserve',
  casualties: 'casualties',
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  officers: 'officers',
  generals: 'generals',
  laborers: 'laborers',
  other: 'other count of people',
};

/** Headings of the measure groups. */
export const GROUP_NAMES: Record<MeasureGroup, string> = {
  troops: 'Troops',
  losses: 'Losses',
  personnel: 'Officers, generals, laborers',
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
  return `${c.who}, ${MEASURE_NAMES[c.measure]}, ${c.value}, ${c.when}`;
}
