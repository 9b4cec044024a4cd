/**
 * `npm run bundle`: zips the built site (dist/) into dist/downloads/nk-troops-factcheck.zip for reading
 * from disk, and writes the zip's size into the about page's download link. The zip is deterministic:
 * entries sorted, one fixed timestamp, so the same build gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from './service-worker.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const ZIP = 'downloads/nk-troops-factcheck.zip';
const ABOUT = 'about/index.html';
/** Zip entries carry this date, not the build's: reproducible bytes. */
const MTIME = new Date('2025-01-01T00:00:00Z');

/** A size for readers. @example formatSize(1_234_567) // '1.2 MB' */
export function formatSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/**
 * Put a size into the page's `data-bundle-size` element.
 *
 * @example withSize('<span data-bundle-size>?</span>', '2 MB') // '<span data-bundle-size>2 MB zip</span>'
 */
export function withSize(html: string, size: string): string {
  return html.replace(/(<span data-bundle-size>)[^<]*(<\/span>)/, `$1${size} zip$2`);
}

function zipDist(): Uint8Array {
  const entries: Zippable = {};
  for (const path of listFiles(DIST).filter((p) => !p.startsWith('downloads/') && p !== 'sw.js')) {
    entries[path] = [readFileSync(join(DIST, path)), { mtime: MTIME, level: 9 }];
  }
  return zipSync(entries);
}

if (import.meta.main) {
  // The about page is inside the zip and names the zip's size: settle on a size that stays the same.
  let size = '';
  let zip = zipDist();
  for (let round = 0; round < 4 && formatSize(zip.length) !== size; round++) {
    size = formatSize(zip.length);
    writeFileSync(join(DIST, ABOUT), withSize(readFileSync(join(DIST, ABOUT), 'utf8'), size));
    zip = zipDist();
  }
  mkdirSync(dirname(join(DIST, ZIP)), { recursive: true });
  writeFileSync(join(DIST, ZIP), zip);
  process.stderr.write(`bundle: ${ZIP}, ${zip.length} bytes (${formatSize(zip.length)})\n`);
}
