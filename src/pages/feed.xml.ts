/** `/feed.xml`: an RSS feed of the sources, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site.ts';
import { SITE_NAME } from '../utils/site.ts';
import { latestFirst, sourceTitle } from '../utils/sources.ts';
import { routes } from '../utils/url.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await loadSite();
  return rss({
    title: `${SITE_NAME}: sources`,
    description: 'News articles added to the site, each with its claims about North Korean troops in Russia marked.',
    site: base!,
    items: latestFirst([...site.sources.values()]).map((s) => ({
      title: sourceTitle(s),
      link: routes.source(s.slug),
      ...(s.publishedOn ? { pubDate: new Date(`${s.publishedOn}T00:00:00Z`) } : {}),
      description: `${s.outlet ?? 'Outlet unknown'}. ${s.claimIds.length} claims marked in the text.`,
    })),
  });
};
