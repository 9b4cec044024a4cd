/** `/data/claims.csv`: the same records as /data/claims.json, one row per claim (RFC 4180). */
import type { APIRoute } from 'astro';
import { publicRecord } from '../../lib/public-claims.ts';
import { loadSite } from '../../lib/site.ts';
import { toCsv } from '../../utils/csv.ts';
import { CSV_HEADER, csvRow } from '../../utils/records.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await loadSite();
  const rows = site.claims.map((c) => csvRow(publicRecord(site, c, base)));
  return new Response(toCsv(CSV_HEADER, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
