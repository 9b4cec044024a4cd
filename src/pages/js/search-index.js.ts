/**
 * `/js/search-index.js`: the search index as a classic script (see src/search/build-index.ts), built
 * from the same data as the pages. Loaded by the search page only.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { buildSearchIndex, searchIndexScript } from '../../search/build-index.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(searchIndexScript(buildSearchIndex(site)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
