/** `/robots.txt`: everything may be crawled; the sitemap is named with its absolute address. */
import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(href('/sitemap-index.xml'), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
