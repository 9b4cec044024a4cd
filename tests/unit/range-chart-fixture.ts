/** A handful of claims covering every kind of mark, shared by the range-chart unit tests. */
import type { Claim } from '../../src/schemas/claim.ts';
import type { Reporter } from '../../src/schemas/reporter.ts';
import type { Source } from '../../src/schemas/source.ts';
import { prepareChartData } from '../../src/charts/chart-data.ts';

const reporter = (id: string, short: string, country: string): Reporter => ({
  id,
  name: `${short} (full name)`,
  short,
  country,
  kind: 'intelligence-agency',
  aliases: [],
  people: [],
});

export const registry: Reporter[] = [
  reporter('ua-hur', 'Ukraine HUR', 'UA'),
  reporter('ua-general-staff', 'Ukraine General Staff', 'UA'),
  reporter('us-state', 'State Department', 'US'),
  reporter('kr-nis', 'South Korea NIS', 'KR'),
];

const source = (slug: string, outlet: string | null, publishedOn: string | null): Source => ({
  slug,
  title: outlet && `${outlet} story`,
  titleFrom: null,
  outlet,
  url: null,
  byline: null,
  publishedOn,
  publishedOnFrom: null,
  language: 'en',
  languageFrom: 'detected',
  sha256: '0'.repeat(64),
  bytes: 0,
  claimIds: [],
  dropped: [],
});

export const sources: Source[] = [source('dated', 'The Korea Daily', '2024-12-04'), source('undated', null, null)];

let n = 0;
/** An estimate claim; everything not given is a plain undated, unattributed one. */
export function claim(fields: Partial<Claim> & { reporterId?: string }): Claim {
  const { reporterId, ...rest } = fields;
  const r = registry.find((x) => x.id === reporterId);
  n += 1;
  return {
    id: `c-test-${n}`,
    kind: 'estimate',
    quote: `Quote ${n}.`,
    start: 0,
    end: 1,
    measure: 'deployed',
    low: 1000,
    high: 1000,
    qualifier: 'exact',
    reporter: r ? { id: r.id, name: r.name, country: r.country } : null,
    speaker: null,
    statedOn: null,
    source: 'undated',
    numberText: null,
    statedOnText: null,
    stance: null,
    attribution: null,
    repeats: [],
    status: 'machine',
    note: null,
    ...rest,
  };
}

export const claims: Claim[] = [
  claim({ reporterId: 'ua-hur', qualifier: 'at-most', low: null, high: 12000 }),
  claim({ reporterId: 'ua-hur', measure: 'combat', low: 2000, high: 2000, statedOn: '2024-12-03', source: 'dated' }),
  claim({
    reporterId: 'ua-general-staff',
    measure: 'front',
    qualifier: 'at-least',
    low: 11000,
    high: null,
    source: 'dated',
  }),
  claim({ reporterId: 'ua-hur', measure: 'training', qualifier: 'vague', low: 3000, high: 9000 }),
  claim({ qualifier: 'approx', low: 11000, high: 11000, quote: 'About <b>11,000</b> "troops" & more.' }),
  claim({
    reporterId: 'us-state',
    measure: 'front',
    qualifier: 'range',
    low: 10000,
    high: 12000,
    statedOn: '2024-11-05',
  }),
  claim({ reporterId: 'kr-nis', measure: 'casualties', qualifier: 'at-least', low: 3000, high: null }),
  claim({ reporterId: 'ua-hur', measure: 'generals', low: 3, high: 3 }),
  claim({ measure: 'other', low: 1200000, high: 1200000 }),
  claim({ kind: 'statement', measure: null, qualifier: null, low: null, high: null, stance: 'denies' }),
];

/** The fixture as chart data. */
export const data = prepareChartData(claims, sources, registry);
