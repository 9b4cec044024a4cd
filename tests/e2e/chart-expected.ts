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

/** Statements the timeline marks: the dated ones; casualties with the losses, the rest with the troops. */
const statements = claims.filter((c) => c.kind === 'statement' && c.stance !== null);
const statementGroup = (c: Claim): MeasureGroup => (c.about === 'casualties' ? 'losses' : 'troops');

/**
 * Ids of the marks a view should show: the group's estimates; on the timeline, or with an "as of"
 * date, only the dated ones up to that date; and on the timeline the group's dated statements too.
 */
export function expectedIds(view: 'range' | 'timeline', group: MeasureGroup, asOf?: string): string[] {
  const measures: readonly string[] = MEASURE_GROUPS[group];
  const dated = (c: Claim) => dateOf(c) !== null && (!asOf || dateOf(c)! <= asOf);
  const marked = view === 'timeline' ? statements.filter((c) => statementGroup(c) === group && dated(c)) : [];
  return [
    ...estimates.filter((c) => measures.includes(c.measure!) && (view === 'range' && !asOf ? true : dated(c))),
    ...marked,
  ]
    .map((c) => c.id)
    .sort();
}
