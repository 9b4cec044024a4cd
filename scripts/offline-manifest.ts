/**
 * The offline manifest, dist/offline-manifest.json: every file a reader can keep offline, with its
 * revision and size. The service worker precaches only the shell (SHELL) on the first visit; the
 * offline page's "Save the whole site" reads the manifest to fetch the rest; an update fetches only
 * the files whose revision changed. A revision is the first 16 hex digits of the file's SHA-256,
 * which public/js/offline-store.js computes the same way in the browser for every file it caches, so
 * a copy cached while reading and one saved from the manifest compare alike.
 */
import { createHash } from 'node:crypto';

/** One file: its site-relative path, its revision and its size in bytes. */
export type ManifestEntry = readonly [path: string, revision: string, size: number];

/** What dist/offline-manifest.json holds. */
export interface OfflineManifest {
  files: ManifestEntry[];
}

/** The manifest's own path in dist/; it is never cached as a page (NOT_OFFLINE). */
export const MANIFEST = 'offline-manifest.json';

/**
 * The shell, precached on the first visit: what any page needs (styles, scripts, icons, the web app
 * manifest), the home page, search (its page and index) and the offline page, which the worker shows
 * for a page that is neither online nor saved.
 *
 * @example SHELL.test('js/search-index.js') // true
 * @example SHELL.test('claims/c-1/index.html') // false
 */
export const SHELL =
  /^(?:index\.html|offline\/index\.html|search\/index\.html|_astro\/[^/]+\.(?:css|js)|js\/[^/]+\.js|favicon\.svg|manifest\.webmanifest|icons\/[^/]+\.png)$/;

/**
 * A file's revision: the first 16 hex digits of its SHA-256.
 *
 * @example revision(new TextEncoder().encode('abc')) // 'ba7816bf8f01cfea'
 */
export function revision(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The manifest of some files, in the order given.
 *
 * @example manifestOf([['a.html', bytes]]).files // [['a.html', revision(bytes), bytes.length]]
 */
export function manifestOf(files: Iterable<readonly [string, Uint8Array]>): OfflineManifest {
  return { files: [...files].map(([path, bytes]) => [path, revision(bytes), bytes.length] as const) };
}

/** Bytes and files of some entries. @example totalOf([['a', 'r', 3], ['b', 'r', 4]]) // { files: 2, bytes: 7 } */
export function totalOf(entries: readonly ManifestEntry[]): { files: number; bytes: number } {
  return { files: entries.length, bytes: entries.reduce((sum, [, , size]) => sum + size, 0) };
}

/**
 * The paths of `after` that a copy holding `before` must fetch: new files and files whose revision
 * changed, as an update does.
 *
 * @example changedPaths({ files: [['a', '1', 1]] }, { files: [['a', '2', 1], ['b', '3', 1]] }) // ['a', 'b']
 */
export function changedPaths(before: OfflineManifest, after: OfflineManifest): string[] {
  const old = new Map(before.files.map(([path, rev]) => [path, rev]));
  return after.files.filter(([path, rev]) => old.get(path) !== rev).map(([path]) => path);
}

/**
 * Put the whole site's size into the offline page's `data-offline-size` element.
 *
 * @example withOfflineSize('<span data-offline-size>?</span>', '4.6 MB') // '<span data-offline-size>4.6 MB</span>'
 */
export function withOfflineSize(html: string, size: string): string {
  return html.replace(/(<span data-offline-size>)[^<]*(<\/span>)/, `$1${size}$2`);
}
