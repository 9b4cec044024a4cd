/**
 * The site's data, loaded once per build from the content collections and indexed for the pages:
 * claims in text order, sources, reporters, reviews and corrections by id, and each claim's date.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readCorrections } from '../../scripts/lib/inputs.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Correction } from '../schemas/correction.ts';
import type { Reporter } from '../schemas/reporter.ts';
import type { Source } from '../schemas/source.ts';
import { alsoReported, type Cluster } from '../utils/cluster.ts';
import { compare, type Comparable, type Comparison } from '../utils/consistency.ts';
import { claimDate, type ClaimDate } from '../utils/dates.ts';

/** A claim with its date, as comparisons and clusters return it. */
export interface Dated extends Comparable {
  claim: Claim;
}

export interface Site {
  claims: Claim[];
  sources: Map<string, Source>;
  reporters: Map<string, Reporter>;
  reviews: Map<string, CollectionEntry<'reviews'>>;
  corrections: Map<string, Correction>;
  /** statedOn, else the source's publication date, else unknown. */
  dateOf(c: Claim): ClaimDate;
  /** The reporter's short name, or "Unattributed". */
  who(c: Claim): string;
  comparison(c: Claim): Comparison<Dated>;
  cluster(c: Claim): Cluster<Dated> | null;
}

async function load(): Promise<Site> {
  const [claimEntries, sourceEntries, reporterEntries, reviewEntries] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('reporters'),
    getCollection('reviews'),
  ]);
  const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
  const claims = claimEntries
    .map((e) => e.data)
    .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.id.localeCompare(b.id));
  const dateOf = (c: Claim) => claimDate(c.statedOn, sources.get(c.source)?.publishedOn ?? null);
  const comparables: Dated[] = claims.map((claim) => ({ claim, date: dateOf(claim).date }));
  const byId = new Map(comparables.map((c) => [c.claim.id, c]));
  const get = (c: Claim) => byId.get(c.id)!;
  const reporters = new Map(reporterEntries.map((e) => [e.id, e.data]));
  return {
    claims,
    sources,
    reporters,
    reviews: new Map(reviewEntries.map((e) => [e.id, e])),
    // The pipeline's own reader (and schema): an empty file is no error, unlike an empty collection.
    corrections: readCorrections(process.cwd()),
    dateOf,
    who: (c) => (c.reporter ? (reporters.get(c.reporter.id)?.short ?? c.reporter.name) : 'Unattributed'),
    comparison: (c) => compare(get(c), comparables),
    cluster: (c) => alsoReported(get(c), comparables),
  };
}

let cached: Promise<Site> | undefined;

/** The site's data; loaded on first call, shared by every page of the build. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
