import type { Claim } from '../schemas/claim.ts';
import type { Measure, Qualifier } from '../schemas/vocabulary.ts';

const nf = new Intl.NumberFormat('en-GB');

/** A number as readers expect it. @example formatNumber(12000) // '12,000' */
export function formatNumber(n: number): string {
  return nf.format(n);
}

/** What each measure counts, in words. */
export const MEASURE_LABELS: Record<Measure, string> = {
  deployed: 'troops sent to Russia',
  front: 'troops at the front (Kursk or another combat area)',
  combat: 'troops actively fighting',
  training: 'troops in training',
  reserve: 'troops in reserve',
  casualties: 'casualties (killed and wounded)',
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  officers: 'officers',
  generals: 'generals',
  laborers: 'laborers',
  other: 'other count of people',
};

/** Short measure names for tables and chart labels. */
export const MEASURE_SHORT: Record<Measure, string> = {
  deployed: 'in Russia',
  front: 'at the front',
  combat: 'in combat',
  training: 'in training',
  reserve: 'in reserve',
  casualties: 'casualties',
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  officers: 'officers',
  generals: 'generals',
  laborers: 'laborers',
  other: 'other',
};

/** What each qualifier means. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'a single figure, unhedged',
  approx: 'about (around, roughly, some, nearly)',
  'at-least': 'at least (more than, over, exceeded, surpassed)',
  'at-most': 'at most (up to, as many as)',
  range: 'a range (between X and Y, X to Y)',
  vague: 'a vague quantity (several thousand, hundreds)',
};

/**
 * The value of an estimate in words.
 *
 * @example describeValue({ qualifier: 'at-least', low: 10000, high: null }) // 'more than 10,000'
 * @example describeValue({ qualifier: 'range', low: 11000, high: 12000 }) // '11,000 to 12,000'
 */
export function describeValue(c: Pick<Claim, 'qualifier' | 'low' | 'high'>): string {
  const { low, high } = c;
  switch (c.qualifier) {
    case 'at-least':
      return low === null ? 'unknown' : `more than ${formatNumber(low)}`;
    case 'at-most':
      return high === null ? 'unknown' : `up to ${formatNumber(high)}`;
    case 'approx':
      return `about ${formatNumber(low ?? high ?? 0)}`;
    case 'range':
      return `${formatNumber(low ?? 0)} to ${formatNumber(high ?? 0)}`;
    case 'vague':
      return `a vague quantity, read as ${formatNumber(low ?? 0)} to ${formatNumber(high ?? 0)}`;
    case 'exact':
      return formatNumber(low ?? high ?? 0);
    default:
      return 'no figure';
  }
}

// One formatter for every date: `toLocaleDateString` with options builds a new one per call, which
// was the largest single cost of a 10,000-claim build.
const df = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date for readers. @example formatDate('2024-12-03') // '3 Dec 2024' */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return df.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Names joined as readers write them: "NATO, the Pentagon and Seoul". @example AND.format(['a', 'b']) // 'a and b' */
export const AND = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * A plain text cut into runs, with each http(s) address in it as a run of its own, so a page can
 * link it without treating any of the text as markup. A trailing full stop, comma or bracket is
 * left out of the address.
 *
 * @example webAddresses('See https://a.example/x. Then') // [{ text: 'See ' }, { text: 'https://a.example/x', url: 'https://a.example/x' }, { text: '. Then' }]
 */
export function webAddresses(text: string): { text: string; url?: string }[] {
  const runs: { text: string; url?: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+?(?=[.,;:)\]]*(?:[\s<>"]|$))/g)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], url: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
