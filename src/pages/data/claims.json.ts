/** `/data/claims.json`: every claim, the CLI's fields plus its source, dates, label, review status and permalink (utils/records.ts). */
import type { APIRoute } from 'astro';
import { publicRecord } from '../../lib/public-claims.ts';
import { loadSite } from '../../lib/site.ts';
import { DATA_LICENCE, SITE_NAME } from '../../utils/site.ts';
import { absoluteUrl, routes } from '../../utils/url.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await loadSite();
  const body = {
    title: `${SITE_NAME}: claims`,
    licence: DATA_LICENCE,
    documentation: absoluteUrl(routes.data, base),
    claims: site.claims.map((c) => publicRecord(site, c, base)),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
