import type { Qualifier } from '../../../src/schemas/vocabulary.ts';
import { HEDGES_AFTER, HEDGES_BEFORE, QUOTES } from '../text/lexicon.ts';
import type { NumberPhrase } from './numbers.ts';
import { phraseAfter, phraseBefore, type Token } from '../text/tokens.ts';

const BEFORE = Object.keys(HEDGES_BEFORE);
const AFTER = Object.keys(HEDGES_AFTER);
const PLUS = ['plus', 'odd']; // "10,000-plus", "500-odd"

/** The hedge around a number phrase, and the token span it widens the figure's words to. */
export function readQualifier(
  tokens: readonly Token[],
  phrase: NumberPhrase,
): { qualifier: Qualifier; from: number; to: number } {
  let k = phrase.from;
  // "about 11,000 to 12,000": a range, its hedge kept in its words.
  if (phrase.form === 'range') {
    while (k > 0 && QUOTES.has(tokens[k - 1]!.text)) k--;
    const hedge = phraseBefore(tokens, k, BEFORE);
    return {
      qualifier: 'range',
      from: hedge && HEDGES_BEFORE[hedge.phrase] === 'approx' ? hedge.from : phrase.from,
      to: phrase.to,
    };
  }
  while (k > 0 && QUOTES.has(tokens[k - 1]!.text)) k--;
  const before = phraseBefore(tokens, k, BEFORE);
  const after =
    phraseAfter(tokens, phrase.to, AFTER) ??
    (tokens[phrase.to]?.text === '-' ? phraseAfter(tokens, phrase.to + 1, PLUS) : null);
  const from = before && phrase.form !== 'vague' ? before.from : phrase.from;
  const to = after && phrase.form !== 'vague' ? after.to : phrase.to;
  if (phrase.form === 'vague') return { qualifier: 'vague', from, to };
  // "some 10,000-plus": a bound beats a mere "about".
  const hedges = [before && HEDGES_BEFORE[before.phrase], after && HEDGES_AFTER[after.phrase]].filter(
    (q): q is Qualifier => Boolean(q),
  );
  const qualifier = hedges.find((q) => q !== 'approx') ?? hedges[0] ?? (phrase.approx ? 'approx' : 'exact');
  return { qualifier, from, to };
}

export function bounds(qualifier: Qualifier, phrase: NumberPhrase): { low: number | null; high: number | null } {
  if (qualifier === 'at-least') return { low: phrase.low, high: null };
  if (qualifier === 'at-most') return { low: null, high: phrase.high };
  return { low: phrase.low, high: phrase.high };
}
