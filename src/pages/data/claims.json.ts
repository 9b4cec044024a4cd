/** `/data/claims.json`: every claim with its source slug, the CLI's fields plus status and permalink. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { publicClaim } from '../../utils/records.ts';
import { DATA_LICENCE, SITE_NAME } from '../../utils/site.ts';
import { absoluteUrl, routes } from '../../utils/url.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await loadSite();
  const body = {
    title: `${SITE_NAME}: claims`,
    licence: DATA_LICENCE,
    documentation: absoluteUrl(routes.data, base),
    claims: site.claims.map((c) => publicClaim(c, absoluteUrl(routes.claim(c.id), base))),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
