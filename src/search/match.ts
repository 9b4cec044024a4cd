/**
 * Matching and ranking: every term must match one of a record's fields (AND); a record scores the
 * sum, over its terms, of the best field each term matched in. Field weight decides first (a title or
 * reporter hit outranks a quote hit), how well the word matched second.
 */
import type { Term } from './normalize.ts';

/**
 * Field weights: the record's name (title, reporter), its details (figure, speaker, date), its text.
 *
 * @example { hay: haystack(claim.q), weight: WEIGHT.text }
 */
export const WEIGHT = { title: 3, detail: 2, text: 1 } as const;

/** One searchable field of a record: its haystack (see `haystack()`) and weight. @example { hay: ' ukraine hur ', weight: 3 } */
export interface Field {
  hay: string;
  weight: number;
}

/**
 * How well a term matches a haystack: 3 a whole word; 2 the word's plural or singular ("troop" and
 * "troops"); 1 the start of a word, for the term still being typed; 0 no match.
 *
 * @example termMatch(' up to 12000 troops ', { word: 'troop', prefix: false }) // 2
 * @example termMatch(' kyrylo budanov ', { word: 'budan', prefix: true }) // 1
 */
export function termMatch(hay: string, term: Term): number {
  const w = term.word;
  if (hay.includes(` ${w} `)) return 3;
  if (hay.includes(` ${w}s `) || (w.length > 2 && w.endsWith('s') && hay.includes(` ${w.slice(0, -1)} `))) return 2;
  return term.prefix && hay.includes(` ${w}`) ? 1 : 0;
}

/**
 * A record's score for a query: 0 unless every term matches some field.
 *
 * @example score([{ hay: ' ukraine hur ', weight: 3 }, { hay: ' hur said ', weight: 1 }], [{ word: 'hur', prefix: false }]) // 33
 */
export function score(fields: readonly Field[], terms: readonly Term[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const field of fields) {
      const how = termMatch(field.hay, term);
      if (how) best = Math.max(best, field.weight * 10 + how);
    }
    if (!best) return 0;
    total += best;
  }
  return total;
}

/** Something to rank: its fields, and its place among equals (lower first). @example { fields: [{ hay: ' kursk ', weight: 1 }], order: 0 } */
export interface Rankable {
  fields: readonly Field[];
  order: number;
}

/**
 * The records that match every term, best first; equal scores keep their `order`.
 *
 * @example rank([{ fields: [{ hay: ' kursk ', weight: 1 }], order: 0 }], [{ word: 'kursk', prefix: false }]).length // 1
 */
export function rank<T extends Rankable>(records: readonly T[], terms: readonly Term[]): T[] {
  if (!terms.length) return [];
  const hits: { record: T; score: number }[] = [];
  for (const record of records) {
    const s = score(record.fields, terms);
    if (s) hits.push({ record, score: s });
  }
  return hits.sort((a, b) => b.score - a.score || a.record.order - b.record.order).map((h) => h.record);
}
