import { describe, expect, it } from 'vitest';
import { rank, score, termMatch } from '../../src/search/match.ts';
import { find } from './search-fixture.ts';

const whole = (word: string) => ({ word, prefix: false });
const typing = (word: string) => ({ word, prefix: true });

describe('termMatch()', () => {
  it('finds a whole word, a plural or singular, and a word start only for the word being typed', () => {
    expect(termMatch(' up to 12000 troops ', whole('troops'))).toBe(3);
    expect(termMatch(' up to 12000 troops ', whole('troop'))).toBe(2);
    expect(termMatch(' one troop ', whole('troops'))).toBe(2);
    expect(termMatch(' kyrylo budanov ', typing('budan'))).toBe(1);
    expect(termMatch(' kyrylo budanov ', whole('budan'))).toBe(0);
    expect(termMatch(' kyrylo budanov ', typing('udanov'))).toBe(0);
  });
});

describe('score() and rank()', () => {
  it('needs every term to match some field', () => {
    const fields = [{ hay: ' ukraine hur ', weight: 3 }];
    expect(score(fields, [whole('hur'), whole('ukraine')])).toBeGreaterThan(0);
    expect(score(fields, [whole('hur'), whole('kremlin')])).toBe(0);
  });

  it('ranks a title hit above a quote hit, and equals in their given order', () => {
    const quote = { fields: [{ hay: ' kursk ', weight: 1 }], order: 0 };
    const title = { fields: [{ hay: ' kursk ', weight: 3 }], order: 1 };
    const later = { fields: [{ hay: ' kursk ', weight: 3 }], order: 2 };
    expect(rank([later, quote, title], [whole('kursk')])).toEqual([title, later, quote]);
  });

  it('finds nothing for no terms', () => {
    expect(rank([{ fields: [{ hay: ' a ', weight: 1 }], order: 0 }], [])).toEqual([]);
  });
});

describe('searching the index', () => {
  it('finds a reporter by name, short name, alias or spokesperson, and ranks it above its claims', () => {
    expect(find('GUR')).toEqual(['reporter:ua-hur', 'claim:c-upto-12000']);
    expect(find('south korea nis')[0]).toBe('reporter:kr-nis');
    expect(find('budanov')).toEqual(['reporter:ua-hur', 'claim:c-upto-12000']);
  });

  it('ranks claims by a reporter above a claim that only quotes its name', () => {
    expect(find('hur')).toEqual(['reporter:ua-hur', 'claim:c-upto-12000', 'claim:c-3000-killed']);
  });

  it('matches figures with or without thousands separators, in quotes and in values', () => {
    expect(find('10000')).toEqual(['source:reuters-seoul', 'claim:c-10000-plus']);
    expect(find('10,000')).toEqual(find('10000'));
    expect(find('3000 killed')).toEqual(['claim:c-3000-killed']);
    expect(find('12000')).toEqual(['claim:c-upto-12000']);
  });

  it('matches the figure in words and the measure', () => {
    expect(find('more than 10000 sent to russia')).toEqual(['claim:c-10000-plus']);
    expect(find('up to 12,000 troops')).toEqual(['claim:c-upto-12000']);
  });

  it('ignores case and accents', () => {
    expect(find('SUDZA')).toEqual(['claim:c-upto-12000']);
    expect(find('sudža')).toEqual(find('sudza'));
  });

  it('requires every word (AND), the last as a prefix while typing', () => {
    expect(find('budanov kurs')).toEqual(['claim:c-upto-12000']);
    expect(find('budan')).toEqual(['reporter:ua-hur', 'claim:c-upto-12000']);
    expect(find('budan kursk')).toEqual([]);
    expect(find('budanov hoax')).toEqual([]);
  });

  it('finds a claim by its date, stated or its source’s, in ISO or in words', () => {
    expect(find('30 Oct 2024')).toEqual(['source:reuters-seoul', 'claim:c-10000-plus']);
    expect(find('2024-12-04').sort()).toEqual(['claim:c-upto-12000', 'source:yonhap-kursk']);
    expect(find('december 2024').sort()).toEqual(['claim:c-upto-12000', 'source:yonhap-kursk']);
  });

  it('finds sources by title, outlet and byline, and claims by their outlet', () => {
    expect(find('yonhap')).toEqual(['source:yonhap-kursk', 'claim:c-upto-12000']);
    expect(find('min-young')).toEqual(['source:yonhap-kursk']);
  });

  it('finds a statement by its stance, and a reporter by country and kind', () => {
    expect(find('kremlin denies')).toEqual(['claim:c-denial']);
    expect(find('russia head of state')).toEqual(['reporter:ru-kremlin']);
  });
});
