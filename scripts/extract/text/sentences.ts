/**
 * Sentence boundaries in one line of news text: the platform's Unicode sentence segmenter (ICU,
 * UAX #29 — it keeps "Jan. 30 that" and quotation marks after a full stop together), with the
 * repairs news text needs: a boundary after an abbreviation or an initial ("U.S.", "Lt. Gen.",
 * "Ms.", "J. Smith"), inside brackets, or before a lower-case word ("10 a.m. in Seoul") is no boundary.
 */

import { ABBREVIATIONS } from './lexicon.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence of the cleaned article, with its place in the raw text. */
export interface SentenceRef {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (kept line) it stands in. */
  paragraph: number;
}

/** The line ends in an abbreviation or a one-letter initial, so its full stop ends no sentence. */
function endsInAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"‘'[])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

const unbalanced = (s: string) => (s.match(/[([]/g)?.length ?? 0) > (s.match(/[)\]]/g)?.length ?? 0);

/**
 * The sentences of one line, as [start, end) ranges into it (white space around them included).
 *
 * @example splitSentences('Lt. Gen. Budanov said so. He left at 10 a.m. in Kyiv.') // [[0, 26], [26, 53]]
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = out[out.length - 1];
    const previous = last ? text.slice(last[0], last[1]) : '';
    const joins = last && (endsInAbbreviation(previous) || unbalanced(previous) || /^\s*\p{Ll}/u.test(segment));
    if (joins) last[1] = index + segment.length;
    else out.push([index, index + segment.length]);
  }
  return out;
}
