/**
 * What a claim page publishes beyond its HTML, computed in one place so the page, its CSL-JSON and the
 * build check agree: the citation, the ClaimReview JSON-LD and the W3C Web Annotation.
 */
import type { Claim } from '../schemas/claim.ts';
import type { CitationInput } from '../utils/citation.ts';
import { textPositionSelector, textQuoteSelector } from '../utils/context.ts';
import { claimReview, type Appearance } from '../utils/jsonld.ts';
import { CONSISTENCY_TEXT, VERDICT_TEXT, verdictLabel } from '../utils/labels.ts';
import { buildDate, PUBLISHER, SITE_NAME } from '../utils/site.ts';
import { absoluteUrl, routes } from '../utils/url.ts';
import type { Site } from './site.ts';

/** The citation of a claim, accessed on the build date (the reader's browser puts today's). */
export function citationOf(site: Site, claim: Claim, base: URL | undefined): CitationInput {
  const source = site.sources.get(claim.source)!;
  return {
    id: claim.id,
    quote: claim.quote,
    speaker: claim.speaker,
    reporter: claim.reporter ? (site.reporters.get(claim.reporter.id)?.name ?? claim.reporter.name) : null,
    outlet: source.outlet,
    sourceTitle: source.title,
    publishedOn: source.publishedOn,
    publishedInferred: source.publishedOnInferred || source.publishedOnFrom === 'text',
    sourceUrl: source.url,
    statedOn: claim.statedOn,
    permalink: absoluteUrl(routes.claim(claim.id), base),
    accessed: buildDate(),
    siteName: SITE_NAME,
  };
}

function appearance(site: Site, c: Claim, base: URL | undefined): Appearance {
  const s = site.sources.get(c.source)!;
  return {
    url: absoluteUrl(routes.inSource(s.slug, c.id), base),
    // A first sentence standing in for a missing headline is not the article's headline.
    headline: s.titleFrom === 'lead' ? null : s.title,
    outlet: s.outlet,
    publishedOn: s.publishedOn,
    original: s.url,
  };
}

/** schema.org ClaimReview for the page: the review's verdict when there is one, else the computed label. */
export function claimReviewOf(site: Site, claim: Claim, base: URL | undefined): Record<string, unknown> {
  const review = site.reviews.get(claim.id)?.data;
  const { label } = site.comparison(claim);
  const cluster = site.cluster(claim);
  const members = cluster?.members.map((m) => m.claim) ?? [claim];
  const first = cluster?.first?.claim ?? claim;
  return claimReview({
    url: absoluteUrl(routes.claim(claim.id), base),
    quote: claim.quote,
    reporter: claim.reporter ? (site.reporters.get(claim.reporter.id)?.name ?? claim.reporter.name) : null,
    speaker: claim.speaker,
    appearances: members.map((m) => appearance(site, m, base)),
    firstAppearance: appearance(site, first, base),
    rating: review
      ? { label: verdictLabel(review.verdict), explanation: VERDICT_TEXT[review.verdict] }
      : { label, explanation: CONSISTENCY_TEXT[label] },
    claimDate: site.dateOf(claim).date,
    datePublished: review?.reviewedOn ?? site.corrections.get(claim.id)?.on ?? null,
    site: { name: PUBLISHER, url: absoluteUrl(routes.home, base) },
  });
}

/**
 * A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) pointing at the quote in the raw
 * source text, by quote and by position.
 */
export function annotationOf(
  claim: Claim,
  /** The source's decoded text (lib/source-text.ts). */
  text: string,
  gist: string,
  base: URL | undefined,
): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${absoluteUrl(routes.claim(claim.id), base)}#annotation`,
    type: 'Annotation',
    motivation: 'assessing',
    body: { type: 'TextualBody', value: gist, format: 'text/plain', language: 'en' },
    target: {
      source: absoluteUrl(routes.sourceText(claim.source), base),
      selector: [textQuoteSelector(text, claim.start, claim.end), textPositionSelector(text, claim.start, claim.end)],
    },
  };
}
