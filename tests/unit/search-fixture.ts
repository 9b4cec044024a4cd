/** A small index covering what search must handle: aliases, people, accents, figures, dates, statements. */
import type { Reporter } from '../../src/schemas/reporter.ts';
import { fakeEstimate, fakeSource } from '../../bench/chart-fixture.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { rank } from '../../src/search/match.ts';
import { parseQuery } from '../../src/search/normalize.ts';
import { searchRecords } from '../../src/search/records.ts';

const reporter = (fields: Pick<Reporter, 'id' | 'name' | 'short'> & Partial<Reporter>): Reporter => ({
  country: 'UA',
  kind: 'intelligence-agency',
  aliases: [],
  people: [],
  ...fields,
});

export const reporters = [
  reporter({
    id: 'ua-hur',
    name: 'Main Intelligence Directorate of Ukraine (HUR)',
    short: 'Ukraine HUR',
    aliases: ['HUR', 'GUR', 'Ukraine HUR'],
    people: [{ name: 'Kyrylo Budanov', aliases: ['Budanov'], role: 'chief' }],
  }),
  reporter({
    id: 'kr-nis',
    name: 'National Intelligence Service',
    short: 'South Korea NIS',
    country: 'KR',
    aliases: ['NIS'],
  }),
  reporter({ id: 'ru-kremlin', name: 'The Kremlin', short: 'Kremlin', country: 'RU', kind: 'head-of-state' }),
];

export const sources = [
  fakeSource({
    slug: 'yonhap-kursk',
    title: 'Troops reach Kursk',
    outlet: 'Yonhap',
    byline: 'Kim Min-young',
    publishedOn: '2024-12-04',
  }),
  fakeSource({
    slug: 'reuters-seoul',
    title: 'Seoul says more than 10,000 in Russia',
    outlet: 'Reuters',
    publishedOn: '2024-10-30',
  }),
  fakeSource({ slug: 'undated' }),
];

export const claims = [
  fakeEstimate({
    id: 'c-upto-12000',
    quote: 'Budanov said up to 12,000 soldiers could move to Kursk, near Sudža.',
    reporter: { id: 'ua-hur', name: reporters[0]!.name, country: 'UA' },
    speaker: 'Kyrylo Budanov',
    qualifier: 'at-most',
    low: null,
    high: 12000,
    source: 'yonhap-kursk',
  }),
  fakeEstimate({
    id: 'c-10000-plus',
    quote: 'The spy agency said more than 10,000 North Korean troops were sent to Russia.',
    reporter: { id: 'kr-nis', name: reporters[1]!.name, country: 'KR' },
    qualifier: 'at-least',
    low: 10000,
    high: null,
    statedOn: '2024-10-30',
    source: 'reuters-seoul',
  }),
  fakeEstimate({
    id: 'c-3000-killed',
    quote: 'Officials citing HUR data said 3\u202f000 were killed.',
    measure: 'killed',
    low: 3000,
    high: 3000,
    source: 'undated',
  }),
  fakeEstimate({
    id: 'c-denial',
    kind: 'statement',
    quote: 'Peskov called the reports a hoax.',
    reporter: { id: 'ru-kremlin', name: 'The Kremlin', country: 'RU' },
    stance: 'denies',
    about: 'presence',
    measure: null,
    qualifier: null,
    low: null,
    high: null,
    source: 'undated',
  }),
];

export const index = buildSearchIndex({
  claims,
  sources: new Map(sources.map((s) => [s.slug, s])),
  reporters: new Map(reporters.map((r) => [r.id, r])),
});

const records = searchRecords(index);

/**
 * What a query finds, best first, as `type:id`.
 *
 * @example find('budanov')[0] // 'reporter:ua-hur'
 */
export function find(query: string): string[] {
  return rank(records, parseQuery(query)).map((r) => {
    const table = r.type === 'claim' ? index.c : r.type === 'source' ? index.s : index.r;
    return `${r.type}:${table[r.at]!.i}`;
  });
}
