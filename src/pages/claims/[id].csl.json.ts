/** `/claims/<id>.csl.json`: the claim's citation as CSL-JSON, accessed on the build date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf } from '../../lib/claim-page.ts';
import { loadSite } from '../../lib/site.ts';
import { cslJson } from '../../utils/citation.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.claims.map((claim) => ({ params: { id: claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: base }) => {
  const site = await loadSite();
  const claim = site.claim(params.id!)!;
  return new Response(`${JSON.stringify(cslJson(citationOf(site, claim, base)), null, 2)}\n`, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json' },
  });
};
