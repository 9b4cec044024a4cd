/**
 * The rendered cards' cache: one PNG per card, `node_modules/.cache/nk-cards/<sha256>.png`, named by
 * the hash of what it was rendered from (render-card.ts), written atomically (temporary file, then
 * rename). Reading an entry refreshes its time, so the build's end can delete those it did not use
 * (integrations/card-cache.ts): cards of claims that changed or went, of an older font or resvg.
 * A cache that cannot be read or written only costs speed, never a card.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the cards' cache lives, beside the ingest's. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'nk-cards');

/**
 * A cached card's bytes, its time refreshed; null when there is none (or it went meanwhile).
 *
 * @example readCached(join(CARD_CACHE, `${key}.png`)) // Buffer | null
 */
export function readCached(file: string): Buffer | null {
  let png: Buffer;
  try {
    png = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache: still read, never pruned by this build.
  }
  return png;
}

/** Store a card, atomically; on any failure (read-only folder, full disk) store nothing. */
export function storeCached(file: string, png: Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    removeQuietly(tmp);
  }
}

/** Remove a file if it is there; `force` alone still throws when a folder on its path is a file. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing there to remove.
  }
}

/**
 * Delete the files in `dir` not read or written since `since` (ms since the epoch); returns how
 * many went. Another build's cards it deletes are rendered again by that build, not lost.
 *
 * @example pruneCards(CARD_CACHE, buildStart) // 3
 */
export function pruneCards(dir: string, since: number): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (statSync(file).mtimeMs >= since) continue;
    } catch {
      continue; // Gone meanwhile.
    }
    removeQuietly(file);
    removed++;
  }
  return removed;
}
