import type { Measure, Qualifier } from '../../src/schemas/vocabulary.ts';
import type { Random } from './random.ts';

/** A figure as a news sentence writes it, and what the extractor should read from it. */
export interface Figure {
  /** The words: "more than 11,000", "between 2,000 and 3,000", "several thousand". */
  text: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Which phrasing made it, for recall by phrasing. */
  style: string;
}

/** The size a count of each measure has in the news: [smallest, largest, step]. */
// prettier-ignore
export const MAGNITUDES: Record<Exclude<Measure, 'other'>, readonly [number, number, number]> = {
  deployed: [1000, 15000, 500], front: [2000, 12000, 500], combat: [1000, 8000, 500],
  training: [1000, 6000, 500], reserve: [2000, 9000, 1000], killed: [100, 4000, 100],
  wounded: [200, 3000, 100], casualties: [500, 5000, 100], captured: [2, 30, 1],
  officers: [50, 500, 50], generals: [2, 6, 1], laborers: [1000, 30000, 1000],
};

// prettier-ignore
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const under100 = (n: number) => (n < 20 ? UNITS[n]! : TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : ''));
const under1000 = (n: number) =>
  n >= 100 ? `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` ${under100(n % 100)}` : ''}` : under100(n);

/**
 * A whole number under a million in English words.
 *
 * @example toWords(11500) // 'eleven thousand five hundred'
 */
export function toWords(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!thousands) return under1000(rest);
  return `${under1000(thousands)} thousand${rest ? ` ${under1000(rest)}` : ''}`;
}

/** @example digits(11000) // '11,000' */
export const digits = (n: number): string => n.toLocaleString('en-US');

type Maker = (v: number, step: number) => Omit<Figure, 'style'> | null;
const exact = (text: string, v: number): Omit<Figure, 'style'> => ({ text, low: v, high: v, qualifier: 'exact' });
const hedged = (text: string, q: Qualifier, v: number) => ({
  text,
  qualifier: q,
  low: q === 'at-most' ? null : v,
  high: q === 'at-least' ? null : v,
});
const range = (text: string, low: number, high: number) => ({ text, low, high, qualifier: 'range' as const });
const vague = (text: string, low: number, high: number) => ({ text, low, high, qualifier: 'vague' as const });

/** Every phrasing of a figure the generator uses, by name. */
export const FIGURE_STYLES: Record<string, Maker> = {
  digits: (v) => exact(digits(v), v),
  words: (v) => (v % 100 === 0 || v < 100 ? exact(toWords(v), v) : null),
  'more than': (v) => hedged(`more than ${digits(v)}`, 'at-least', v),
  over: (v) => hedged(`over ${digits(v)}`, 'at-least', v),
  'at least': (v) => hedged(`at least ${digits(v)}`, 'at-least', v),
  'or more': (v) => hedged(`${digits(v)} or more`, 'at-least', v),
  plus: (v) => (v >= 1000 ? hedged(`${digits(v)}-plus`, 'at-least', v) : null),
  'up to': (v) => hedged(`up to ${digits(v)}`, 'at-most', v),
  'as many as': (v) => hedged(`as many as ${digits(v)}`, 'at-most', v),
  about: (v) => hedged(`about ${digits(v)}`, 'approx', v),
  around: (v) => hedged(`around ${digits(v)}`, 'approx', v),
  roughly: (v) => hedged(`roughly ${digits(v)}`, 'approx', v),
  some: (v) => hedged(`some ${digits(v)}`, 'approx', v),
  nearly: (v) => hedged(`nearly ${digits(v)}`, 'approx', v),
  'an estimated': (v) => hedged(`an estimated ${digits(v)}`, 'approx', v),
  'about (words)': (v) => (v % 1000 === 0 ? hedged(`about ${toWords(v)}`, 'approx', v) : null),
  between: (v, s) => range(`between ${digits(v)} and ${digits(v + 2 * s)}`, v, v + 2 * s),
  'x to y': (v, s) => range(`${digits(v)} to ${digits(v + s)}`, v, v + s),
  'x-y': (v, s) => range(`${digits(v)}-${digits(v + 2 * s)}`, v, v + 2 * s),
  'x–y': (v, s) => range(`${digits(v)}–${digits(v + s)}`, v, v + s),
  'x to y thousand': (v) =>
    v % 1000 === 0 && v >= 2000 ? range(`${v / 1000 - 1} to ${v / 1000} thousand`, v - 1000, v) : null,
  'several thousand': (v) => (v >= 3000 ? vague('several thousand', 3000, 9000) : null),
  'a few thousand': (v) => (v >= 2000 ? vague('a few thousand', 2000, 5000) : null),
  'thousands of': (v) => (v >= 2000 ? vague('thousands of', 2000, 9000) : null),
  'tens of thousands of': (v) => (v >= 20000 ? vague('tens of thousands of', 20000, 90000) : null),
  'a few hundred': (v) => (v >= 200 && v < 1000 ? vague('a few hundred', 200, 500) : null),
  'hundreds of': (v) => (v >= 200 && v < 1000 ? vague('hundreds of', 200, 900) : null),
  'dozens of': (v) => (v >= 24 && v < 200 ? vague('dozens of', 24, 108) : null),
};

/**
 * A figure for a measure in a phrasing drawn at random; phrasings that do not fit the size
 * ("dozens of" for 11,000 troops) are drawn again.
 *
 * @example drawFigure('killed', createRandom(1)) // { text: 'about 1,200', low: 1200, high: 1200, qualifier: 'approx', style: 'about' }
 */
export function drawFigure(measure: Exclude<Measure, 'other'>, r: Random): Figure {
  const [min, max, step] = MAGNITUDES[measure];
  const v = min + step * r.int(0, Math.floor((max - min) / step));
  const names = Object.keys(FIGURE_STYLES);
  for (;;) {
    const style = r.chance(0.3) ? r.pick(['digits', 'words']) : r.pick(names);
    const made = FIGURE_STYLES[style]!(v, step);
    if (made) return { ...made, style };
  }
}
