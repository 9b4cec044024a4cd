/**
 * The site's data, loaded once per build from the content collections and indexed for the pages:
 * claims in text order, sources, reporters, reviews and corrections by id, and each claim's date.
 */
import { getCollection } from 'astro:content';
import { readCorrections } from '../../scripts/lib/inputs.ts';
import { readReviews, type ReviewEntry } from '../../scripts/lib/reviews.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Correction } from '../schemas/correction.ts';
import type { Reporter } from '../schemas/reporter.ts';
import type { Source } from '../schemas/source.ts';
import { reports, type Cluster } from '../utils/cluster.ts';
import { comparer, type Comparable, type Comparison } from '../utils/consistency.ts';
import { claimDate, type ClaimDate } from '../utils/dates.ts';
import { AND } from '../utils/format.ts';
import { groupBy } from '../utils/group-by.ts';
import { resolveMoves } from '../utils/moves.ts';

/** A claim with its date, as comparisons and clusters return it. */
export interface Dated extends Comparable {
  claim: Claim;
}

export interface Site {
  /** Every claim, by source and then place in the text. */
  claims: Claim[];
  /** The same claims, each with its date (what comparisons and the disputes view read). */
  dated: Dated[];
  /**
   * One claim per report (utils/cluster.ts reports()): a figure repeated by several sources within
   * days counts once, by its first appearance. What summaries and counts read.
   */
  reported: Dated[];
  claim(id: string): Claim | undefined;
  /** A reporter's claims; `null` gives the unattributed ones. */
  claimsBy(reporter: string | null): Claim[];
  sources: Map<string, Source>;
  reporters: Map<string, Reporter>;
  reviews: Map<string, ReviewEntry>;
  corrections: Map<string, Correction>;
  /** Ids withdrawn by a correction (`notAClaim`) that no claim has: their pages say so. */
  withdrawn: [string, Correction][];
  /** Old ids whose claim moved to a new id (`movedTo`): their pages forward to the new address (a chain's end). */
  moved: [string, Correction & { movedTo: string }][];
  /** The old ids that forward to a claim, so its old anchors (`/sources/<slug>/#<old-id>`) still find it. */
  movedFrom(id: string): string[];
  /**
   * The corrections that took effect, for the public log: a withdrawal, a forward made, a claim's
   * fields corrected. Not those refused (the ingest reported each, with file and line) or naming no claim.
   */
  applied: Map<string, Correction>;
  /** statedOn, else the source's publication date, else unknown. */
  dateOf(c: Claim): ClaimDate;
  /** The reporter's short name; for a claim of several parties together, theirs ("…, jointly"); else "Unattributed". */
  who(c: Claim): string;
  comparison(c: Claim): Comparison<Dated>;
  /** The claim's report when other sources repeat it; null when it is the only appearance. */
  cluster(c: Claim): Cluster<Dated> | null;
}

async function load(): Promise<Site> {
  const [claimEntries, sourceEntries, reporterEntries] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('reporters'),
  ]);
  // The pipeline's reader, not a content collection: a bad review is reported by `npm run ingest`
  // (file and line) and left out, where a collection would stop the build with no line.
  const reviewEntries = readReviews(process.cwd()).reviews;
  const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
  const claims = claimEntries
    .map((e) => e.data)
    .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.id.localeCompare(b.id));
  const dateOf = (c: Claim) => claimDate(c.statedOn, sources.get(c.source)?.publishedOn ?? null);
  const comparables: Dated[] = claims.map((claim) => ({ claim, date: dateOf(claim).date }));
  const byId = new Map(comparables.map((c) => [c.claim.id, c]));
  const get = (c: Claim) => byId.get(c.id)!;
  // Comparisons only ever look within one measure and ±30 days, reports within one reporter's one
  // figure: index by those so a build stays linear in the number of claims rather than quadratic.
  // Comparisons are not kept: each lists hundreds of estimates at scale, and is asked for three times
  // at most (claims table, JSON-LD, comparison panel), each time in about a tenth of a millisecond.
  const compareTo = comparer(comparables);
  const reportOf = reports(comparables);
  const byReporter = groupBy(claims, (c) => c.reporter?.id ?? null);
  const reporters = new Map(reporterEntries.map((e) => [e.id, e.data]));
  // The pipeline's own reader (and schema): an empty file is no error, unlike an empty collection.
  const corrections = readCorrectionsOrNone();
  const withdrawn = new Map([...corrections].filter(([id, fix]) => fix.notAClaim && !byId.has(id)));
  // Moves refused (to itself, a cycle, an unknown id) were reported by the ingest with file and line.
  const { forwards } = resolveMoves(corrections, new Set(byId.keys()));
  const movedFrom = groupBy([...forwards], ([, to]) => to);
  for (const review of reviewEntries) {
    // A review of a withdrawn claim stays with it (the withdrawn page explains); any other is orphaned.
    if (!byId.has(review.id) && !corrections.get(review.id)?.notAClaim)
      console.warn(`warning: content/reviews/${review.id}.md: no claim has this id`);
  }
  return {
    claims,
    dated: comparables,
    reported: comparables.filter((c) => reportOf.get(c.claim.id)!.members[0] === c),
    claim: (id) => byId.get(id)?.claim,
    claimsBy: (reporter) => byReporter.get(reporter) ?? [],
    sources,
    reporters,
    reviews: new Map(reviewEntries.map((e) => [e.id, e])),
    corrections,
    withdrawn: [...withdrawn],
    moved: [...forwards].map(([id, to]) => [id, { ...corrections.get(id)!, movedTo: to }]),
    movedFrom: (id) => (movedFrom.get(id) ?? []).map(([old]) => old),
    applied: new Map(
      [...corrections].flatMap(([id, { movedTo, ...fix }]): [string, Correction][] => {
        if (withdrawn.has(id)) return [[id, { ...fix }]];
        const to = forwards.get(id);
        if (to) return [[id, { ...fix, movedTo: to }]];
        return byId.get(id)?.claim.status === 'corrected' ? [[id, fix]] : [];
      }),
    ),
    dateOf,
    who: (c) => {
      if (c.reporter) return reporters.get(c.reporter.id)?.short ?? c.reporter.name;
      // "U.S. and South Korean officials said": several parties together, none singled out.
      const parties = c.parties.map((id) => reporters.get(id)?.short ?? id);
      return parties.length ? `${AND.format(parties)} (jointly)` : 'Unattributed';
    },
    comparison: (c) => compareTo(get(c)),
    cluster: (c) => {
      const report = reportOf.get(c.id)!;
      return report.members.length > 1 ? report : null;
    },
  };
}

/**
 * content/corrections.yaml as the pipeline reads it. A malformed file, or a bad field of an entry,
 * has already been reported by `npm run ingest` (file and line), which then applied no corrections,
 * or the entry without that field: the pages do the same.
 */
function readCorrectionsOrNone(): Map<string, Correction> {
  try {
    return readCorrections(process.cwd()).value;
  } catch {
    return new Map();
  }
}

let cached: Promise<Site> | undefined;

/** The site's data; loaded on first call, shared by every page of the build. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
