import { describe, expect, it } from 'vitest';
import { fold, haystack, parseQuery, words } from '../../src/search/normalize.ts';

describe('fold()', () => {
  it('lower-cases and drops accents, so "Sudža" and "SUDZA" meet', () => {
    expect(fold('Sudža')).toBe(fold('SUDZA'));
    expect(fold('Réservistes İstanbul')).toBe('reservistes istanbul');
  });

  it('joins thousands separators: comma, no-break space and thin space', () => {
    expect(fold('10,000 and 1,200,000')).toBe('10000 and 1200000');
    expect(fold('3\u00a0000, 3\u202f000, 3\u2009000')).toBe('3000, 3000, 3000');
  });

  it('leaves digits that are not a thousands group apart: decimals, lists, years', () => {
    expect(words('1.5 million')).toEqual(['1', '5', 'million']);
    expect(words('1,2 or 12,0000')).toEqual(['1', '2', 'or', '12', '0000']);
    expect(words('In 2024, 500 soldiers')).toEqual(['in', '2024', '500', 'soldiers']);
  });
});

describe('words() and haystack()', () => {
  it('cut at punctuation, hyphens and apostrophes', () => {
    expect(words('Kim Jong-un’s “troops”')).toEqual(['kim', 'jong', 'un', 's', 'troops']);
  });

  it('put a space around every word, so whole words and word starts can be found', () => {
    expect(haystack('More than 10,000!')).toBe(' more than 10000 ');
    expect(haystack('—')).toBe(' ');
  });
});

describe('parseQuery()', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('Budanov Kurs')).toEqual([
      { word: 'budanov', prefix: false },
      { word: 'kurs', prefix: true },
    ]);
  });

  it('treats every word as whole once a space follows the last', () => {
    expect(parseQuery('kursk ')).toEqual([{ word: 'kursk', prefix: false }]);
  });

  it('reads a figure with or without separators alike, even half typed', () => {
    expect(parseQuery('10,000')).toEqual(parseQuery('10000'));
    expect(parseQuery('10,0')).toEqual([{ word: '100', prefix: true }]);
  });

  it('drops common words unless nothing else is left', () => {
    expect(parseQuery('the pentagon ').map((t) => t.word)).toEqual(['pentagon']);
    expect(parseQuery('the ').map((t) => t.word)).toEqual(['the']);
  });

  it('gives no terms for an empty or punctuation-only query', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery(' “ ” ')).toEqual([]);
  });
});
