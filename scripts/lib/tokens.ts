/**
 * A small tokenizer for English news sentences that keeps every token's offsets,
 * so that whatever the extractor finds can be traced back to the verbatim text.
 */

export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  /** The token as it stands in the text. */
  text: string;
  /** Lower-cased text with typographic apostrophes folded to `'`. */
  norm: string;
  type: TokenType;
  /** Offset of the first character, relative to the tokenized string. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

// A number in digits: 12,000 / 1.2 / 11 000 with a space, no-break or thin space between groups of three.
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d+(?:\.\d+)?`;
// A word: letters and marks, with inner apostrophes, hyphens and dots of abbreviations (U.S.).
const WORD = String.raw`(?:[\p{L}]\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*`;
const TOKEN = new RegExp(`(${NUMBER})|(${WORD})|(\\S)`, 'gu');

/**
 * Split text into words, numbers and single punctuation characters.
 *
 * @example tokenize('over 11,000 troops').map((t) => t.text) // ['over', '11,000', 'troops']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const type: TokenType = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const start = m.index;
    tokens.push({ text: m[0], norm: normalizeWord(m[0]), type, start, end: start + m[0].length });
  }
  return tokens;
}

/** Lower-case and fold typographic apostrophes and dashes. @example normalizeWord('Ukraine’s') // "ukraine's" */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

/** True when the tokens from `i` spell the phrase (space-separated, lower-case). */
export function phraseAt(tokens: readonly Token[], i: number, phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/**
 * The longest of `phrases` that ends just before token `i` (exclusive), as a token index range.
 *
 * @example phraseBefore(tokenize('more than 5'), 2, ['than', 'more than']) // { from: 0, to: 2, phrase: 'more than' }
 */
export function phraseBefore(
  tokens: readonly Token[],
  i: number,
  phrases: readonly string[],
): { from: number; to: number; phrase: string } | null {
  let best: { from: number; to: number; phrase: string } | null = null;
  for (const phrase of phrases) {
    const n = phrase.split(' ').length;
    const from = i - n;
    if (from >= 0 && phraseAt(tokens, from, phrase) && (!best || n > best.to - best.from)) {
      best = { from, to: i, phrase };
    }
  }
  return best;
}

/** The longest of `phrases` that starts at token `i`, or null. */
export function phraseAfter(
  tokens: readonly Token[],
  i: number,
  phrases: readonly string[],
): { from: number; to: number; phrase: string } | null {
  let best: { from: number; to: number; phrase: string } | null = null;
  for (const phrase of phrases) {
    const n = phrase.split(' ').length;
    if (phraseAt(tokens, i, phrase) && (!best || n > best.to - best.from)) best = { from: i, to: i + n, phrase };
  }
  return best;
}
