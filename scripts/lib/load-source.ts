/**
 * The one loader of a source and its sidecar, shared by the ingest and the claims CLI, so both read,
 * decode and judge a file the same way: same size caps, same decoding policy (read-source.ts), same
 * messages, and one behaviour for a bad sidecar — malformed YAML is an error naming it and its line,
 * the sidecar ignored; a bad field (an impossible date, a non-http URL) is an error naming its line,
 * that field left out and the rest used; either way the source is still processed. A saved web
 * page (`.html`) is decoded the same way, then read for its article text and metadata (read-html.ts).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { sidecarSchema, type Sidecar, type SourceEncoding } from '../../src/schemas/source.ts';
import type { PageMeta } from './page-metadata.ts';
import { readLimited } from './read-file.ts';
import { readHtml } from './read-html.ts';
import {
  decodeSource,
  type Decoded,
  MAX_SIDECAR_BYTES,
  MAX_SOURCE_BYTES,
  NO_SLUG,
  slugify,
  sourceFormat,
} from './read-source.ts';
import { fieldsIgnored, parseYamlFields } from './yaml-file.ts';

/** A saved page's part of a loaded source: what its markup says, and the digest of the text read from it. */
export interface SavedPage {
  page: PageMeta;
  /** SHA-256 (hex) and size of the article text as UTF-8: what `/sources/<slug>.txt` serves. */
  extracted: { sha256: string; bytes: number };
}

/** One source, read: its file name, bytes, and the sidecar's text beside it. */
export interface SourceFiles {
  /** File name, e.g. `south-korea-says.txt`: it gives the slug. */
  name: string;
  bytes: Uint8Array;
  sidecar: string | null;
}

/** A source ready for the pipeline, or why it is not; every message names its file. */
export interface LoadedSource {
  slug: string;
  /**
   * The text (a saved page's article text), the digest of the file's bytes, the sidecar and, for a
   * saved page, what it says of itself; null when the source cannot be read.
   */
  input: {
    text: string;
    digest: { sha256: string; bytes: number; encoding: SourceEncoding };
    sidecar: Sidecar | null;
    saved: SavedPage | null;
  } | null;
  errors: string[];
  warnings: string[];
}

/** Where a source's sidecar is: `x.txt` → `x.yaml`. @example sidecarPath('a/b.txt') // 'a/b.yaml' */
export const sidecarPath = (source: string): string => source.replace(/\.[^./]+$/, '') + '.yaml';

/**
 * Read a source and, when it has one, its sidecar, each under its size cap (enforced while reading).
 * `regularOnly` refuses anything but a regular file (a link, device or FIFO), as content/ must be;
 * the CLI reads whatever it is given. A sidecar that cannot be read is reported and ignored.
 *
 * @example readSourceFiles({ source: 'content/sources/a.txt', sidecar: null }, { source: 'content/sources/a.txt' }, true) // { files: { name: 'a.txt', bytes, sidecar: null }, errors: [] }
 */
export function readSourceFiles(
  /** The paths to read. */
  at: { source: string; sidecar: string | null },
  /** How messages name the source (its sidecar is named beside it). */
  label: { source: string },
  regularOnly: boolean,
): { files: SourceFiles | null; errors: string[] } {
  const errors: string[] = [];
  const source = readLimited(at.source, { limit: MAX_SOURCE_BYTES, regularOnly });
  if (!source.ok) return { files: null, errors: [`${label.source}: ${source.error}`] };
  let sidecar: string | null = null;
  if (at.sidecar !== null) {
    const read = readLimited(at.sidecar, { limit: MAX_SIDECAR_BYTES, regularOnly });
    if (read.ok) sidecar = Buffer.from(read.bytes).toString('utf8');
    else errors.push(`${sidecarPath(label.source)}: ${read.error} (sidecar ignored)`);
  }
  return { files: { name: basename(at.source), bytes: source.bytes, sidecar }, errors };
}

/** A sidecar's schema; built once, not for every source (an empty sidecar reads as null). */
const sidecarOrNull = sidecarSchema.nullable();

/**
 * Decode a source's bytes and parse its sidecar. A source whose name gives no slug, or that is not
 * text (empty, binary, too large), or a saved page in which Readability finds no article text,
 * comes back with `input: null` and the reason; a malformed sidecar is an error (file and line) and
 * is ignored, a bad field of one an error (file and line) and left out, and the source is still loaded.
 *
 * @example loadSource({ name: 'a.txt', bytes, sidecar: 'title: [' }, 'content/sources/a.txt').errors // ['content/sources/a.yaml:1: malformed YAML: … (sidecar ignored)']
 * @example loadSource({ name: 'a.txt', bytes, sidecar: 'url: javascript:x\ntitle: T\n' }, 'content/sources/a.txt').input.sidecar // { title: 'T' }
 */
export function loadSource(files: SourceFiles, file: string): LoadedSource {
  const loaded: LoadedSource = { slug: slugify(files.name), input: null, errors: [], warnings: [] };
  if (!loaded.slug) {
    loaded.errors.push(`${file}: ${NO_SLUG}`);
    return loaded;
  }
  const decoded = decodeSource(files.bytes);
  if (!decoded.ok) {
    loaded.errors.push(`${file}: ${decoded.error}`);
    return loaded;
  }
  const html = sourceFormat(files.name) === 'html' ? readSavedPage(decoded, files.bytes) : null;
  if (html && !html.ok) {
    loaded.errors.push(`${file}: ${html.error}`);
    return loaded;
  }
  let sidecar: Sidecar | null = null;
  try {
    if (files.sidecar !== null) {
      const read = parseYamlFields(sidecarPath(file), files.sidecar, sidecarOrNull, 1);
      sidecar = read.value;
      loaded.errors.push(...fieldsIgnored(read.errors));
    }
  } catch (error) {
    loaded.errors.push(`${(error as Error).message} (sidecar ignored)`);
  }
  loaded.warnings.push(...decoded.warnings.map((w) => `${file}: ${w}`));
  loaded.input = {
    text: html ? html.text : decoded.text,
    digest: { sha256: decoded.sha256, bytes: decoded.bytes, encoding: decoded.encoding },
    sidecar,
    saved: html && html.saved,
  };
  return loaded;
}

/**
 * A saved page's article text and what it says of itself, or why it gives none. When the page
 * declares an encoding other than the one its bytes were read in (read-source.ts policy), a warning
 * is added to the decoder's: all-ASCII bytes read the same in any of them, others may not.
 */
function readSavedPage(
  decoded: Extract<Decoded, { ok: true }>,
  bytes: Uint8Array,
): { ok: true; text: string; saved: SavedPage } | { ok: false; error: string } {
  const read = readHtml(decoded.text);
  if (!read.ok) return read;
  if (read.charset && read.charset !== decoded.encoding && bytes.some((b) => b >= 0x80)) {
    decoded.warnings.push(
      `the page declares the encoding ${read.charset} but was read as ${decoded.encoding}; ` +
        'if its text shows wrong characters, save it again as UTF-8',
    );
  }
  const utf8 = Buffer.from(read.text);
  const extracted = { sha256: createHash('sha256').update(utf8).digest('hex'), bytes: utf8.length };
  return { ok: true, text: read.text, saved: { page: read.page, extracted } };
}
