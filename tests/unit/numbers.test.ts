import { describe, expect, it } from 'vitest';
import { readNumber, readNumberPhrase, readVague, wordValue } from '../../scripts/extract/figures/numbers.ts';
import { tokenize } from '../../scripts/extract/text/tokens.ts';

const phrase = (s: string, allowAnd = false) => {
  const p = readNumberPhrase(tokenize(s), 0, allowAnd);
  return p && [p.low, p.high, p.form];
};

describe('numbers', () => {
  it('wordValue() reads hyphenated tens', () => expect(wordValue('twenty-five')).toBe(25));
  it('readNumber() reads digits with separators and scales', () => {
    expect(readNumber(tokenize('12,000'), 0)?.value).toBe(12000);
    expect(readNumber(tokenize('1.2 million'), 0)?.value).toBe(1_200_000);
    expect(readNumber(tokenize('11\u00a0000'), 0)?.value).toBe(11000);
  });
  it('readNumber() reads numbers in words', () => {
    expect(readNumber(tokenize('twelve thousand'), 0)?.value).toBe(12000);
    expect(readNumber(tokenize('one hundred and fifty'), 0)?.value).toBe(150);
    expect(readNumber(tokenize('a thousand'), 0)?.value).toBe(1000);
    expect(readNumber(tokenize('two dozen'), 0)?.value).toBe(24);
    expect(readNumber(tokenize('three'), 0)?.value).toBe(3);
  });
  it('readNumber() does not read the article alone', () => expect(readNumber(tokenize('a general'), 0)).toBeNull());
  it('readNumberPhrase() parses "11,000-12,000" and "11 to 12 thousand" as ranges', () => {
    expect(phrase('11,000-12,000')).toEqual([11000, 12000, 'range']);
    expect(phrase('11 to 12 thousand')).toEqual([11000, 12000, 'range']);
    expect(phrase('11,000 and 12,000', true)).toEqual([11000, 12000, 'range']);
  });
  it('readNumberPhrase() reads "a couple thousand" as about 2,000 and "half a million" as 500,000', () => {
    expect(phrase('a couple thousand troops')).toEqual([2000, 2000, 'single']);
    expect(phrase('a couple of hundred soldiers')).toEqual([200, 200, 'single']);
    expect(phrase('half a million soldiers')).toEqual([500000, 500000, 'single']);
  });
  it('readNumberPhrase() does not join "and" without "between"', () =>
    expect(phrase('2,000 and 9,000')).toEqual([2000, 2000, 'single']));
  it('readVague() gives the documented spreads', () => {
    expect(readVague(tokenize('several thousand'), 0)).toMatchObject({ low: 3000, high: 9000 });
    expect(readVague(tokenize('a few hundred'), 0)).toMatchObject({ low: 200, high: 500 });
    expect(readVague(tokenize('thousands'), 0)).toMatchObject({ low: 2000, high: 9000 });
    expect(readVague(tokenize('tens of thousands'), 0)).toMatchObject({ low: 20000, high: 90000 });
    expect(readVague(tokenize('hundreds of thousands'), 0)).toMatchObject({ low: 200000, high: 900000 });
    expect(readVague(tokenize('dozens'), 0)).toMatchObject({ low: 24, high: 108 });
  });
});
