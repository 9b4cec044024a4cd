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
  const { source } = props as { source: Source };
  // The charset it was decoded with, so a reader (or an annotation tool) sees the same text and offsets.
  return new Response(sourceBytes(source), { headers: { 'content-type': `text/plain; charset=${source.encoding}` } });
};
