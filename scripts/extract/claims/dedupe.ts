import { groupOf } from '../../../src/schemas/vocabulary.ts';
import type { Registry } from '../attribution/registry.ts';
import type { Claim } from '../../../src/schemas/claim.ts';

/** A claim with everything but its id, and the sentence it came from. */
export type DraftClaim = Omit<Claim, 'id'> & { sentence: number; repeatSentences: number[] };

/** How well a mention is attributed: a named agency beats a state named as a whole beats no one. */
function specificity(d: DraftClaim, registry: Registry): number {
  const reporter = !d.reporter ? (d.parties.length ? 1 : 0) : registry.isGeneral(d.reporter.id) ? 1 : 2;
  return reporter * 4 + (d.speaker ? 2 : 0) + (d.statedOn ? 1 : 0);
}

const surname = (s: string | null) => s?.split(/\s+/).at(-1)?.toLowerCase() ?? null;

/** The same reporter, or a state (or unnamed officials) and one of its bodies, or no reporter on one side. */
function compatibleReporters(a: DraftClaim, b: DraftClaim, registry: Registry): boolean {
  if (a.parties.join() !== b.parties.join() && a.parties.length && b.parties.length) return false;
  // (Several parties' figure is none of another reporter's unless that reporter is, or is of the
  // country of, one of them: "Ukrainian officials and Western intelligence put the number at 12,000"
  // is not the ISW's 12,000.)
  const outside = (x: DraftClaim, y: DraftClaim) =>
    x.parties.length > 0 &&
    y.reporter !== null &&
    !x.parties.some((id) => id === y.reporter!.id || registry.reporters.get(id)?.country === y.reporter!.country);
  if (outside(a, b) || outside(b, a)) return false;
  // (A person the registry does not list speaks for no one in it: "Kursk's governor said 1,000" is
  // not the NIS's 1,000 told again.)
  const none = !a.reporter && b.reporter ? a : !b.reporter && a.reporter ? b : null;
  if (none?.speaker && !none.parties.length && surname((none === a ? b : a).speaker) !== surname(none.speaker))
    return false;
  if (!a.reporter || !b.reporter || a.reporter.id === b.reporter.id) return true;
  return (
    a.reporter.country === b.reporter.country &&
    (registry.isGeneral(a.reporter.id) || registry.isGeneral(b.reporter.id))
  );
}

/**
 * Same figure, same hedge, same kind of count (troop measures vary between a headline and its
 * body), said by the same person on the same day as far as the text says: Blinken's 10,000 and
 * Wood's 10,000 the day before are two claims.
 */
function sameEstimate(a: DraftClaim, b: DraftClaim): boolean {
  if (a.kind !== b.kind || a.sentence === b.sentence) return false;
  if (a.speaker && b.speaker && surname(a.speaker) !== surname(b.speaker)) return false;
  if (a.statedOn && b.statedOn && a.statedOn !== b.statedOn) return false;
  if (a.kind === 'statement') return a.quote.replace(/\s+/g, ' ') === b.quote.replace(/\s+/g, ' ');
  if (!a.measure || !b.measure) return false;
  // "as many as 10,000" told of again as "the State Department's 10,000": the same reporter's figure
  // without its hedge.
  const bound = (d: DraftClaim) => (d.low === null ? d.high : d.high === null ? d.low : null);
  const unhedged = (x: DraftClaim, y: DraftClaim) =>
    x.qualifier === 'exact' &&
    (y.qualifier === 'at-most' || y.qualifier === 'at-least') &&
    x.low === bound(y) &&
    x.reporter !== null &&
    x.reporter.id === y.reporter?.id;
  if (unhedged(a, b) || unhedged(b, a)) return a.measure === b.measure || groupOf(a.measure) === groupOf(b.measure);
  if (a.low !== b.low || a.high !== b.high) return false;
  // A headline drops the "about" of its body: "300 killed" repeats "about 300 … killed".
  const loose = (q: string | null) => (q === 'approx' ? 'exact' : q);
  if (loose(a.qualifier) !== loose(b.qualifier)) return false;
  return a.measure === b.measure || (groupOf(a.measure) === 'troops' && groupOf(b.measure) === 'troops');
}

/** A headline's figure that the body gives too, whoever the headline names and whatever it calls it. */
function headlineRepeat(headline: DraftClaim, body: DraftClaim): boolean {
  if (headline.kind !== 'estimate' || body.kind !== 'estimate' || headline.sentence === body.sentence) return false;
  // (A headline drops or changes the body's hedge: "30 killed" tells the body's "at least 30",
  // "3,000+" its "some 3,000 more".)
  const value = (d: DraftClaim) => d.low ?? d.high;
  const single = (d: DraftClaim) => d.qualifier !== 'range' && d.qualifier !== 'vague';
  const hedged = single(headline) && single(body) && value(headline) === value(body);
  if (!hedged && (headline.low !== body.low || headline.high !== body.high)) return false;
  if (headline.measure === body.measure || headline.measure === 'deployed') return true;
  return groupOf(headline.measure!) === groupOf(body.measure!);
}

/** Drafts that could be the same claim share this key: only they are compared (no quadratic scan). */
const keyOf = (d: DraftClaim) =>
  d.kind === 'statement' ? `s ${d.quote.replace(/\s+/g, ' ')}` : `e ${d.low ?? d.high}`;

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
  const byKey = new Map<string, DraftClaim[][]>();
  for (const d of drafts) {
    const candidates = byKey.get(keyOf(d)) ?? byKey.set(keyOf(d), []).get(keyOf(d))!;
    // A headline tells the body's figure in shorthand: "Seoul's military counts about 1,100" is the
    // JCS's 1,100 of the body, "holds two soldiers" its two captured.
    const same = (x: DraftClaim) =>
      isHeadline(x) || isHeadline(d)
        ? headlineRepeat(isHeadline(x) ? x : d, isHeadline(x) ? d : x)
        : sameEstimate(x, d) && compatibleReporters(x, d, registry);
    const group = candidates.find((g) => g.every(same));
    if (group) group.push(d);
    else {
      const fresh = [d];
      candidates.push(fresh);
      groups.push(fresh);
    }
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
