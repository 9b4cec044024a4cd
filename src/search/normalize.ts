/**
 * Text as search compares it: case, accents and thousands separators folded away, cut into words.
 * The index's texts and the reader's query go through the same functions, so they meet.
 */

/** A digit, a thousands separator (comma, no-break or thin space), then exactly three digits. */
const GROUPED = /(\d)[,\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;
/** In a query, any separator between digits: "10,0" typed on the way to "10,000" reads as "100". */
const QUERY_GROUPED = /(\d)[,\u00a0\u202f\u2009](?=\d)/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words too common to narrow a search; dropped from a query that has other words. */
const STOPWORDS = new Set(['a', 'an', 'and', 'of', 'the', 'in', 'on', 'to', 'for', 'by', 'at', 'with']);

/**
 * Lower case, without accents, with digit groups joined.
 *
 * @example fold('Ukraine’s HUR: 12,000 Soldaten in Kursk, Réservistes') // 'ukraine’s hur: 12000 soldaten in kursk, reservistes'
 */
export function fold(text: string): string {
  // Marks are stripped before lower-casing: "İ" decomposes to I + dot, and must end as "i".
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(GROUPED, '$1');
}

/**
 * The words of a text, folded. Punctuation and apostrophes separate words.
 *
 * @example words('Kim Jong-un’s 10,000 troops') // ['kim', 'jong', 'un', 's', '10000', 'troops']
 */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * A text prepared for matching: its words between single spaces, with a space at each end, so a
 * word is found with `includes(' word ')` and a word start with `includes(' wor')`.
 *
 * @example haystack('More than 10,000') // ' more than 10000 '
 */
export function haystack(text: string): string {
  const list = words(text);
  return list.length ? ` ${list.join(' ')} ` : ' ';
}

/** One word of a query. `prefix`: it may be the start of a word (the reader is still typing it). @example { word: 'budan', prefix: true } */
export interface Term {
  word: string;
  prefix: boolean;
}

/**
 * A query's terms: folded words, every one required. The last is a prefix while the reader is
 * typing it (no space after it yet); common words are dropped when others remain.
 *
 * @example parseQuery('the Budan') // [{ word: 'budan', prefix: true }]
 * @example parseQuery('10,000 killed ') // [{ word: '10000', prefix: false }, { word: 'killed', prefix: false }]
 */
export function parseQuery(query: string): Term[] {
  const list = words(query.replace(QUERY_GROUPED, '$1'));
  const open = /[\p{L}\p{N}]$/u.test(query);
  const terms = list.map((word, n) => ({ word, prefix: open && n === list.length - 1 }));
  const kept = terms.filter((t) => t.prefix || !STOPWORDS.has(t.word));
  return kept.length ? kept : terms;
}
