/** An article a claim appeared in, as schema.org CreativeWork. */
export interface Appearance {
  url: string;
  headline: string | null;
  outlet: string | null;
  publishedOn: string | null;
  /** The article's own address on the web, when known. */
  original: string | null;
}

/** What a ClaimReview needs. */
export interface ClaimReviewInput {
  url: string;
  quote: string;
  /** Reporter (an organisation) and the person speaking for it, when named. */
  reporter: string | null;
  speaker: string | null;
  appearances: Appearance[];
  firstAppearance: Appearance;
  /** The verdict or computed label, and why. */
  rating: { label: string; explanation: string };
  /** When the claim was made (its statement date, else its source's publication), when known. */
  claimDate: string | null;
  /**
   * When this review was published: an editor's review or correction date. Null for a machine
   * label, which has no such date (the build date would change on every build and say nothing).
   */
  datePublished: string | null;
  site: { name: string; url: string };
}

function creativeWork(a: Appearance): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    url: a.url,
    ...(a.headline ? { headline: a.headline } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    ...(a.publishedOn ? { datePublished: a.publishedOn } : {}),
    ...(a.original ? { sameAs: a.original } : {}),
  };
}

/**
 * schema.org ClaimReview JSON-LD for one claim page (https://schema.org/ClaimReview): the claim
 * (itemReviewed) with its author and appearances, the rating as a textual `alternateName`.
 *
 * @example claimReview(input)['@type'] // 'ClaimReview'
 */
export function claimReview(c: ClaimReviewInput): Record<string, unknown> {
  const org = { '@type': 'Organization', name: c.reporter ?? 'Unattributed (the source names no one)' };
  const author = c.speaker ? { '@type': 'Person', name: c.speaker, ...(c.reporter ? { affiliation: org } : {}) } : org;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: c.url,
    claimReviewed: c.quote,
    itemReviewed: {
      '@type': 'Claim',
      author,
      ...(c.claimDate ? { datePublished: c.claimDate } : {}),
      appearance: c.appearances.map(creativeWork),
      firstAppearance: creativeWork(c.firstAppearance),
    },
    reviewRating: { '@type': 'Rating', alternateName: c.rating.label, ratingExplanation: c.rating.explanation },
    author: { '@type': 'Organization', name: c.site.name, url: c.site.url },
    ...(c.datePublished ? { datePublished: c.datePublished } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` escaped so no text can close it.
 *
 * @example scriptJson({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
