import { describe, expect, test } from 'vitest';
import { countryName, prepareChartData } from '../../src/charts/chart-data.ts';
import { claim, claims, data, registry, sources } from './range-chart-fixture.ts';

describe('prepareChartData()', () => {
  test('keeps numeric estimates and drops statements', () => {
    expect(data.claims).toHaveLength(claims.filter((c) => c.kind === 'estimate').length);
    expect(data.claims.every((c) => c.low !== null || c.high !== null)).toBe(true);
  });

  test('drops an estimate that has no number at all', () => {
    const empty = claim({ low: null, high: null });
    expect(prepareChartData([empty], sources, registry).claims).toEqual([]);
  });

  test('dates a claim by statedOn, else by its source publishedOn, else leaves it undated', () => {
    const [stated, published, undated] = [data.claims[1]!, data.claims[2]!, data.claims[0]!];
    expect([stated.date, stated.dates]).toEqual(['2024-12-03', 'stated 3 Dec 2024, published 4 Dec 2024']);
    expect([published.date, published.when]).toEqual(['2024-12-04', '4 Dec 2024']);
    expect([undated.date, undated.when, undated.dates]).toEqual([null, 'undated', 'no date given']);
  });

  test('names the unattributed "Unattributed" and keeps the outlet of the source', () => {
    const unattributed = data.claims[4]!;
    expect([unattributed.reporter, unattributed.who, unattributed.outlet]).toEqual([null, 'Unattributed', null]);
    expect(data.claims[1]!.outlet).toBe('The Korea Daily');
  });

  test('describes the figure in words and lists the reporters with their country', () => {
    expect(data.claims.map((c) => c.value).slice(0, 4)).toEqual([
      'up to 12,000',
      '2,000',
      'more than 11,000',
      'a vague quantity, read as 3,000 to 9,000',
    ]);
    expect(data.reporters['ua-hur']).toEqual({ short: 'Ukraine HUR', country: 'UA', countryName: 'Ukraine' });
  });

  test('countryName() names international bodies "International"', () => {
    expect([countryName('KR'), countryName('INT')]).toEqual(['South Korea', 'International']);
  });
});
