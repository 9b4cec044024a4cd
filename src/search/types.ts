/**
 * The search index's format: what `/js/search-index.js` assigns to `self.NK_SEARCH_INDEX`. Short keys
 * and shared tables (measures, sources, reporters referenced by position) keep it small: each text is
 * stored once, and a claim carries only its own words. Optional fields are left out when empty.
 */

/**
 * A reporter: registry entry, with country and kind in words.
 *
 * @example { i: 'ua-hur', n: 'Main Intelligence Directorate…', s: 'Ukraine HUR', a: ['HUR', 'GUR'], c: 'Ukraine', k: 'intelligence agency', p: ['Kyrylo Budanov'] }
 */
export interface IndexReporter {
  /** Registry id (`/reporters/<id>/`). */
  i: string;
  /** Name. */
  n: string;
  /** Short name, as tables show it. */
  s: string;
  /** Aliases: how texts name it. */
  a?: string[];
  /** Country in words ("South Korea", "international"). */
  c: string;
  /** Kind in words ("intelligence agency"). */
  k: string;
  /** Names of the people who speak for it. */
  p?: string[];
}

/**
 * A source article.
 *
 * @example { i: 'joongang-budanov-8000-still-in-kursk', t: 'Around 8,000 North Korean troops…', o: 'Korea JoongAng Daily', b: 'Kim Min-Young' }
 */
export interface IndexSource {
  /** Slug (`/sources/<slug>/`). */
  i: string;
  /** Title as pages show it (a label from the slug when the article has none). */
  t: string;
  /** Outlet. */
  o?: string;
  /** Byline. */
  b?: string;
  /** Publication date, `YYYY-MM-DD`. */
  d?: string;
}

/**
 * A claim.
 *
 * @example { i: 'c-8000-d89c8754a4', q: 'Speaking with…', s: 1, r: 60, m: 2, v: 'about 8,000', p: 'Kyrylo Budanov' }
 */
export interface IndexClaim {
  /** Claim id (`/claims/<id>/`, and `#<id>` in its source page). */
  i: string;
  /** The quote, verbatim. */
  q: string;
  /** Position of its source in `s`. */
  s: number;
  /** Position of its reporter in `r`; absent when unattributed. */
  r?: number;
  /** Position of its measure in `m`; absent for statements. */
  m?: number;
  /** The figure in words ("more than 10,000"), or the stance of a statement. */
  v: string;
  /** When it was stated, `YYYY-MM-DD`; absent when only the source's date is known. */
  d?: string;
  /** The person who spoke. */
  p?: string;
}

/** The whole index. @example self.NK_SEARCH_INDEX.c.length // number of claims */
export interface SearchIndex {
  /** Format version: a page and an index from different builds can tell. */
  v: 1;
  /** Measures in words: [label, short label]. */
  m: [string, string][];
  r: IndexReporter[];
  s: IndexSource[];
  /** Claims, newest first (undated last). */
  c: IndexClaim[];
}

/** The global the index script sets. @example self[INDEX_GLOBAL] // the SearchIndex */
export const INDEX_GLOBAL = 'NK_SEARCH_INDEX';
