/**
 * `/sources/<slug>.txt`: the raw source file, byte for byte (its SHA-256 is on the source page), or
 * for a saved web page the article text read from it, as UTF-8; a UTF-8 byte-order mark put in
 * front when it has none (lib/source-text.ts servedBytes()).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { servedBytes } from '../../lib/source-text.ts';
import type { Source } from '../../schemas/source.ts';

export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.map((s) => ({ params: { slug: s.id }, props: { source: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { source } = props as { source: Source };
  // The charset it was decoded with (a saved page's text is UTF-8), for hosts that pass the header
  // on; a static host sends none, which the byte-order mark stands in for.
  const charset = source.format === 'html' ? 'utf-8' : source.encoding;
  return new Response(servedBytes(source), { headers: { 'content-type': `text/plain; charset=${charset}` } });
};
