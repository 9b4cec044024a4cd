/**
 * The decoded text of a raw source file, as the pipeline decoded it (same function), so claim offsets
 * index into it: `text.slice(claim.start, claim.end) === claim.quote`.
 */
import { join } from 'node:path';
import { readLimited } from '../../scripts/lib/read-file.ts';
import { decodeSource, MAX_SOURCE_BYTES } from '../../scripts/lib/read-source.ts';

const cache = new Map<string, string>();

/** Where a source's raw file is: `content/sources/<slug>.txt`, read from the project root. */
export function rawSourcePath(slug: string): string {
  return join(process.cwd(), 'content', 'sources', `${slug}.txt`);
}

/**
 * The bytes of `content/sources/<slug>.txt`, read as the ingest reads them: a regular file (never a
 * link), no larger than the cap. Throws, naming the file, if it cannot be read so.
 */
export function sourceBytes(slug: string): Uint8Array<ArrayBuffer> {
  const read = readLimited(rawSourcePath(slug), { limit: MAX_SOURCE_BYTES, regularOnly: true });
  if (!read.ok) throw new Error(`content/sources/${slug}.txt: ${read.error}`);
  return read.bytes;
}

/** The decoded text of `content/sources/<slug>.txt`; throws if the file cannot be decoded. */
export function sourceText(slug: string): string {
  let text = cache.get(slug);
  if (text === undefined) {
    const decoded = decodeSource(sourceBytes(slug));
    if (!decoded.ok) throw new Error(`content/sources/${slug}.txt: ${decoded.error}`);
    text = decoded.text;
    cache.set(slug, text);
  }
  return text;
}
