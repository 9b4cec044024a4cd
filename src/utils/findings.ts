import type { Claim } from '../schemas/claim.ts';
import { MEASURES, type Measure } from '../schemas/vocabulary.ts';

/** The spread of estimates for one measure. */
export interface Finding {
  measure: Measure;
  /** Smallest and largest figure stated (an open bound counts as the figure given). */
  low: number;
  high: number;
  /** Distinct named reporters. */
  reporters: number;
  claims: number;
  unattributed: number;
}

/**
 * The headline finding per measure: the range of figures across reporters, in vocabulary order.
 * Statements and `other` counts (which mix unlike things) are left out.
 *
 * @example findings([{ kind: 'estimate', measure: 'killed', low: 40, high: 40, reporter: null }])[0] // { measure: 'killed', low: 40, high: 40, reporters: 0, claims: 1, unattributed: 1 }
 */
export function findings(claims: readonly Pick<Claim, 'kind' | 'measure' | 'low' | 'high' | 'reporter'>[]): Finding[] {
  return MEASURES.flatMap((measure): Finding[] => {
    if (measure === 'other') return [];
    const these = claims.filter((c) => c.kind === 'estimate' && c.measure === measure);
    if (these.length === 0) return [];
    const figures = these.flatMap((c) => [c.low ?? c.high, c.high ?? c.low]).filter((n): n is number => n !== null);
    return [
      {
        measure,
        low: Math.min(...figures),
        high: Math.max(...figures),
        reporters: new Set(these.flatMap((c) => (c.reporter ? [c.reporter.id] : []))).size,
        claims: these.length,
        unattributed: these.filter((c) => c.reporter === null).length,
      },
    ];
  });
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const nf = new Intl.NumberFormat('en-GB');

/**
 * A finding in one sentence, after its measure.
 *
 * @example findingText({ low: 9000, high: 9000, reporters: 1, claims: 1, unattributed: 0 }) // '9,000, in 1 claim from 1 reporter.'
 * @example findingText({ low: 10000, high: 12000, reporters: 2, claims: 4, unattributed: 1 })
 * // 'estimates range from 10,000 to 12,000 across 2 reporters (4 claims, 1 of them unattributed).'
 */
export function findingText(f: Omit<Finding, 'measure'>): string {
  const unattributed = f.unattributed > 0 ? `, ${f.unattributed} of them unattributed` : '';
  if (f.low === f.high) {
    return `${nf.format(f.low)}, in ${count(f.claims, 'claim')} from ${count(f.reporters, 'reporter')}${unattributed}.`;
  }
  return `estimates range from ${nf.format(f.low)} to ${nf.format(f.high)} across ${count(f.reporters, 'reporter')} (${count(f.claims, 'claim')}${unattributed}).`;
}
