/** Property-based tests (fast-check): number parsing and MDX serialisation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../scripts/extract/figures/numbers.ts';
import { tokenize } from '../../scripts/extract/text/tokens.ts';
import { runSource } from '../support/pipeline.ts';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0 ≤ n < 1e9, written independently of the parser under test. */
function inWords(n: number, and: boolean): string {
  const below1000 = (m: number): string[] => {
    const out: string[] = [];
    if (m >= 100) out.push(ONES[Math.floor(m / 100)]!, 'hundred');
    const rest = m % 100;
    if (rest && m >= 100 && and) out.push('and');
    if (rest >= 20) out.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : ''));
    else if (rest || m === 0) out.push(ONES[rest]!);
    return out;
  };
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1e3);
  const rest = n % 1e3;
  if (millions) parts.push(...below1000(millions), 'million');
  if (thousands) parts.push(...below1000(thousands), 'thousand');
  if (rest) parts.push(...below1000(rest));
  return parts.join(' ');
}

const whole = (text: string) => {
  const tokens = tokenize(text);
  const read = readNumber(tokens, 0);
  return read && read.to === tokens.length ? read.value : null;
};

describe('number parsing round-trips', () => {
  it('reads every integer written in digits, with and without separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(whole(String(n))).toBe(n);
        expect(whole(n.toLocaleString('en-US'))).toBe(n);
        expect(whole(n.toLocaleString('en-US').replaceAll(',', '\u00a0'))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
  it('reads every integer up to the hundreds of millions written in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, and) => {
        expect(whole(inWords(n, and))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('MDX serialisation round-trips', () => {
  // The sidecar says the text is English: lines of random script can outweigh the one English
  // sentence, and a text the language guess calls not English is rightly not read for claims.
  it('keeps any text as text: verified by parsing the MDX back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { minLength: 1, maxLength: 6 }),
        async (lines) => {
          const text = `${lines.join('\n')}\nAbout 3,000 North Korean soldiers {x} are in Russia, the NIS said.`;
          const out = await runSource(text, 'test-source', { language: 'en' });
          expect(out.mdx).not.toMatch(/^(import|export)\s/m);
          expect(out.claims.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});
