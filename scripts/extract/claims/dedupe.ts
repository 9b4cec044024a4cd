import { groupOf } from '../../../src/schemas/vocabulary.ts';
import type { Registry } from '../attribution/registry.ts';
import type { DraftClaim } from '../../lib/vfile-data.ts';

const GENERAL = new Set(['government', 'anonymous-official']);

/** How well a mention is attributed: a named agency beats a state named as a whole beats no one. */
function specificity(d: DraftClaim, registry: Registry): number {
  const kind = d.reporter ? registry.reporters.get(d.reporter.id)?.kind : undefined;
  const reporter = !kind ? 0 : GENERAL.has(kind) ? 1 : 2;
  return reporter * 4 + (d.speaker ? 2 : 0) + (d.statedOn ? 1 : 0);
}

function compatibleReporters(a: DraftClaim, b: DraftClaim, registry: Registry): boolean {
  if (!a.reporter || !b.reporter || a.reporter.id === b.reporter.id) return true;
  const ka = registry.reporters.get(a.reporter.id)?.kind ?? '';
  const kb = registry.reporters.get(b.reporter.id)?.kind ?? '';
  return a.reporter.country === b.reporter.country && (GENERAL.has(ka) || GENERAL.has(kb));
}

/** Same figure, same hedge, same kind of count (troop measures vary between a headline and its body). */
function sameEstimate(a: DraftClaim, b: DraftClaim): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'statement') return a.quote.replace(/\s+/g, ' ') === b.quote.replace(/\s+/g, ' ');
  if (a.low !== b.low || a.high !== b.high || !a.measure || !b.measure) return false;
  // A headline drops the "about" of its body: "300 killed" repeats "about 300 … killed".
  const loose = (q: string | null) => (q === 'approx' ? 'exact' : q);
  if (loose(a.qualifier) !== loose(b.qualifier)) return false;
  return a.measure === b.measure || (groupOf(a.measure) === 'troops' && groupOf(b.measure) === 'troops');
}

/**
 * Report an estimate repeated in one document once: the headline echoing the body, a block pasted
 * twice, a figure restated in a quote. The best-attributed mention stands for the claim (a body
 * sentence before the headline when they tie); the others are kept as `repeats`.
 *
 * @example dedupeDrafts([headline10000, body10000], registry, () => false) // [body10000 with one repeat]
 */
export function dedupeDrafts(
  drafts: readonly DraftClaim[],
  registry: Registry,
  isHeadline: (d: DraftClaim) => boolean,
): DraftClaim[] {
  const groups: DraftClaim[][] = [];
  for (const d of drafts) {
    const group = groups.find((g) => g.every((x) => sameEstimate(x, d) && compatibleReporters(x, d, registry)));
    if (group) group.push(d);
    else groups.push([d]);
  }
  return groups
    .map((group) => {
      const rank = (d: DraftClaim) => specificity(d, registry) * 2 + (isHeadline(d) ? 0 : 1);
      const best = [...group].sort((a, b) => rank(b) - rank(a) || a.start - b.start)[0]!;
      const others = group.filter((d) => d !== best);
      const sameReporter = others.filter((d) => d.reporter?.id === best.reporter?.id);
      return {
        ...best,
        speaker: best.speaker ?? sameReporter.find((d) => d.speaker)?.speaker ?? null,
        statedOn: best.statedOn ?? sameReporter.find((d) => d.statedOn)?.statedOn ?? null,
        statedOnText: best.statedOnText ?? sameReporter.find((d) => d.statedOnText)?.statedOnText ?? null,
        repeats: others.map((d) => ({ start: d.start, end: d.end })).sort((a, b) => a.start - b.start),
        repeatSentences: others.map((d) => d.sentence),
      };
    })
    .sort((a, b) => a.start - b.start);
}
