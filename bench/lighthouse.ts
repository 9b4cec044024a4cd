/**
 * Benchmark 5 of issue 6: Lighthouse (mobile: a mid-range phone on slow 4G, simulated throttling)
 * on the home page, a source page and a claim page of the built site (dist/, `npm run build`
 * first), served locally gzipped as a static host would. Performance, accessibility, best practices
 * and SEO, the median of a few runs, and the audits that keep a score below 100. Runs offline.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { serve } from '../tests/support/serve.ts';
import { requireDist } from './lib/dist.ts';
import type { BenchModule } from './lib/module.ts';
import { weighSite, type PageType } from './lib/page-weight.ts';
import { median, type Table } from './lib/report.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES: readonly PageType[] = ['home', 'source', 'claim'];
/** The metrics the performance score is made of. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** One Lighthouse run of `url` in a fresh headless Chromium. */
async function audit(url: string): Promise<Result> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const run = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`lighthouse gave no result for ${url}`);
    if (run.lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${run.lhr.runtimeError.message}`);
    return run.lhr;
  } finally {
    chrome.kill();
  }
}

/** The audits of a category that cost it points in a run: weighted, scored below 1. */
function failing(lhr: Result, category: string): string[] {
  return lhr.categories[category]!.auditRefs.flatMap((ref) => {
    const a = lhr.audits[ref.id]!;
    if (ref.weight === 0 || a.score === null || a.score >= 1) return [];
    return [`${a.id} (${a.displayValue ? `${a.displayValue}, ` : ''}score ${Math.round(a.score * 100)})`];
  });
}

/** The medians of a page's runs, and each failing audit with how many runs it failed in. */
function summarise(runs: readonly Result[]) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, median(runs.map((r) => Math.round((r.categories[c]!.score ?? 0) * 100)))]),
  );
  const metrics = Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r.audits[m]!.numericValue ?? 0))]));
  const failures = Object.fromEntries(
    CATEGORIES.map((c) => {
      const counts = new Map<string, number>();
      for (const r of runs) for (const f of failing(r, c)) counts.set(f, (counts.get(f) ?? 0) + 1);
      return [c, [...counts].map(([f, n]) => (runs.length > 1 ? `${f} in ${n} of ${runs.length} runs` : f))];
    }),
  );
  return { scores, metrics, failures };
}

/**
 * The lighthouse module of `npm run bench`.
 *
 * @example await lighthouseBench.run({ quick: true, log: console.error }) // { results: { pages: [{ type: 'home', scores: { performance: 100, … } }, …] }, tables, notes }
 */
export const lighthouseBench: BenchModule = {
  name: 'lighthouse',
  description: 'Lighthouse mobile scores of the home, a source and a claim page',
  async run(context) {
    const site = weighSite(requireDist());
    const runs = context.quick ? 1 : 3;
    const server = serve(requireDist(), 0, { gzip: true });
    await once(server, 'listening');
    const origin = `http://localhost:${(server.address() as AddressInfo).port}/`;
    const pages = [];
    let version = '';
    try {
      for (const type of PAGES) {
        const page = site.types.get(type)!.median.page.replace(/index\.html$/, '');
        const lhrs: Result[] = [];
        for (let i = 0; i < runs; i++) {
          context.log(`lighthouse ${type} /${page} run ${i + 1} of ${runs}`);
          lhrs.push(await audit(origin + page));
        }
        version = lhrs[0]!.lighthouseVersion;
        pages.push({ type, page: `/${page}`, runs, ...summarise(lhrs) });
      }
    } finally {
      server.close();
    }
    const tables: Table[] = [
      {
        title: `Lighthouse ${version}, mobile (median of ${runs} run${runs > 1 ? 's' : ''})`,
        columns: ['page', ...CATEGORIES, 'FCP s', 'LCP s', 'TBT ms', 'CLS', 'audits below 100'],
        rows: pages.map((p) => [
          `${p.type}: ${p.page}`,
          ...CATEGORIES.map((c) => p.scores[c]!),
          (p.metrics['first-contentful-paint']! / 1000).toFixed(2),
          (p.metrics['largest-contentful-paint']! / 1000).toFixed(2),
          Math.round(p.metrics['total-blocking-time']!),
          p.metrics['cumulative-layout-shift']!.toFixed(3),
          CATEGORIES.flatMap((c) => p.failures[c]!.map((f) => `${c}: ${f}`)).join('; ') || 'none',
        ]),
      },
    ];
    const notes = [
      `Lighthouse's default mobile settings: Moto G Power-class screen and CPU (4x slowdown), slow 4G (150 ms, 1.6 Mbit/s), throttling simulated from one unthrottled load; Chromium ${findChromium()}.`,
      `Served from dist/ by tests/support/serve.ts on localhost with gzip, as a static host sends it. The page of each type is its median by weight (the page-weight module).`,
      `Performance is timed on this machine and varies with its load: other work during a run lowers it.`,
    ];
    return { results: { lighthouse: version, pages }, tables, notes };
  },
};
