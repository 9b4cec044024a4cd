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
    for (const [from, to] of numberStarts(segment)) {
      const last = out[out.length - 1];
      const previous = last ? text.slice(last[0], last[1]) : '';
      const part = segment.slice(from, to);
      const joins = last && (endsInAbbreviation(previous) || unbalanced(previous) || /^\s*\p{Ll}/u.test(part));
      if (joins) last[1] = index + to;
      else out.push([index + from, index + to]);
    }
  }
  return out;
}

/**
 * UAX #29 keeps "Kiev said. 6,000-plus troops are training" together: after a full stop, a number
 * followed by a lower-case word continues the sentence (as "e.g. 5 dollars" would). In news a
 * sentence often opens with its figure, so a full stop after a word that is no abbreviation, then a
 * space and a digit (or a quotation mark and a digit), ends a sentence. Returns the segment's parts as [from, to) ranges.
 */
function numberStarts(segment: string): [number, number][] {
  const parts: [number, number][] = [];
  let from = 0;
  for (const m of segment.matchAll(/[.!?]["”’)\]]*\s+(?=[“"‘(]?\d)/g)) {
    const end = m.index + m[0].length;
    if (endsInAbbreviation(segment.slice(from, m.index + 1))) continue;
    parts.push([from, end]);
    from = end;
  }
  parts.push([from, segment.length]);
  return parts;
}
