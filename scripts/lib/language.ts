/**
 * A small language guess, enough to keep the English extractor away from other languages:
 * the share of common English function words, then the dominant script.
 */

const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'was',
  'with',
  'as',
  'by',
  'it',
  'are',
  'said',
  'from',
  'have',
  'has',
  'at',
  'its',
  'their',
  'were',
  'be',
  'this',
  'an',
  'not',
  'they',
  'would',
  'had',
  'been',
  'some',
  'more',
  'about',
  'after',
  'but',
  'or',
  'who',
  'which',
  'he',
  'she',
  'his',
  'her',
  'into',
  'than',
  'also',
]);

const SAMPLE_CHARS = 6000;

/**
 * Guess a BCP 47 language tag: `en`, `uk`, `ru`, `ko`, or `und` (undetermined).
 *
 * @example detectLanguage('The troops said that the war is over.') // 'en'
 * @example detectLanguage('Північнокорейські військові в Курській області') // 'uk'
 */
export function detectLanguage(whole: string): string {
  // The opening of a long text tells its language as well as all of it does.
  const text = whole.slice(0, SAMPLE_CHARS);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  const latin = words.filter((w) => /^[a-z]+$/.test(w));
  const english = latin.filter((w) => ENGLISH.has(w)).length;
  if (latin.length / words.length > 0.5 && english / latin.length > 0.08) return 'en';
  const letters = text.match(/\p{L}/gu) ?? [];
  const share = (re: RegExp) => letters.filter((c) => re.test(c)).length / letters.length;
  if (share(/\p{Script=Hangul}/u) > 0.3) return 'ko';
  if (share(/\p{Script=Cyrillic}/u) > 0.3) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  return 'und';
}
