import { createHash } from 'node:crypto';

/**
 * Normalise a quote for hashing, so that a changed quotation mark, dash, or spacing elsewhere in
 * the sentence's copy does not change the claim's id.
 *
 * @example normaliseQuote('“Over  11,000” — Barilevich') // '"over 11,000" - barilevich'
 */
export function normaliseQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The readable part of an id: "2000", "10000-plus", "upto-12000", "3000-9000", "statement". */
export function valueLabel(kind: string, qualifier: string | null, low: number | null, high: number | null): string {
  const n = (v: number) => String(v).replace('.', 'p');
  if (kind === 'statement') return 'statement';
  if (qualifier === 'at-least' && low !== null) return `${n(low)}-plus`;
  if (qualifier === 'at-most' && high !== null) return `upto-${n(high)}`;
  if (low !== null && high !== null && low !== high) return `${n(low)}-${n(high)}`;
  return n(low ?? high ?? 0);
}

/**
 * A claim id: stable across runs and across edits elsewhere in the document, because it is derived
 * only from the source slug, the normalised quote and the value.
 *
 * @example claimIdFor({ slug: 'a', quote: 'Over 11,000 soldiers…', kind: 'estimate', qualifier: 'at-least', low: 11000, high: null })
 * // 'c-11000-plus-' + 10 hex digits
 */
export function claimIdFor(c: {
  slug: string;
  quote: string;
  kind: string;
  qualifier: string | null;
  low: number | null;
  high: number | null;
}): string {
  const hash = createHash('sha256')
    .update([c.slug, normaliseQuote(c.quote), c.kind, c.low ?? '', c.high ?? ''].join('\n'))
    .digest('hex')
    .slice(0, 10);
  return `c-${valueLabel(c.kind, c.qualifier, c.low, c.high)}-${hash}`;
}
