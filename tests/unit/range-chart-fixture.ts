/** A handful of claims covering every kind of mark, shared by the range-chart unit tests. */
import type { Claim } from '../../src/schemas/claim.ts';
import type { Reporter } from '../../src/schemas/reporter.ts';
import type { Source } from '../../src/schemas/source.ts';
import { fakeEstimate, fakeSource } from '../../bench/chart-fixture.ts';
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

export const sources: Source[] = [
  fakeSource({ slug: 'dated', title: 'The Korea Daily story', outlet: 'The Korea Daily', publishedOn: '2024-12-04' }),
  fakeSource({ slug: 'undated' }),
];

let n = 0;
/** An estimate claim with the next test id; `reporterId` names a registry entry. */
export function claim(fields: Partial<Claim> & { reporterId?: string }): Claim {
  const { reporterId, ...rest } = fields;
  const r = registry.find((x) => x.id === reporterId);
  n += 1;
  return fakeEstimate({
    id: `c-test-${n}`,
    quote: `Quote ${n}.`,
    reporter: r ? { id: r.id, name: r.name, country: r.country } : null,
    ...rest,
  });
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
  claim({
    kind: 'statement',
    measure: null,
    qualifier: null,
    low: null,
    high: null,
    stance: 'denies',
    about: 'presence',
  }),
];

/** The fixture as chart data. */
export const data = prepareChartData(claims, sources, registry);
