/**
 * What the chart should show, worked out from the generated data directly (not through
 * src/charts/), for the chart's browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Claim } from '../../src/schemas/claim.ts';
import { MEASURE_GROUPS, type MeasureGroup } from '../../src/schemas/vocabulary.ts';

const root = new URL('../../', import.meta.url);
const claims: Claim[] = JSON.parse(readFileSync(new URL('src/data/claims.json', root), 'utf8')).claims;
const sourcesDir = new URL('src/content/sources/', root);
const published = new Map<string, string | null>(
  readdirSync(sourcesDir).map((file) => {
    const front = parse(readFileSync(new URL(file, sourcesDir), 'utf8').split(/^---$/m)[1]!);
    return [front.slug, front.publishedOn];
  }),
);

/** Every numeric estimate: a claim of kind `estimate` with at least one bound. */
export const estimates = claims.filter((c) => c.kind === 'estimate' && (c.low !== null || c.high !== null));

/** A claim's chart date: when stated, else when its source was published. */
export const dateOf = (c: Claim) => c.statedOn ?? published.get(c.source) ?? null;

/**
 * The estimates the chart draws, one per report, worked out again here: a named reporter's same
 * figure (measure, low and high) is one report while each appearance is dated within 14 days of the
 * one before; it is drawn by its earliest appearance (the source's slug breaks a tie), and an
 * undated appearance joins the earliest report. An unattributed figure is always its own.
 */
function onePerReport(list: Claim[]): Claim[] {
  const drawn: Claim[] = [];
  const figures = new Map<string, Claim[]>();
  for (const c of list) {
    if (!c.reporter) drawn.push(c);
    else {
      const key = [c.reporter.id, c.measure, c.low, c.high].join('|');
      figures.set(key, [...(figures.get(key) ?? []), c]);
    }
  }
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  for (const same of figures.values()) {
    const dated = same
      .filter((c) => dateOf(c) !== null)
      .sort((a, b) => dateOf(a)!.localeCompare(dateOf(b)!) || a.source.localeCompare(b.source));
    if (dated.length === 0) {
      drawn.push([...same].sort((a, b) => a.source.localeCompare(b.source))[0]!);
      continue;
    }
    dated.forEach((c, k) => {
      if (k === 0 || day(dateOf(c)!) - day(dateOf(dated[k - 1]!)!) > 14) drawn.push(c);
    });
  }
  return drawn;
}

/** The estimates drawn: one per report. */
export const drawn = onePerReport(estimates);

/** Statements the timeline marks: the dated ones; casualties with the losses, the rest with the troops. */
const statements = claims.filter((c) => c.kind === 'statement' && c.stance !== null);
const statementGroup = (c: Claim): MeasureGroup => (c.about === 'casualties' ? 'losses' : 'troops');

/**
 * Ids of the marks a view should show: the group's estimates, one per report; on the timeline, or with an "as of"
 * date, only the dated ones up to that date; and on the timeline the group's dated statements too.
 */
export function expectedIds(view: 'range' | 'timeline', group: MeasureGroup, asOf?: string): string[] {
  const measures: readonly string[] = MEASURE_GROUPS[group];
  const dated = (c: Claim) => dateOf(c) !== null && (!asOf || dateOf(c)! <= asOf);
  const marked = view === 'timeline' ? statements.filter((c) => statementGroup(c) === group && dated(c)) : [];
  return [
    ...drawn.filter((c) => measures.includes(c.measure!) && (view === 'range' && !asOf ? true : dated(c))),
    ...marked,
  ]
    .map((c) => c.id)
    .sort();
}

/**
 * The estimates the static (no-JavaScript) chart marks: of the drawn troop estimates, each
 * reporter's (the unattributed as one) newest; an undated one only when none of that reporter's is
 * dated; the smaller id breaks a tie.
 */
export const newestPerReporter: Claim[] = [
  ...drawn
    .filter((c) => (MEASURE_GROUPS.troops as readonly string[]).includes(c.measure!))
    .reduce((newest, c) => {
      const key = c.reporter?.id ?? '';
      const kept = newest.get(key);
      const [a, b] = [dateOf(c), kept ? dateOf(kept) : null];
      const newer = !kept || (a === b ? c.id < kept.id : b === null || (a !== null && a > b));
      return newer ? newest.set(key, c) : newest;
    }, new Map<string, Claim>())
    .values(),
];
