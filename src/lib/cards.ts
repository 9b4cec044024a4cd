/**
 * The pages' social cards (Open Graph `og:image`): a claim's and the site's, their words from the
 * site's data (cards/card-text.ts), rendered through the shared cache (cards/render-card.ts).
 */
import { cardSvg } from '../cards/card-svg.ts';
import { claimCardText, siteCardText, type CardText } from '../cards/card-text.ts';
import { cards } from '../cards/render-card.ts';
import type { Claim } from '../schemas/claim.ts';
import { AND } from '../utils/format.ts';
import type { Site } from './site.ts';

/**
 * Who reported a claim, as a card names them: the registry's display name; for a claim of several
 * parties together, theirs, "jointly"; null when the text names no one.
 *
 * @example reporterName(site, claim) // 'Main Intelligence Directorate of Ukraine's Ministry of Defence (HUR)'
 */
function reporterName(site: Site, c: Claim): string | null {
  if (c.reporter) return site.reporters.get(c.reporter.id)?.name ?? c.reporter.name;
  const parties = c.parties.map((id) => site.reporters.get(id)?.name ?? id);
  return parties.length ? `${AND.format(parties)}, jointly` : null;
}

/** A claim's card. @example claimCard(site, claim).headline // 'up to 12,000' */
export function claimCard(site: Site, c: Claim): CardText {
  return claimCardText(c, reporterName(site, c), site.dateOf(c));
}

/** The site's card, for every other page. @example siteCard(site).facts[0].value // '52 claims from 5 news sources' */
export function siteCard(site: Site): CardText {
  return siteCardText({ claims: site.claims.length, sources: site.sources.size });
}

/** A card as the PNG file an endpoint gives. */
export async function cardResponse(card: CardText): Promise<Response> {
  const png = await cards.render(cardSvg(card));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
