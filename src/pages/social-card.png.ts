/** `/social-card.png`: the site's social card, the `og:image` of every page that is not a claim's. */
import type { APIRoute } from 'astro';
import { cardResponse, siteCard } from '../lib/cards.ts';
import { loadSite } from '../lib/site.ts';

export const GET: APIRoute = async () => cardResponse(siteCard(await loadSite()));
