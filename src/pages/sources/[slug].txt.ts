/** `/sources/<slug>.txt`: the raw source file, byte for byte (its SHA-256 is on the source page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sourceBytes } from '../../lib/source-text.ts';
import type { Source } from '../../schemas/source.ts';

export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.map((s) => ({ params: { slug: s.id }, props: { source: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bytes = sourceBytes((props as { source: Source }).source);
  return new Response(bytes, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
