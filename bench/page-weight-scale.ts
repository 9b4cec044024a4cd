/**
 * Issue 15: pages that do not grow with the corpus. Copies of the project with about 100, 1,000 and
 * 10,000 claims (10, 100 and 1,000 generated sources: bench/generate-corpus.ts) each run the full
 * `npm run build` from nothing, then again with only the social cards' cache kept (as every build
 * after the first); the baseline (bench/baseline-site/) builds the same MDX. Each build is weighed:
 * the heaviest first render, the home page and the embed in total, the heaviest page, the chart's
 * data file and the service worker, dist/ by kind of file, and Astro's time per page against the
 * baseline's.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CAPS, weighGzip, type GzipWeight } from '../tests/support/weight-contract.ts';
import { DATA_SCRIPT } from '../src/charts/types.ts';
import type { BenchModule } from './lib/module.ts';
import { runTree, type TreeRun } from './lib/process-tree.ts';
import { round, type Table } from './lib/report.ts';
import { copySite } from './lib/site-copy.ts';
import { ENV, GENERATED, OUTPUTS, PHASES } from './site-build.ts';

const FULL = [10, 100, 1000];
const QUICK = [10];
const KB = 1024;

/** Bytes of dist/ by kind: social cards, HTML, the download zip, and the rest. */
function byKind(dist: string): Record<'cards' | 'html' | 'zip' | 'other' | 'all', number> {
  const out = { cards: 0, html: 0, zip: 0, other: 0, all: 0 };
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const bytes = statSync(join(f.parentPath, f.name)).size;
    const kind = f.name.endsWith('.png')
      ? 'cards'
      : f.name.endsWith('.html')
        ? 'html'
        : f.name.endsWith('.zip')
          ? 'zip'
          : 'other';
    out[kind] += bytes;
    out.all += bytes;
  }
  return out;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
const heaviest = (all: GzipWeight[], by: (w: GzipWeight) => number) => all.reduce((a, b) => (by(b) > by(a) ? b : a));
const kb = (bytes: number) => round(bytes / KB, 1);
const mb = (bytes: number) => round(bytes / 1e6, 1);

async function build(cwd: string, clean: string[], argv: string[]): Promise<TreeRun> {
  for (const path of clean) rmSync(join(cwd, path), { recursive: true, force: true });
  return runTree(argv[0]!, argv.slice(1), { cwd, env: ENV, phases: PHASES });
}

/** One corpus size: a cold build, a build with the cards cached, the baseline, and the weights. */
async function measureSize(n: number, log: (line: string) => void) {
  const site = copySite(n);
  try {
    const cold = await build(site.root, [...OUTPUTS, ...GENERATED], ['npm', 'run', 'build']);
    log(`${n} sources: cold build ${round(cold.wallMs / 1000)} s`);
    // Everything again but the social cards' cache (node_modules/.cache/nk-cards: src/cards/card-cache.ts).
    const keep = OUTPUTS.filter((p) => p !== 'node_modules/.cache');
    const warm = await build(
      site.root,
      [...keep, ...GENERATED, 'node_modules/.cache/nk-ingest'],
      ['npm', 'run', 'build'],
    );
    log(`${n} sources: build with cards cached ${round(warm.wallMs / 1000)} s`);
    const dist = join(site.root, 'dist');
    const pages = weighGzip(dist);
    const kinds = byKind(dist);
    const astro = [process.execPath, join(site.root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
    const baseline = await build(site.baseline, ['dist', '.astro', 'node_modules'], astro);
    const baselinePages = readdirSync(join(site.baseline, 'dist'), { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    const page = (p: string) => pages.find((w) => w.page === p)!;
    const first = heaviest(pages, (w) => w.firstRender);
    const html = heaviest(pages, (w) => w.html);
    const total = heaviest(
      pages.filter((w) => w.page !== 'search/index.html'),
      (w) => w.total,
    );
    const claims = JSON.parse(readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8')).claims
      .length as number;
    const astroMsPerPage = (warm.phases['astro'] ?? 0) / pages.length;
    const baselineMsPerPage = baseline.wallMs / baselinePages;
    return {
      sources: n,
      claims,
      pages: pages.length,
      coldS: round(cold.wallMs / 1000),
      coldAstroS: round((cold.phases['astro'] ?? 0) / 1000),
      warmS: round(warm.wallMs / 1000),
      warmAstroS: round((warm.phases['astro'] ?? 0) / 1000),
      peakTreeRssMiB: round(Math.max(cold.peakTreeRssMiB, warm.peakTreeRssMiB)),
      astroMsPerPage: round(astroMsPerPage),
      baselineMsPerPage: round(baselineMsPerPage),
      perPageRatio: round(astroMsPerPage / baselineMsPerPage),
      firstRenderKB: { worst: kb(first.firstRender), page: first.page },
      homeKB: { firstRender: kb(page('index.html').firstRender), total: kb(page('index.html').total) },
      embedKB: {
        firstRender: kb(page('embed/chart/index.html').firstRender),
        total: kb(page('embed/chart/index.html').total),
      },
      heaviestHtmlKB: { html: kb(html.html), page: html.page },
      heaviestTotalKB: { total: kb(total.total), page: total.page },
      searchTotalKB: kb(page('search/index.html').total),
      chartDataKB: kb(gz(join(dist, DATA_SCRIPT))),
      serviceWorkerKB: kb(gz(join(dist, 'sw.js'))),
      distMB: {
        all: mb(kinds.all),
        cards: mb(kinds.cards),
        html: mb(kinds.html),
        zip: mb(kinds.zip),
        other: mb(kinds.other),
      },
    };
  } finally {
    site.remove();
  }
}

/**
 * The page-weight-scale module of `npm run bench`.
 *
 * @example await pageWeightScaleBench.run({ quick: true, runs: null, log: console.error }) // { results: { sizes: [{ sources: 10, … }] }, tables, notes }
 */
export const pageWeightScaleBench: BenchModule = {
  name: 'page-weight-scale',
  description: 'page weight, dist size and build time at about 100, 1,000 and 10,000 claims',
  async run(context) {
    const sizes = [];
    for (const n of context.quick ? QUICK : FULL) sizes.push(await measureSize(n, context.log));
    const tables: Table[] = [
      {
        title: 'Page weight by corpus size (KB gzip)',
        columns: [
          'sources',
          'claims',
          'pages',
          'worst first render',
          'home first / total',
          'embed first / total',
          'heaviest HTML',
          'heaviest total',
          'chart data file',
          'sw.js',
          'search page total',
        ],
        rows: sizes.map((s) => [
          s.sources,
          s.claims,
          s.pages,
          `${s.firstRenderKB.worst} (${s.firstRenderKB.page})`,
          `${s.homeKB.firstRender} / ${s.homeKB.total}`,
          `${s.embedKB.firstRender} / ${s.embedKB.total}`,
          `${s.heaviestHtmlKB.html} (${s.heaviestHtmlKB.page})`,
          `${s.heaviestTotalKB.total} (${s.heaviestTotalKB.page})`,
          s.chartDataKB,
          s.serviceWorkerKB,
          s.searchTotalKB,
        ]),
      },
      {
        title: 'dist/ and build time by corpus size',
        columns: [
          'sources',
          'dist MB',
          'cards MB',
          'HTML MB',
          'zip MB',
          'other MB',
          'cold build s (astro)',
          'cards cached s (astro)',
          'astro ms/page',
          'baseline ms/page',
          'per-page ratio',
          'peak RSS MiB',
        ],
        rows: sizes.map((s) => [
          s.sources,
          s.distMB.all,
          s.distMB.cards,
          s.distMB.html,
          s.distMB.zip,
          s.distMB.other,
          `${s.coldS} (${s.coldAstroS})`,
          `${s.warmS} (${s.warmAstroS})`,
          s.astroMsPerPage,
          s.baselineMsPerPage,
          s.perPageRatio,
          s.peakTreeRssMiB,
        ]),
      },
    ];
    const notes = [
      `Caps (gzip): first render ${CAPS.firstRender / KB} KB every page; home and embed ${CAPS.homeTotal / KB} KB in total; no page over ${CAPS.anyPage / KB} KB. "first render": the HTML and the stylesheets in <head> (as page-weight). "total": everything a page loads when it opens, but the service worker (sw.js, listed apart: its precache list is the whole site's) and the chart's data file, which the chart script loads when it starts (listed apart). The search page loads the search index, which grows with the corpus (listed apart).`,
      'Each size builds once from nothing (cold: no caches, every social card rendered) and once more keeping only the social cards\u2019 cache, as every build after the first; astro ms per page is the second build\u2019s astro step over the pages it wrote, the baseline\u2019s its whole build over its pages (one per source).',
    ];
    return { results: { sizes }, tables, notes };
  },
};
