import type { Claim } from '../../src/schemas/claim.ts';
import type { Planted } from '../generate-corpus.ts';

/** How one planted figure fared: found with the same value, and with the same measure and reporter. */
export interface PlantedScore {
  planted: Planted;
  found: boolean;
  measureOk: boolean;
  reporterOk: boolean;
  /** What the extractor made of it, when it found something else in that sentence. */
  got: Pick<Claim, 'low' | 'high' | 'qualifier' | 'measure'> | null;
  gotReporter: string | null;
}

/**
 * Compare the claims extracted from a generated document with the figures planted in it. A planted
 * figure is found when an estimate whose sentence overlaps the planted text has the same low, high
 * and qualifier (a sentence may be merged with its neighbour: overlap, not equality). Estimates
 * that overlap no planted text are extras (false positives).
 *
 * @example scoreDocument(doc, claims).extras.map((c) => c.quote) // ['Ukrainian forces lost 300 soldiers …']
 */
export function scoreDocument(
  doc: { text: string; planted: readonly Planted[] },
  claims: readonly Claim[],
): { scores: PlantedScore[]; extras: Claim[] } {
  const estimates = claims.filter((c) => c.kind === 'estimate');
  const matched = new Set<Claim>();
  const spans = doc.planted.map((p) => {
    const start = doc.text.indexOf(p.text);
    return [start, start + p.text.length] as const;
  });
  const overlaps = (c: Claim, [a, b]: readonly [number, number]) => c.start < b && c.end > a;
  const scores = doc.planted.map((p, k): PlantedScore => {
    const here = estimates.filter((c) => overlaps(c, spans[k]!));
    const hit = here.find((c) => c.low === p.low && c.high === p.high && c.qualifier === p.qualifier);
    if (hit) matched.add(hit);
    const shown = hit ?? here[0] ?? null;
    return {
      planted: p,
      found: Boolean(hit),
      measureOk: hit?.measure === p.measure,
      reporterOk: Boolean(hit) && (hit?.reporter?.id ?? null) === p.reporterId,
      got: shown && { low: shown.low, high: shown.high, qualifier: shown.qualifier, measure: shown.measure },
      gotReporter: shown?.reporter?.id ?? null,
    };
  });
  const extras = estimates.filter((c) => !matched.has(c) && !spans.some((span) => overlaps(c, span)));
  return { scores, extras };
}
