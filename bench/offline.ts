/**
 * Offline reading (issue 15) in Chromium, at the real site and at generated corpora: what the first
 * visit precaches (the shell), the whole site a reader can save, and what an update fetches after one
 * source changed, for a saved copy. The figures come from the run the browser test
 * tests/e2e/offline-update.spec.ts checks (tests/support/offline.ts: offlineRun), on a copy of the
 * project built from nothing, then rebuilt with one source changed; sizes are the files' (raw), and
 * gzip where a server would compress them. Also the worker's size and the time its build step takes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHELL } from '../scripts/offline-manifest.ts';
import { addNote, manifestOf, offlineRun, type OfflineFigures } from '../tests/support/offline.ts';
import { buildTempSite, runScript } from '../tests/support/temp-site.ts';
import { withChromium } from './lib/browser.ts';
import type { BenchModule } from './lib/module.ts';
import { round, type Table } from './lib/report.ts';
import { copySite } from './lib/site-copy.ts';

const SOURCES = join(import.meta.dirname, '..', 'content', 'sources');
const MB = 1e6;
/** Saving 1,000 sources' site (some 240 MB) takes minutes in Chromium. */
const SAVE_TIMEOUT = 30 * 60_000;

/** One site measured: its name, how many sources, and the figures. */
interface OfflineCase {
  site: string;
  sources: number;
  figures: OfflineFigures;
  shellGzip: number;
  wholeSiteGzip: number;
  workerStepMs: number;
}

/** A built copy of the project: the real sources, or `n` generated ones. */
async function builtCopy(n: number | null): Promise<{ root: string; remove: () => void }> {
  if (n === null) {
    const sources = Object.fromEntries(readdirSync(SOURCES).map((name) => [name, readFileSync(join(SOURCES, name))]));
    const site = await buildTempSite(sources);
    if (site.code !== 0) throw new Error(`build failed: ${site.stderr}`);
    return { root: site.root, remove: () => rmSync(site.root, { recursive: true, force: true }) };
  }
  const copy = copySite(n);
  // The real corrections name the real sources' claims: in a generated corpus each would be an input error.
  writeFileSync(join(copy.root, 'content', 'corrections.yaml'), '');
  const build = await runScript(copy.root, 'build');
  if (build.code !== 0) throw new Error(`build failed: ${build.stderr}`);
  return copy;
}

/** Measure one site: build it, then the browser's run; the changed source is the first text source. */
async function measure(n: number | null): Promise<OfflineCase> {
  const copy = await builtCopy(n);
  try {
    const dist = join(copy.root, 'dist');
    const files = manifestOf(dist).files;
    // gzip only: brotli at quality 11 over 1,000 sources' 240 MB takes minutes.
    const gzipOf = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p))).length, 0);
    const shellGzip = gzipOf(files.map(([p]) => p).filter((p) => SHELL.test(p)));
    const wholeSiteGzip = gzipOf(files.map(([p]) => p));
    const started = performance.now();
    spawnSync('node', ['scripts/service-worker.ts'], { cwd: copy.root, stdio: 'ignore' });
    const workerStepMs = performance.now() - started;
    const first = readdirSync(join(copy.root, 'content', 'sources'))
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!;
    const [figures] = await withChromium(async (browser) =>
      offlineRun(await browser.newPage(), copy.root, (root) => addNote(root, first), SAVE_TIMEOUT),
    );
    return {
      site: n === null ? 'real site' : 'generated',
      sources: n ?? readdirSync(SOURCES).filter((f) => /\.(?:txt|html)$/.test(f)).length,
      figures,
      shellGzip,
      wholeSiteGzip,
      workerStepMs,
    };
  } finally {
    copy.remove();
  }
}

const mb = (bytes: number) => round(bytes / MB, 3);

/**
 * The offline module of `npm run bench`.
 *
 * @example await offlineBench.run({ quick: true, runs: null, log: console.error }) // { results: { cases: […] }, tables, notes }
 */
export const offlineBench: BenchModule = {
  name: 'offline',
  description:
    'offline reading in Chromium: first-visit precache, the whole site saved, an update after one source changed',
  async run({ quick, log }) {
    const sizes: (number | null)[] = quick ? [null] : [null, 100, 1000];
    const cases: OfflineCase[] = [];
    for (const n of sizes) {
      log(`offline: ${n === null ? 'the real site' : `${n} generated sources`}`);
      const c = await measure(n);
      cases.push(c);
      const { firstVisit, wholeSite, update } = c.figures;
      const figures = {
        firstVisit,
        wholeSite,
        update: update.tally,
        changed: update.changed.length,
        ms: c.workerStepMs,
      };
      log(`offline: ${JSON.stringify(figures)}`);
    }
    const tables: Table[] = [
      {
        title: 'Offline reading (MB: raw files; gzip as a server sends them)',
        columns: [
          'site',
          'sources',
          'first visit: files',
          'first visit MB',
          'first visit MB gzip',
          'whole site: files',
          'whole site MB',
          'whole site MB gzip',
          'update: files changed',
          'update: files fetched',
          'update MB fetched',
          'sw.js KB',
          'worker step ms',
        ],
        rows: cases.map((c) => [
          c.site,
          c.sources,
          c.figures.firstVisit.files,
          mb(c.figures.firstVisit.bytes),
          mb(c.shellGzip),
          c.figures.wholeSite.files,
          mb(c.figures.wholeSite.bytes),
          mb(c.wholeSiteGzip),
          c.figures.update.changed.length,
          c.figures.update.fetched.length,
          mb(c.figures.update.tally.bytes),
          round(c.figures.worker / 1000, 3),
          Math.round(c.workerStepMs),
        ]),
      },
    ];
    const notes = [
      'First visit: what the cache holds after the home page is opened once (the shell). Whole site: every file of the manifest, which "Save the whole site" fetches. Update: the site rebuilt with one line added to one source, a saved copy updated by the new worker; "fetched" counts every request the browser made for it (sw.js, js/offline-store.js, offline-manifest.json and the changed files).',
      ...cases.map(({ site, sources, figures: { update } }) => {
        const more = update.changed.length > 8 ? ` and ${update.changed.length - 8} more` : '';
        return `${site}, ${sources} sources: the update changed ${update.changed.slice(0, 8).join(', ')}${more}.`;
      }),
    ];
    return { results: { cases }, tables, notes };
  },
};
