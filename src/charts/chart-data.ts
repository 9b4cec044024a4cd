import type { Claim } from '../schemas/claim.ts';
import type { Reporter } from '../schemas/reporter.ts';
import type { Source } from '../schemas/source.ts';
import { reports } from '../utils/cluster.ts';
import { claimDate } from '../utils/dates.ts';
import { describeValue, formatDate } from '../utils/format.ts';
import { revealHidden } from '../utils/hidden-chars.ts';
import { statementSentence } from '../utils/labels.ts';
import { DATA_GLOBAL, type ChartClaim, type ChartData, type ChartReporter, type ChartStatement } from './types.ts';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country heading. @example countryName('KR') // 'South Korea' */
export function countryName(code: string): string {
  return code === 'INT' ? 'International' : (regions.of(code) ?? code);
}

function datesText(statedOn: string | null, publishedOn: string | null): string {
  const parts = [];
  if (statedOn) parts.push(`stated ${formatDate(statedOn)}`);
  if (publishedOn) parts.push(`published ${formatDate(publishedOn)}`);
  return parts.length ? parts.join(', ') : 'no date given';
}

/**
 * The chart's data from the claims, sources and reporter collections: numeric estimates, dated by
 * `statedOn`, else the source's `publishedOn`, else left undated, one mark per report (a figure
 * repeated by several sources is drawn once, at its first appearance: utils/cluster.ts); and the
 * dated statements, which the timeline marks.
 *
 * @example
 * prepareChartData(claims, sources, registry).claims[0]
 * // { id: 'c-upto-12000-ab492273f3', measure: 'deployed', qualifier: 'at-most', low: null, high: 12000,
 * //   who: 'Ukraine HUR', value: 'up to 12,000', when: 'undated', … }
 */
export function prepareChartData(claims: Claim[], sources: Source[], registry: Reporter[]): ChartData {
  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
  const registryById = new Map(registry.map((r) => [r.id, r]));
  const reporters: Record<string, ChartReporter> = {};
  const out: ChartClaim[] = [];
  const statements: ChartStatement[] = [];
  const dated = claims.map((claim) => ({
    claim,
    date: claimDate(claim.statedOn, sourceBySlug.get(claim.source)?.publishedOn ?? null).date,
  }));
  const reportOf = reports(dated);
  for (const { claim: c, date } of dated) {
    const source = sourceBySlug.get(c.source);
    const publishedOn = source?.publishedOn ?? null;
    const report = reportOf.get(c.id)!;
    if (report.members[0]!.claim !== c) continue;
    if (c.kind === 'statement' && c.stance && date) {
      const who = c.reporter ? (registryById.get(c.reporter.id)?.short ?? c.reporter.name) : 'Several parties';
      statements.push({
        id: c.id,
        stance: c.stance,
        about: c.about ?? 'other',
        group: c.about === 'casualties' ? 'losses' : 'troops',
        date,
        text: statementSentence(who, c.stance, c.about),
        when: formatDate(date),
      });
    }
    if (c.kind !== 'estimate' || !c.measure || !c.qualifier || (c.low === null && c.high === null)) continue;
    const entry = c.reporter ? registryById.get(c.reporter.id) : undefined;
    if (c.reporter) {
      const country = entry?.country ?? c.reporter.country;
      reporters[c.reporter.id] = { short: entry?.short ?? c.reporter.name, country, countryName: countryName(country) };
    }
    out.push({
      id: c.id,
      measure: c.measure,
      qualifier: c.qualifier,
      low: c.low,
      high: c.high,
      reporter: c.reporter?.id ?? null,
      outlet: source?.outlet ?? null,
      date,
      who: c.reporter ? (entry?.short ?? c.reporter.name) : 'Unattributed',
      value: describeValue(c),
      when: date ? formatDate(date) : 'undated',
      quote: revealHidden(c.quote),
      reporterName: c.reporter?.name ?? null,
      speaker: c.speaker,
      dates: datesText(c.statedOn, publishedOn),
      source: c.source,
      sourceTitle: source?.title ?? source?.outlet ?? c.source,
      alsoIn: report.members.length - 1,
    });
  }
  statements.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { claims: out, reporters, statements };
}

/**
 * The chart's data as a classic script setting one global (`DATA_GLOBAL`), which the chart script
 * loads when it starts. `<` is escaped so no quote in the data can end a script element.
 *
 * @example chartDataScript(data) // 'self.NK_CHART_DATA={"claims":[…],…};\n'
 */
export function chartDataScript(data: ChartData): string {
  return `self.${DATA_GLOBAL}=${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}
