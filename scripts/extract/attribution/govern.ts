import type { Token } from '../text/tokens.ts';
import type { Predicate } from './predicates.ts';
import { FUNCTION_WORDS, REPORTING_NOUNS, SUBJECT_GAP, TITLES, VERBISH } from '../text/lexicon.ts';

const CONJUNCTION = /^(?:and|but|or|while|whereas|as)$/;

/**
 * The predicate that governs a figure: the reporting verb, "according to" or "X's claim" whose
 * clause the figure stands in. In order:
 * 1. a verb whose object the figure is, in a clause right after it: "the 8,000 the secretary cited";
 * 2. the nearest cue before the figure in its clause: "Zelensky warned that Pyongyang could send
 *    30,000" (Zelensky: the clause's own subject, Pyongyang, says nothing), "Moscow dismissed Kyiv's
 *    claim that 10,000 had arrived" (Kyiv's claim is nearer than Moscow's dismissal);
 *    — unless "according to X" follows the figure in that clause: the verb's subject passes it on;
 * 3. "according to X" anywhere in the clause;
 * 4. the nearest attribution after the figure in its clause: "About 300 died, the NIS said";
 * 5. else the nearest predicate of the sentence that names a source.
 *
 * `sentence`: the figure is the whole sentence (a statement), so any of its predicates may govern it.
 *
 * @example govern(predicates, { from: 8, to: 9 }, tokens) // the predicate of "the Pentagon said"
 */
export function govern(
  predicates: readonly Predicate[],
  figure: { from: number; to: number },
  tokens: readonly Token[],
  sentence = false,
): Predicate | null {
  const sourced = predicates.filter((p) => p.source || p.cited);
  if (!sourced.length) return null;
  const tight = sourced.find(
    (p) =>
      p.kind === 'verb' &&
      p.flags.has('object') &&
      !p.inverted &&
      p.source &&
      p.source.from >= figure.to &&
      // (In the figure's own clause: "12,000 and the Pentagon offered none" is two clauses; "the
      // 3,000 killed and wounded he cited" is one.)
      p.segmentFrom <= figure.from &&
      (((p.source.from - figure.to <= 4 || titled(tokens, figure.to, p.source.from)) &&
        p.from - p.source.to <= 1 &&
        !tokens
          .slice(figure.to, p.source.from)
          .some(
            (t, k, all) =>
              t.type === 'punct' ||
              t.type === 'number' ||
              (CONJUNCTION.test(t.norm) && !(k > 0 && k < all.length - 1 && /^(and|or)$/.test(t.norm))),
          )) ||
        appositiveSpeaker(tokens, figure.to, p)),
  );
  if (tight) return tight;
  // "against 600 in its April assessment", "2,000 by its count": the statement named right after the figure.
  const named = sourced.find(
    (p) =>
      p.kind === 'noun' &&
      p.source &&
      p.source.possessive &&
      p.source.from > figure.to &&
      p.source.from - figure.to <= 4 &&
      /^(?:in|by|from|per)$/.test(tokens[p.source.from - 1]!.norm) &&
      tokens.slice(figure.to, p.source.from).every((t) => t.type === 'word'),
  );
  if (named) return named;
  const inClause = sourced.filter((p) => p.segmentFrom <= figure.from && figure.from < p.segmentTo);
  const before = inClause.filter(
    (p) => p.kind !== 'according' && p.to <= figure.from && !(p.inverted && (p.source?.from ?? 0) > figure.from),
  );
  const forward = before.findLast((p) => !trailing(p, tokens) && !reopened(p, figure, tokens));
  const according = inClause.find((p) => p.kind === 'according');
  // "The Times reported that several hundred had died, according to U.S. officials": the verb's
  // subject passes on what the source after the figure says.
  if (forward && according && according.from >= figure.to && forward.kind === 'verb' && !forward.cited)
    return according;
  if (forward) return forward;
  if (according) return according;
  // (After the figure, an attribution set off from it: "About 300 died, the NIS said" — not a verb
  // inside a clause of its own, "fought in a war neither Moscow nor Pyongyang admits".)
  const setOff = (p: Predicate) => sentence || p.kind !== 'verb' || p.to <= figure.from || offset(p, figure, tokens);
  const after = inClause.find(
    (p) =>
      (p.from >= figure.to || ((p.source?.from ?? 0) >= figure.to && p.kind === 'verb')) &&
      setOff(p) &&
      !onStatement(p, tokens),
  );
  if (after) return after;
  if (before.length) return before.at(-1)!;
  const distance = (p: Predicate) => Math.min(Math.abs(p.from - figure.from), Math.abs(p.from - figure.to));
  return [...sourced].filter(setOff).sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * "the 4,000 that Ukraine's president, Volodymyr Zelensky, has repeatedly cited": "that", the
 * speaker's title, the name set off by commas, then the verb (an auxiliary or an adverb between).
 */
function appositiveSpeaker(tokens: readonly Token[], from: number, p: Predicate): boolean {
  const source = p.source!;
  if (!/^(?:that|which)$/.test(tokens[from]?.norm ?? '') || tokens[source.from - 1]?.text !== ',') return false;
  const title = tokens.slice(from + 1, source.from - 1);
  const after = tokens.slice(source.to, p.from);
  return (
    title.length >= 1 &&
    title.length <= 5 &&
    title.every((t) => t.type === 'word' && !VERBISH.has(t.norm)) &&
    after[0]?.text === ',' &&
    after.length <= 3 &&
    after.slice(1).every((t) => SUBJECT_GAP.has(t.norm))
  );
}

/**
 * "the 3,000 that White House national security spokesman John Kirby gave": between a figure and
 * the speaker of the clause on it, "that" and the speaker's title (names and role words, no verb).
 */
function titled(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 9 || !/^(?:that|which)$/.test(tokens[from]?.norm ?? '')) return false;
  const title = tokens.slice(from + 1, to);
  return (
    title.some((t) => TITLES.has(t.norm)) &&
    // ("chief of staff": an "of" inside a title.)
    title.every(
      (t, k) =>
        t.type === 'word' &&
        (!FUNCTION_WORDS.has(t.norm) || (t.norm === 'of' && k > 0 && k < title.length - 1)) &&
        !VERBISH.has(t.norm),
    )
  );
}

/**
 * "900 have died, twice the toll the agency gave in the winter, a lawmaker said": a verb in a
 * relative clause on a statement's noun tells of that statement, not of a figure outside it.
 */
function onStatement(p: Predicate, tokens: readonly Token[]): boolean {
  if (p.kind !== 'verb' || p.inverted || !p.source || p.from - p.source.to > 1) return false;
  let k = p.source.from - 1;
  if (/^(?:that|which)$/.test(tokens[k]?.norm ?? '')) k--;
  return (
    REPORTING_NOUNS.has(tokens[k]?.norm ?? '') && /^(?:the|a|an|its|their|his|her)$/.test(tokens[k - 1]?.norm ?? '')
  );
}

/**
 * "told lawmakers that 2,000 had died, against 600 in its April assessment, and that 6,000 more
 * would go": a statement noun is passed by a clause that goes on with "and that", the earlier verb's.
 */
function reopened(p: Predicate, figure: { from: number }, tokens: readonly Token[]): boolean {
  if (p.kind !== 'noun') return false;
  return tokens
    .slice(p.to, figure.from)
    .some((t, k, all) => t.norm === 'that' && /^(?:and|,)$/.test(all[k - 1]?.norm ?? ''));
}

/** Punctuation sets the attribution off from the figure before it: "…, the NIS said", "…,” said Rutte". */
function offset(p: Predicate, figure: { to: number }, tokens: readonly Token[]): boolean {
  return tokens.slice(figure.to, p.from).some((t) => /^[,”"’'—–(;:]$/.test(t.text));
}

/**
 * A trailing attribution ("…, the NIS said." or "…,” he added") stands after what it attributes:
 * nothing it could govern follows it in its clause.
 */
function trailing(p: Predicate, tokens: readonly Token[]): boolean {
  if (p.kind !== 'verb') return false;
  let lead = p.inverted || !p.source ? p.from : p.source.from;
  if (/^(the|a|an)$/.test(tokens[lead - 1]?.norm ?? '')) lead--;
  const before = tokens[lead - 1]?.text ?? '';
  if (!/^[,”"’']$/.test(before)) return false;
  return !tokens.slice(p.to, p.segmentTo).some((t) => t.type === 'number' || t.norm === 'that');
}
