/**
 * What the offline browser tests (tests/e2e/offline*.spec.ts) and the offline benchmark
 * (bench/offline.ts) do in Chromium, so the benchmark's figures come from the runs the tests check:
 * a first visit, saving the whole site from /offline/, and an update to a rebuilt site.
 */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { changedPaths, type OfflineManifest } from '../../scripts/offline-manifest.ts';
import { serve } from './serve.ts';
import { runScript } from './temp-site.ts';

/** Files and bytes. */
export interface Tally {
  files: number;
  bytes: number;
}

/** Wait until a service worker is active and controls the page. */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** What the site's cache holds, as paths under the page's origin and their bytes. */
export function cached(page: Page): Promise<{ path: string; bytes: number }[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('nk-troops');
    const entries = await Promise.all(
      (await cache.keys()).map(async (r) => ({
        path: new URL(r.url).pathname.slice(1),
        bytes: (await (await cache.match(r))!.arrayBuffer()).byteLength,
      })),
    );
    return entries.sort((a, b) => a.path.localeCompare(b.path));
  });
}

/** Files and bytes of some entries with sizes. */
export const tally = (entries: readonly { bytes: number }[]): Tally => ({
  files: entries.length,
  bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
});

/**
 * The paths a server was asked for, as they come (query left off), with the bytes of the files
 * served from `dist`, from the moment this is called until `reset()`.
 *
 * @example const log = requestLog(server, dist); …; log.paths() // ['sw.js', 'offline-manifest.json', …]
 */
export function requestLog(server: Server, dist: string) {
  let paths: string[] = [];
  server.on('request', (req) => void paths.push(new URL(req.url ?? '/', 'http://x').pathname.slice(1)));
  const size = (path: string) => {
    try {
      return statSync(join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path)).size;
    } catch {
      return 0;
    }
  };
  return {
    paths: () => [...paths],
    tally: (): Tally => ({ files: paths.length, bytes: paths.reduce((sum, p) => sum + size(p), 0) }),
    reset: () => void (paths = []),
  };
}

/** The built site's offline manifest. */
export const manifestOf = (dist: string): OfflineManifest =>
  JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8'));

/** Open /offline/ under `origin`, save the whole site and wait (up to `timeout` ms) until it says it is saved. */
export async function saveWholeSite(page: Page, origin: string, timeout = 120_000): Promise<void> {
  await page.goto(`${origin}/offline/`);
  await untilControlled(page);
  await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved:/, { timeout });
}

/**
 * Ask the browser to update its service worker (after the site was rebuilt) and wait until the new
 * worker controls the page: its install has then fetched what changed.
 */
export async function updateWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const changed = new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
    await registration.update();
    const late = new Promise((_, fail) => setTimeout(() => fail(new Error('no new service worker in 60 s')), 60_000));
    await Promise.race([changed, late]);
  });
}

/** The files a copy of `before` must fetch to hold `after`. */
export const toFetch = (before: OfflineManifest, after: OfflineManifest) => changedPaths(before, after).sort();

/** The change an update test makes to one source: a line with no claim, so its page and text change. */
export const EDITOR_NOTE = "\nEditor's note: this copy was checked against the outlet's page again.\n";

/** Append EDITOR_NOTE to `file` in the project at `root`'s sources. @example addNote(root, 'a.txt') */
export function addNote(root: string, file: string): void {
  appendFileSync(join(root, 'content', 'sources', file), EDITOR_NOTE);
}

/** What one run of offlineRun() measured. */
export interface OfflineFigures {
  /** What the cache holds after the first visit to the home page (the shell). */
  firstVisit: Tally;
  /** Every file a reader can keep (the manifest), and what "Save the whole site" fetched. */
  wholeSite: Tally;
  saved: Tally;
  /** sw.js, in bytes. */
  worker: number;
  /** After the rebuild: the files whose revision changed, and what the browser fetched to update. */
  update: { changed: string[]; fetched: string[]; tally: Tally };
}

/**
 * The offline life of a built site in Chromium: serve `root`/dist on a free port, visit the home page,
 * save the whole site, then `change` the project and rebuild it, and let the service worker update.
 *
 * @example await offlineRun(page, site.root, (root) => appendFileSync(join(root, 'content/sources/a.txt'), '…'))
 */
export async function offlineRun(
  page: Page,
  root: string,
  change: (root: string) => void,
  /** How long saving the whole site may take, in ms. */
  saveTimeout = 120_000,
): Promise<OfflineFigures> {
  const dist = join(root, 'dist');
  const server = serve(dist, 0);
  await new Promise((done) => server.once('listening', done));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${origin}/`);
    await untilControlled(page);
    const firstVisit = tally(await cached(page));
    const log = requestLog(server, dist);
    await saveWholeSite(page, origin, saveTimeout);
    const saved = log.tally();
    const before = manifestOf(dist);
    change(root);
    const build = await runScript(root, 'build');
    if (build.code !== 0) throw new Error(`rebuild failed: ${build.stderr}`);
    log.reset();
    await updateWorker(page);
    return {
      firstVisit,
      wholeSite: tally(before.files.map(([, , bytes]) => ({ bytes }))),
      saved,
      worker: statSync(join(dist, 'sw.js')).size,
      update: { changed: toFetch(before, manifestOf(dist)), fetched: log.paths().sort(), tally: log.tally() },
    };
  } finally {
    server.close();
  }
}
