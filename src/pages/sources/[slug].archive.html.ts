/**
 * `/sources/<slug>.archive.html`: a saved web page's archived copy, sanitised (lib/archive-page.ts),
 * for the sources that are saved pages; its SHA-256, of the file as received, is on the source page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { archivePage } from '../../lib/archive-page.ts';
import { decodedFile } from '../../lib/source-text.ts';
import type { Source } from '../../schemas/source.ts';

export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources
    .filter((s) => s.data.format === 'html')
    .map((s) => ({ params: { slug: s.id }, props: { source: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { source } = props as { source: Source };
  return new Response(archivePage(decodedFile(source), source), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
};
