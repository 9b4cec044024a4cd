/**
 * The raw bytes and decoded text of a source file, read as the pipeline read them (same reader,
 * same decoder, and for a saved page the same article reader), so claim offsets index into the
 * text: `text.slice(claim.start, claim.end) === claim.quote`.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readLimited } from '../../scripts/lib/read-file.ts';
import { readHtml } from '../../scripts/lib/read-html.ts';
import { decodeSource, MAX_SOURCE_BYTES } from '../../scripts/lib/read-source.ts';
import type { Source } from '../schemas/source.ts';

/** What locates a source's raw file and proves it is the one ingested, and what kind of file it is. */
type RawFile = Pick<Source, 'file' | 'sha256' | 'format' | 'extracted'>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const decodedCache = new Map<string, string>();
const textCache = new Map<string, string>();

/**
 * The bytes of `content/sources/<file>` (the name the ingest recorded, which need not be the slug),
 * read as the ingest reads them: a regular file (never a link), no larger than the cap, and the
 * same bytes the ingest hashed. Throws, naming the file, otherwise.
 */
export function sourceBytes(source: RawFile): Uint8Array<ArrayBuffer> {
  const name = `content/sources/${source.file}`;
  const read = readLimited(join(process.cwd(), name), { limit: MAX_SOURCE_BYTES, regularOnly: true });
  if (!read.ok) throw new Error(`${name}: ${read.error}`);
  if (sha256(read.bytes) !== source.sha256) {
    throw new Error(`${name}: changed since the ingest (its SHA-256 differs); run npm run ingest`);
  }
  return read.bytes;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The raw text as the site serves it at `/sources/<slug>.txt`, with a UTF-8 byte-order mark put in
 * front of UTF-8 that has none: a text file's bytes, or a saved page's article text as UTF-8. A
 * static host sends `.txt` as `text/plain` with no charset, and a browser then reads UTF-8 as
 * Windows-1252 ("Russiaâ€™s"); the mark makes every browser read it as UTF-8. The offsets are
 * unchanged (they index the text without the mark), and the SHA-256 on the source page is of the
 * file as received (for a saved page, also of its text): the served copy without its first three bytes.
 *
 * @example servedBytes(utf8Source).subarray(0, 3) // Uint8Array [0xef, 0xbb, 0xbf]
 */
export function servedBytes(source: RawFile & Pick<Source, 'encoding'>): Uint8Array<ArrayBuffer> {
  const bytes = source.format === 'html' ? new TextEncoder().encode(sourceText(source)) : sourceBytes(source);
  if ((source.format === 'text' && source.encoding !== 'utf-8') || BOM.every((b, i) => bytes[i] === b)) return bytes;
  const out = new Uint8Array(bytes.length + BOM.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

/** The decoded contents of a source's raw file (a saved page's HTML); throws if it cannot be read or decoded. */
export function decodedFile(source: RawFile): string {
  let text = decodedCache.get(source.file);
  if (text === undefined) {
    const decoded = decodeSource(sourceBytes(source));
    if (!decoded.ok) throw new Error(`content/sources/${source.file}: ${decoded.error}`);
    text = decoded.text;
    decodedCache.set(source.file, text);
  }
  return text;
}

/**
 * The text the claims' offsets index: a text file's decoded text, or the article text read from a
 * saved page, which must be the text the ingest read (its SHA-256 is checked). Throws otherwise.
 */
export function sourceText(source: RawFile): string {
  if (source.format === 'text') return decodedFile(source);
  let text = textCache.get(source.file);
  if (text === undefined) {
    const read = readHtml(decodedFile(source));
    if (!read.ok) throw new Error(`content/sources/${source.file}: ${read.error}`);
    if (sha256(new TextEncoder().encode(read.text)) !== source.extracted?.sha256) {
      throw new Error(`content/sources/${source.file}: its article text differs from the ingest's; run npm run ingest`);
    }
    text = read.text;
    textCache.set(source.file, text);
  }
  return text;
}
