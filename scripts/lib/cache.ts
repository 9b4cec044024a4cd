import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writevSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import type { DocumentOutput } from './ingest-document.ts';

/**
 * A content-hash cache of per-document pipeline outputs, so an unchanged source is not processed
 * again. One file per entry under `<dir>/<2 hex>/<key>.entry`: a line of JSON (the small fields and
 * the byte lengths), then the rendered claims, then the MDX, as raw bytes. A hit thus costs one
 * small read and parses no claims: they go to claims.json as they are. Entries are written
 * atomically (temporary file, then rename), never updated, only added and pruned. The key covers
 * everything the output depends on (see documentKey).
 */

/** Bump when the layout of an entry changes. */
const FORMAT = 'nk-ingest-cache-2';
const EXT = '.entry';

/** Per-document outputs by key (see openCache). */
export interface DocumentCache {
  /** The stored output for a key (claims and MDX as bytes), or null (absent, unreadable, other format). */
  get(key: string): DocumentOutput | null;
  set(key: string, value: DocumentOutput): void;
  /** Delete every entry not in `keep`; returns how many went. */
  prune(keep: ReadonlySet<string>): number;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string, match: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => match.test(f))
    .sort();
}

/**
 * A fingerprint of the code that produces a result: every TypeScript and YAML file under
 * `scripts/` (the extractor's word lists are data files) and `src/schemas/`, the lockfile (dependency versions, e.g. the sentence splitter) and the Node
 * version (its Unicode data). Any change to them gives new keys, so stale results are never reused.
 *
 * @example codeFingerprint('/work/project') // '9f1c…' (64 hex digits)
 */
export function codeFingerprint(codeRoot: string): string {
  const hash = createHash('sha256').update(`${FORMAT}\n${process.version}\n`);
  const files = [
    ...filesUnder(join(codeRoot, 'scripts'), /\.(?:ts|yaml)$/).map((f) => join(codeRoot, 'scripts', f)),
    ...filesUnder(join(codeRoot, 'src', 'schemas'), /\.ts$/).map((f) => join(codeRoot, 'src', 'schemas', f)),
    join(codeRoot, 'package-lock.json'),
  ];
  for (const file of files) {
    if (existsSync(file)) hash.update(`${relative(codeRoot, file)}\n${sha256(readFileSync(file))}\n`);
  }
  return hash.digest('hex');
}

/**
 * The digest of what every document's output depends on besides its own files: the code
 * fingerprint, the registry (attribution) and the corrections (applied per claim id).
 *
 * @example contextDigest(codeFingerprint(root), registryText, null) // 64 hex digits
 */
export function contextDigest(code: string, registry: string, corrections: string | null): string {
  return sha256([code, sha256(registry), corrections === null ? '-' : sha256(corrections)].join('\n'));
}

/**
 * The cache key of one document: the context digest, the file name (it gives the slug, hence the
 * claim ids), and the bytes of the source and of its sidecar.
 *
 * @example documentKey(context, { name: 'a.txt', bytes, sidecar: null }) // 64 hex digits
 */
export function documentKey(context: string, doc: { name: string; bytes: Uint8Array; sidecar: string | null }): string {
  const head = [context, doc.name, doc.sidecar === null ? '-' : sha256(doc.sidecar)].join('\n');
  return createHash('sha256').update(head).update('\n').update(doc.bytes).digest('hex');
}

/** An entry's parts: header line, claims, MDX. */
function encode(value: DocumentOutput): Uint8Array[] {
  const { ok, slug, file, claimIds, dropped, errors, warnings, claimsJson, mdx } = value;
  const meta = { ok, slug, file, claimIds, dropped, errors, warnings };
  const header = JSON.stringify({
    format: FORMAT,
    ...meta,
    claimsBytes: claimsJson.length,
    mdxBytes: mdx?.length ?? -1,
  });
  return [Buffer.from(`${header}\n`), claimsJson, ...(mdx ? [mdx] : [])];
}

function decode(bytes: Buffer): DocumentOutput | null {
  const eol = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, eol).toString('utf8')) as Omit<DocumentOutput, 'claimsJson' | 'mdx'> & {
    format: string;
    claimsBytes: number;
    mdxBytes: number;
  };
  const { format, claimsBytes, mdxBytes, ...meta } = header;
  const claimsEnd = eol + 1 + claimsBytes;
  if (format !== FORMAT || bytes.length !== claimsEnd + Math.max(0, mdxBytes)) return null;
  // Copies, so the entry's buffer can go once its MDX is written.
  const claimsJson = Buffer.from(bytes.subarray(eol + 1, claimsEnd));
  return { ...meta, claimsJson, mdx: mdxBytes < 0 ? null : bytes.subarray(claimsEnd) };
}

/**
 * Open the cache in `dir` (created on first write), or a cache that stores nothing when `dir` is null.
 *
 * @example const cache = openCache('node_modules/.cache/nk-ingest'); cache.get(key) // DocumentOutput | null
 */
export function openCache(dir: string | null): DocumentCache {
  if (dir === null) return { get: () => null, set: () => undefined, prune: () => 0 };
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}${EXT}`);
  /** Folders this run has made: one `mkdir` per folder, not one per entry. */
  const made = new Set<string>();
  return {
    get(key) {
      try {
        return decode(readFileSync(pathOf(key)));
      } catch {
        return null;
      }
    },
    set(key, value) {
      // A cache that cannot be written (read-only folder, disk full) only costs speed: never fail the run.
      const file = pathOf(key);
      const tmp = `${file}.tmp-${process.pid}`;
      try {
        const folder = join(dir, key.slice(0, 2));
        if (!made.has(folder)) mkdirSync(folder, { recursive: true });
        made.add(folder);
        const fd = openSync(tmp, 'w');
        try {
          writevSync(fd, encode(value));
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, file);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
    prune(keep) {
      let removed = 0;
      for (const f of filesUnder(dir, /\.entry$/)) {
        if (keep.has(f.replace(/^.*[\\/]/, '').slice(0, -EXT.length))) continue;
        rmSync(join(dir, f), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
