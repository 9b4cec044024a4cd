import type { Claim } from '../schemas/claim.ts';
import { publicClaim, type PublicClaim } from '../utils/records.ts';
import { absoluteUrl, routes } from '../utils/url.ts';
import type { Site } from './site.ts';

/**
 * A claim as the data downloads publish it, with what the site knows of it: its source's outlet and
 * date, the date it is compared by, its label, its review and its permanent address.
 *
 * @example publicRecord(site, claim, base).comparedBy // 'publication' when the text gives no statement date
 */
export function publicRecord(site: Site, c: Claim, base: URL | undefined): PublicClaim {
  const source = site.sources.get(c.source);
  const date = site.dateOf(c);
  return publicClaim(c, {
    outlet: source?.outlet ?? null,
    publishedOn: source?.publishedOn ?? null,
    comparedOn: date.date,
    comparedBy: date.from,
    label: site.comparison(c).label,
    verdict: site.reviews.get(c.id)?.data.verdict ?? null,
    url: absoluteUrl(routes.claim(c.id), base),
  });
}
