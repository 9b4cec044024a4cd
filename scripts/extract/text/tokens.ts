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
export function tokenize(text: string): readonly Token[] {
  const known = recent.get(text);
  if (known) return known;
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const type: TokenType = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const start = m.index;
    tokens.push({ text: m[0], norm: normalizeWord(m[0]), type, start, end: start + m[0].length });
  }
  // The figures and the attribution read the same sentences: tokenize each once.
  if (recent.size >= 256) recent.clear();
  recent.set(text, tokens);
  return tokens;
}

const recent = new Map<string, readonly Token[]>();

/**
 * The longest of `phrases` (space-separated, lower-case) that starts at token `i`, found through an
 * index by first word built once per list; null when none does.
 *
 * @example phraseStarting(tokenize('according to the NIS'), 0, ['according to', 'per']) // 'according to'
 */
export function phraseStarting(tokens: readonly Token[], i: number, phrases: readonly string[]): string | null {
  return phraseAfter(tokens, i, phrases)?.phrase ?? null;
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
  return wordsOf(phrase).every((w, k) => tokens[i + k]?.norm === w);
}

/** A phrase's words, split once: the phrase lists are fixed and read for every number in every sentence. */
const split = new Map<string, readonly string[]>();
const wordsOf = (phrase: string): readonly string[] => {
  let words = split.get(phrase);
  if (!words) split.set(phrase, (words = phrase.split(' ')));
  return words;
};

/** A phrase found among the tokens: token range [from, to). */
export interface PhraseMatch {
  from: number;
  to: number;
  phrase: string;
}

/** A list of phrases indexed by one of their words (first or last), longest first; built once per list. */
const indexes = {
  first: new WeakMap<readonly string[], Map<string, string[]>>(),
  last: new WeakMap<readonly string[], Map<string, string[]>>(),
};
function indexBy(phrases: readonly string[], end: 'first' | 'last'): Map<string, string[]> {
  let index = indexes[end].get(phrases);
  if (!index) {
    index = new Map();
    for (const p of [...phrases].sort((a, b) => wordsOf(b).length - wordsOf(a).length)) {
      const words = wordsOf(p);
      const w = end === 'first' ? words[0]! : words.at(-1)!;
      index.set(w, [...(index.get(w) ?? []), p]);
    }
    indexes[end].set(phrases, index);
  }
  return index;
}

/**
 * The longest of `phrases` that ends just before token `i` (exclusive).
 *
 * @example phraseBefore(tokenize('more than 5'), 2, ['than', 'more than']) // { from: 0, to: 2, phrase: 'more than' }
 */
export function phraseBefore(tokens: readonly Token[], i: number, phrases: readonly string[]): PhraseMatch | null {
  for (const phrase of indexBy(phrases, 'last').get(tokens[i - 1]?.norm ?? '') ?? []) {
    const from = i - wordsOf(phrase).length;
    if (from >= 0 && phraseAt(tokens, from, phrase)) return { from, to: i, phrase };
  }
  return null;
}

/**
 * The longest of `phrases` that starts at token `i`.
 *
 * @example phraseAfter(tokenize('5 or more'), 1, ['or more'])?.phrase // 'or more'
 */
export function phraseAfter(tokens: readonly Token[], i: number, phrases: readonly string[]): PhraseMatch | null {
  for (const phrase of indexBy(phrases, 'first').get(tokens[i]?.norm ?? '') ?? []) {
    if (phraseAt(tokens, i, phrase)) return { from: i, to: i + wordsOf(phrase).length, phrase };
  }
  return null;
}
