import { MEASURE_GROUPS, type MeasureGroup } from '../schemas/vocabulary.ts';
import { measureName } from './labels.ts';
import { STANCE_SYMBOLS, symbolPath } from './svg.ts';

const swatch = (cls: string, shape: string) =>
  `<svg class="key ${cls}" width="28" height="18" viewBox="-14 -9 28 18" aria-hidden="true">${shape}</svg>`;

/** How each kind of estimate is drawn, in the neutral text colour. */
const FORMS = [
  ['q-exact', `<path d="${symbolPath(0)}"/>`, 'exact figure'],
  ['q-approx', `<path d="${symbolPath(0)}"/>`, 'about (hollow)'],
  ['q-range', '<line x1="-9" x2="9"/><circle cx="-9" r="3.5"/><circle cx="9" r="3.5"/>', 'range'],
  ['q-vague', '<line x1="-9" x2="9"/><circle cx="-9" r="3.5"/><circle cx="9" r="3.5"/>', 'vague range (dashed)'],
  ['q-at-least', '<line x1="-8" x2="5"/><circle cx="-8" r="3.5"/><path d="M4,-5L12,0L4,5Z"/>', 'more than'],
  ['q-at-most', '<line x1="-5" x2="8"/><circle cx="8" r="3.5"/><path d="M-4,-5L-12,0L-4,5Z"/>', 'up to'],
] as const;

/** How the timeline marks statements, by stance (the symbols of timeline-chart.ts). */
const STATEMENTS = [
  ['st-confirms', 'confirms', 'statement: confirms'],
  ['st-denies', 'denies', 'denies'],
  ['st-not-seen', 'not-seen', 'cannot confirm'],
  ['st-declines', 'declines', 'declines to say'],
] as const;

/**
 * The key for a measure group: each measure's colour and symbol, then how exact, approximate,
 * ranged and open-ended figures look, and — when the timeline marks statements — each stance's
 * symbol. Pure: returns HTML.
 *
 * @example chartLegend('losses') // '<ul class="chart-legend" aria-label="Key">…killed…</ul>'
 */
export function chartLegend(group: MeasureGroup, statements = false): string {
  const measures = MEASURE_GROUPS[group].map(
    (m, i) => `<li>${swatch(`s${i}`, `<path d="${symbolPath(i)}"/>`)}${measureName(m)}</li>`,
  );
  const forms = FORMS.map(([cls, shape, text]) => `<li>${swatch(cls, shape)}${text}</li>`);
  const said = statements
    ? STATEMENTS.map(
        ([cls, stance, text]) =>
          `<li>${swatch(`statement ${cls}`, `<path d="${STANCE_SYMBOLS[stance]}"/>`)}${text}</li>`,
      )
    : [];
  return `<ul class="chart-legend" aria-label="Key">${measures.join('')}${forms.join('')}${said.join('')}</ul>`;
}
