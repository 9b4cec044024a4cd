/** `/claims/<id>.png`: the claim's social card (its page's `og:image`), rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, claimCard } from '../../lib/cards.ts';
import { loadSite } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.claims.map((claim) => ({ params: { id: claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return cardResponse(claimCard(site, site.claim(params.id!)!));
};
