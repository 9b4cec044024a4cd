/**
 * The decoded text of a raw source file, as the pipeline decoded it (same function), so claim offsets
 * index into it: `text.slice(claim.start, claim.end) === claim.quote`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../scripts/lib/read-source.ts';

const cache = new Map<string, string>();

/** Where a source's raw file is: `content/sources/<slug>.txt`, read from the project root. */
export function rawSourcePath(slug: string): string {
  return join(process.cwd(), 'content', 'sources', `${slug}.txt`);
}

/** The decoded text of `content/sources/<slug>.txt`; throws if the file cannot be decoded. */
export function sourceText(slug: string): string {
  let text = cache.get(slug);
  if (text === undefined) {
    const decoded = decodeSource(readFileSync(rawSourcePath(slug)));
    if (!decoded.ok) throw new Error(`content/sources/${slug}.txt: ${decoded.error}`);
    text = decoded.text;
    cache.set(slug, text);
  }
  return text;
}
