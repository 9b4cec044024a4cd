import type { Claim } from '../schemas/claim.ts';
import type { Reporter } from '../schemas/reporter.ts';
import type { Source } from '../schemas/source.ts';
import { MEASURES } from '../schemas/vocabulary.ts';
import { claimDate, newestFirst } from '../utils/dates.ts';
import { MEASURE_LABELS, MEASURE_SHORT } from '../utils/format.ts';
import { revealHidden } from '../utils/hidden-chars.ts';
import { claimGist, valueInWords } from '../utils/labels.ts';
import { countryName, kindLabel } from '../utils/reporters.ts';
import { sourceTitle } from '../utils/sources.ts';
import { INDEX_GLOBAL, type IndexClaim, type IndexReporter, type IndexSource, type SearchIndex } from './types.ts';

/**
 * What the index is built from: the site's own data (src/lib/site.ts), so search and pages agree.
 *
 * @example buildSearchIndex(await loadSite())
 */
export interface IndexInput {
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  reporters: ReadonlyMap<string, Reporter>;
}

/** An optional field: present only when it holds something, so empty values cost no bytes. */
function opt<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  const empty = value == null || value === '' || (Array.isArray(value) && value.length === 0);
  return empty ? {} : ({ [key]: value } as Record<K, V>);
}

function reporterEntry(r: Reporter): IndexReporter {
  // Registries often list the name itself among the aliases: store each text once.
  const named = new Set([r.name, r.short].map((n) => n.toLowerCase()));
  const aliases = r.aliases.filter((a) => !named.has(a.toLowerCase()));
  return {
    i: r.id,
    n: r.name,
    s: r.short,
    ...opt('a', aliases),
    c: countryName(r.country),
    k: kindLabel(r.kind),
    ...opt(
      'p',
      r.people.map((p) => p.name),
    ),
  };
}

function sourceEntry(s: Source): IndexSource {
  return { i: s.slug, t: sourceTitle(s), ...opt('o', s.outlet), ...opt('b', s.byline), ...opt('d', s.publishedOn) };
}

/**
 * The search index for a set of claims, sources and reporters: every one of each, claims newest
 * first, with the words the pages show (value in words, country and kind in words, titles).
 *
 * @example buildSearchIndex({ claims: [], sources: new Map(), reporters: new Map() }).c // []
 */
export function buildSearchIndex({ claims, sources, reporters }: IndexInput): SearchIndex {
  const sourceList = [...sources.values()];
  const reporterList = [...reporters.values()];
  const sourceAt = new Map(sourceList.map((s, n) => [s.slug, n]));
  const reporterAt = new Map(reporterList.map((r, n) => [r.id, n]));
  const sourceOf = (c: Claim) => {
    const at = sourceAt.get(c.source);
    if (at === undefined) throw new Error(`search index: claim ${c.id} names an unknown source ${c.source}`);
    return at;
  };
  const date = (c: Claim) => claimDate(c.statedOn, sources.get(c.source)?.publishedOn ?? null).date;
  const ordered = [...claims].sort((a, b) => newestFirst(date(a), date(b)) || a.id.localeCompare(b.id));
  return {
    v: 1,
    m: MEASURES.map((m) => [MEASURE_LABELS[m], MEASURE_SHORT[m]]),
    r: reporterList.map(reporterEntry),
    s: sourceList.map(sourceEntry),
    c: ordered.map((c): IndexClaim => ({
      i: c.id,
      q: revealHidden(c.quote),
      s: sourceOf(c),
      ...opt('r', c.reporter ? reporterAt.get(c.reporter.id) : null),
      ...opt('m', c.measure ? MEASURES.indexOf(c.measure) : null),
      v: c.kind === 'statement' ? claimGist(c) : valueInWords(c),
      ...opt('d', c.statedOn),
      ...opt('p', c.speaker),
    })),
  };
}

/**
 * The index as a classic script that sets one global: a `<script src>` loads it from file://, where
 * `fetch()` of a local JSON file fails. JSON is valid JavaScript (ES2019), and this file is never
 * inlined in HTML, so no further escaping is needed.
 *
 * @example searchIndexScript(index) // 'self.NK_SEARCH_INDEX={"v":1,…};\n'
 */
export function searchIndexScript(index: SearchIndex): string {
  return `self.${INDEX_GLOBAL}=${JSON.stringify(index)};\n`;
}
