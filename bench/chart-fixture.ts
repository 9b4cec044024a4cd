/**
 * Synthetic claims for the chart benchmark: any number, deterministic (seeded), shaped like the
 * real data (every measure and qualifier, unattributed and undated claims, outlets with and without
 * names), run through the same `prepareChartData` as the site.
 */
import type { Claim } from '../src/schemas/claim.ts';
import type { Reporter } from '../src/schemas/reporter.ts';
import type { Source } from '../src/schemas/source.ts';
import { MEASURES, QUALIFIERS, type Measure } from '../src/schemas/vocabulary.ts';
import { prepareChartData } from '../src/charts/chart-data.ts';
import type { ChartData } from '../src/charts/types.ts';
import { createRandom } from './lib/random.ts';

const SPANS: Record<Measure, [number, number]> = {
  deployed: [8000, 15000],
  front: [2000, 12000],
  combat: [1000, 11000],
  training: [1000, 10000],
  reserve: [2000, 9000],
  casualties: [1000, 6000],
  killed: [100, 4000],
  wounded: [200, 5000],
  captured: [1, 10],
  officers: [100, 600],
  generals: [1, 5],
  laborers: [100, 6000],
  other: [1000, 1200000],
};
const OUTLETS = ['Yonhap', 'Reuters', 'BBC', 'Kyiv Independent', 'Korea JoongAng Daily', 'The Korea Daily', 'CNN'];
const START = Date.parse('2024-10-01');
const DAYS = 365;

/** A source with only what the chart reads; everything else empty. @example fakeSource({ slug: 'a' }).outlet // null */
export function fakeSource(fields: Pick<Source, 'slug'> & Partial<Source>): Source {
  return {
    file: `${fields.slug}.txt`,
    format: 'text',
    encoding: 'utf-8',
    title: null,
    titleFrom: null,
    outlet: null,
    outletFrom: null,
    url: null,
    urlFrom: null,
    byline: null,
    bylineFrom: null,
    publishedOn: null,
    publishedOnFrom: null,
    markup: null,
    publishedOnInferred: false,
    basis: null,
    language: 'en',
    languageFrom: 'detected',
    sha256: '0'.repeat(64),
    bytes: 0,
    extracted: null,
    claimIds: [],
    dropped: [],
    captions: [],
    ...fields,
  };
}

/**
 * An estimate claim: by default an exact, undated, unattributed count of 1,000 troops in Russia.
 *
 * @example fakeEstimate({ id: 'c-x', qualifier: 'at-least', high: null }).low // 1000
 */
export function fakeEstimate(fields: Pick<Claim, 'id'> & Partial<Claim>): Claim {
  return {
    kind: 'estimate',
    quote: `Quote of ${fields.id}.`,
    start: 0,
    end: 1,
    measure: 'deployed',
    low: 1000,
    high: 1000,
    qualifier: 'exact',
    reporter: null,
    speaker: null,
    statedOn: null,
    source: 'undated',
    numberText: null,
    statedOnText: null,
    stance: null,
    about: null,
    attribution: null,
    repeats: [],
    status: 'machine',
    note: null,
    parties: [],
    reporterInferred: false,
    ...fields,
  };
}

/**
 * `n` synthetic estimates and their sources (five claims a source).
 *
 * @example syntheticClaims(10000, registry).sources.length // 2000
 */
export function syntheticClaims(n: number, registry: Reporter[], seed = 4): { claims: Claim[]; sources: Source[] } {
  const rnd = createRandom(seed);
  const { pick } = rnd;
  const day = () => new Date(START + Math.floor(rnd.next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const sources = Array.from({ length: Math.max(1, Math.ceil(n / 5)) }, (_, i) =>
    fakeSource({
      slug: `synthetic-${i}`,
      title: rnd.next() < 0.8 ? `Synthetic article ${i}` : null,
      outlet: rnd.next() < 0.7 ? pick(OUTLETS) : null,
      publishedOn: rnd.next() < 0.6 ? day() : null,
    }),
  );
  const claims = Array.from({ length: n }, (_, i) => {
    const measure = pick(MEASURES);
    const qualifier = pick(QUALIFIERS);
    const [min, max] = SPANS[measure];
    const value = Math.round(min * (max / min) ** rnd.next());
    const upper = Math.round(value * (1.2 + rnd.next()));
    const reporter = rnd.next() < 0.1 ? null : pick(registry);
    return fakeEstimate({
      id: `c-synthetic-${i}`,
      quote: `Reporter ${reporter?.short ?? 'unknown'} said ${value} North Korean soldiers were counted (${i}).`,
      measure,
      low: qualifier === 'at-most' ? null : value,
      high: qualifier === 'at-least' ? null : qualifier === 'range' || qualifier === 'vague' ? upper : value,
      qualifier,
      reporter: reporter && { id: reporter.id, name: reporter.name, country: reporter.country },
      speaker: rnd.next() < 0.3 ? 'A. Spokesperson' : null,
      statedOn: rnd.next() < 0.5 ? day() : null,
      source: `synthetic-${Math.floor(i / 5)}`,
      numberText: String(value),
    });
  });
  return { claims, sources };
}

/**
 * `n` synthetic estimates as chart data.
 *
 * @example syntheticChartData(10000, registry).claims.length // 10000
 */
export function syntheticChartData(n: number, registry: Reporter[], seed = 4): ChartData {
  const { claims, sources } = syntheticClaims(n, registry, seed);
  return prepareChartData(claims, sources, registry);
}
