/**
 * `npm run bundle`: zips the built site (dist/) into dist/downloads/nk-troops-factcheck.zip for reading
 * from disk, and writes the zip's size into the about page's download link. The zip is deterministic:
 * entries sorted, one fixed timestamp, so the same build gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { formatSize } from './lib/format-size.ts';
import { listFiles, NOT_OFFLINE } from './service-worker.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const ZIP = 'downloads/nk-troops-factcheck.zip';
const ABOUT = 'about/index.html';
/**
 * The date every zip entry carries, not the build's: reproducible bytes. A zip's MS-DOS date and
 * time have no zone, and fflate writes a Date's local fields into them, so the Date is made from
 * local fields, at each call: 2025-01-01 00:00:00 in the entry whatever the machine's time zone.
 */
const mtime = () => new Date(2025, 0, 1, 0, 0, 0);

/**
 * Put a size into the page's `data-bundle-size` element.
 *
 * @example withSize('<span data-bundle-size>?</span>', '2 MB') // '<span data-bundle-size>2 MB zip</span>'
 */
export function withSize(html: string, size: string): string {
  return html.replace(/(<span data-bundle-size>)[^<]*(<\/span>)/, `$1${size} zip$2`);
}

/** A file compressed once, ready to go into any number of zips. */
export interface Deflated {
  path: string;
  /** Uncompressed size and CRC-32, as the zip format records them. */
  size: number;
  crc: number;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Deflate a file (zlib, level 9) for zipOf(): each file of a build is compressed once, however often
 * the zip is made again (the about page names the zip's own size).
 *
 * @example deflate('a.txt', bytes) // { path: 'a.txt', size: bytes.length, crc: crc32(bytes), data: raw deflate of bytes }
 */
export function deflate(path: string, bytes: Uint8Array): Deflated {
  return { path, size: bytes.length, crc: crc32(bytes), data: deflateRawSync(bytes, { level: 9 }) };
}

/**
 * A zip of deflated files in the order given, every entry dated 2025-01-01 00:00:00 in any time zone: the
 * same files give the same bytes.
 *
 * @example unzipSync(zipOf([deflate('a.txt', bytes)]))['a.txt'] // bytes
 */
export function zipOf(files: readonly Deflated[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const f of files) {
    // fflate's streaming zip takes any compressed stream, and sets `ondata` on add: pass the bytes as they are.
    const entry: ZipInputFile = { filename: f.path, size: f.size, crc: f.crc, compression: 8, mtime: mtime() };
    zip.add(entry);
    entry.ondata!(null, f.data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

if (import.meta.main) {
  const paths = listFiles(DIST).filter((p) => !NOT_OFFLINE.test(p));
  const files = new Map(paths.map((p) => [p, deflate(p, readFileSync(join(DIST, p)))]));
  const zipDist = () => zipOf([...files.values()]);
  // The about page is inside the zip and names the zip's size: settle on a size that stays the same.
  let size = '';
  let zip = zipDist();
  for (let round = 0; round < 4 && formatSize(zip.length) !== size; round++) {
    size = formatSize(zip.length);
    const about = withSize(readFileSync(join(DIST, ABOUT), 'utf8'), size);
    writeFileSync(join(DIST, ABOUT), about);
    files.set(ABOUT, deflate(ABOUT, Buffer.from(about)));
    zip = zipDist();
  }
  mkdirSync(dirname(join(DIST, ZIP)), { recursive: true });
  writeFileSync(join(DIST, ZIP), zip);
  process.stderr.write(`bundle: ${ZIP}, ${zip.length} bytes (${formatSize(zip.length)})\n`);
}
