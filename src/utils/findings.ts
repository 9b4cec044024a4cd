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
