import { describe, expect, it } from 'vitest';
import { locate, valueProblems, type Article, type GoldFigure } from '../eval/lib/labels.ts';
import { dateAccuracy, match, prf, scoreArticle, speakerRight, type Predicted } from '../eval/lib/score.ts';

const TEXT = 'About 300 died, the NIS said. Kyiv said 11,000 were sent. Headline: 300 dead.';

const gold = (over: Partial<GoldFigure>): GoldFigure => ({
  at: '',
  number: '',
  measure: 'killed',
  low: 300,
  high: 300,
  qualifier: 'approx',
  reporter: 'kr-nis',
  speaker: null,
  statedOn: null,
  tags: [],
  also: [],
  parties: [],
  start: 6,
  end: 9,
  alsoAt: [],
  ...over,
});

const predicted = (over: Partial<Predicted>): Predicted => ({
  kind: 'estimate',
  start: 0,
  end: 29,
  measure: 'killed',
  low: 300,
  high: 300,
  qualifier: 'approx',
  reporter: { id: 'kr-nis' },
  speaker: null,
  statedOn: null,
  ...over,
});

const article = (figures: GoldFigure[]): Article => ({
  stem: 't',
  split: 'dev',
  file: 't.txt',
  text: TEXT,
  words: 14,
  labels: { form: 'wire', publishedOn: null, sources: [], figures: [], distractors: [] },
  figures,
  distractors: [{ start: 40, end: 46, why: 'other', number: '11,000' }],
});

describe('locate()', () => {
  it('finds the figure inside its unique snippet', () => {
    expect(locate(TEXT, 'About 300 died', '300')).toEqual({ start: 6, end: 9 });
  });
  it('refuses a snippet that is not unique, or absent', () => {
    expect(locate(TEXT, '300', '300')).toMatch(/not unique/);
    expect(locate(TEXT, 'About 400', '400')).toMatch(/not in the article/);
  });
});

describe('valueProblems()', () => {
  it('asks open bounds of at-least and at-most, and both of a range', () => {
    expect(valueProblems({ low: 10, high: null, qualifier: 'at-least' })).toEqual([]);
    expect(valueProblems({ low: 10, high: 10, qualifier: 'at-least' })).toHaveLength(1);
    expect(valueProblems({ low: null, high: 5, qualifier: 'range' })).toHaveLength(1);
    expect(valueProblems({ low: 5, high: 5, qualifier: 'range' })).toHaveLength(1);
  });
});

describe('match()', () => {
  it('pairs a prediction with the figure its quote covers and whose bounds it has', () => {
    const g = gold({});
    expect(match([g], [predicted({})], 'strict').get(g)).toBeDefined();
    expect(match([g], [predicted({ high: null })], 'value').size).toBe(0);
    expect(match([g], [predicted({ start: 30, end: 57 })], 'value').size).toBe(0);
  });
  it('needs the measure at the measure level, and the reporter too at the strict level', () => {
    const g = gold({});
    const p = predicted({ reporter: { id: 'ua-gov' } });
    expect(match([g], [p], 'measure').size).toBe(1);
    expect(match([g], [p], 'strict').size).toBe(0);
    expect(match([g], [predicted({ measure: 'casualties' })], 'measure').size).toBe(0);
  });
  it('compares a multi-party attribution by its parties, never one of them', () => {
    const g = gold({ reporter: null, parties: ['us-officials', 'kr-officials'] });
    expect(match([g], [predicted({ reporter: null, parties: ['kr-officials', 'us-officials'] })], 'strict').size).toBe(
      1,
    );
    expect(match([g], [predicted({ reporter: { id: 'us-officials' } })], 'strict').size).toBe(0);
  });
  it('matches a repeat only once: the second report of one figure is a false positive', () => {
    const g = gold({ alsoAt: [68] });
    const body = predicted({});
    const headline = predicted({ start: 58, end: 78 });
    const pairs = match([g], [headline, body], 'value');
    expect(pairs.get(g)).toBe(body);
    const { counts } = scoreArticle(article([g]), [headline, body]);
    expect(counts.tp.value).toBe(1);
    expect(counts.predicted).toBe(2);
    expect(prf(counts, 'value').precision).toBe(0.5);
  });
});

describe('scoreArticle()', () => {
  it('counts statement dates over the figures found, and distractors read as estimates', () => {
    const g = gold({ statedOn: '2025-01-13' });
    const stray = predicted({ start: 30, end: 57, low: 11000, high: 11000, measure: 'deployed' });
    const { counts } = scoreArticle(article([g]), [predicted({ statedOn: '2025-01-13' }), stray]);
    expect(dateAccuracy(counts)).toBe(1);
    expect(counts.distractorsHit).toBe(1);
    expect(prf(counts, 'strict')).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
  it('ignores statements', () => {
    const { counts } = scoreArticle(article([gold({})]), [predicted({ kind: 'statement' })]);
    expect(counts.predicted).toBe(0);
  });
});

describe('speakerRight()', () => {
  it('compares surnames, accents and case aside', () => {
    expect(speakerRight('Kyrylo Budanov', 'Budanov')).toBe(true);
    expect(speakerRight('Lee Seong-kweun', 'Park Sun-won')).toBe(false);
    expect(speakerRight(null, null)).toBe(true);
    expect(speakerRight(null, 'Budanov')).toBe(false);
  });
});
