/**
 * The search benchmark: the built search page (dist/, `npm run build` first) in Chromium with 100,
 * 1,000 and 10,000 synthetic claims (bench/search-fixture.ts: the real quotes, figures varied) in
 * place of the real index. Medians of a few runs of
 *  - the index's size, raw and compressed (compression flatters it: the quotes repeat every few kilobytes);
 *  - start-up: parsing the index script, then preparing the records;
 *  - a query: from submitting it until its results are drawn and laid out, for a few queries.
 * Timings depend on the machine: reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Claim } from '../src/schemas/claim.ts';
import { buildSearchIndex, searchIndexScript } from '../src/search/build-index.ts';
import { loadRegistry, ORIGIN, serveSite, withChromium, withScriptBeside } from './lib/browser.ts';
import { requireDist } from './lib/dist.ts';
import type { BenchModule } from './lib/module.ts';
import { median, round, type Table } from './lib/report.ts';
import { formatSizes, sizesOf } from './lib/sizes.ts';
import { syntheticSearchInput } from './search-fixture.ts';

const FULL = { sizes: [100, 1000, 10_000], runs: 5 };
const QUICK = { sizes: [100, 1000], runs: 2 };
const QUERIES = ['kursk', '10,000', 'hur', 'north korean troops', 'b'];
/** Runs before the index script (deferred scripts run in order): marks the start of its parsing. */
const PROBE = `performance.mark('index-start');`;

/** One query, timed in the page: submit until the results are drawn and laid out. */
function query(page: Page, q: string): Promise<number> {
  return page.evaluate((q) => {
    const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
    (form.elements.namedItem('q') as HTMLInputElement).value = q;
    const t0 = performance.now();
    form.requestSubmit();
    document.body.offsetHeight;
    return performance.now() - t0;
  }, q);
}

/**
 * The search module of `npm run bench`.
 *
 * @example await searchBench.run({ quick: true, log: console.error }) // { results: { runs: [{ claims: 100, parseMs: 13.2, … }, …] }, tables, notes }
 */
export const searchBench: BenchModule = {
  name: 'search',
  description: 'search index size, start-up and query times in Chromium at 100 to 10,000 claims',
  async run(context) {
    const dist = requireDist();
    const { sizes, runs } = context.quick ? QUICK : FULL;
    const registry = loadRegistry();
    const claims = join(import.meta.dirname, '..', 'src', 'data', 'claims.json');
    const quotes = (JSON.parse(readFileSync(claims, 'utf8')) as { claims: Claim[] }).claims.map((c) => c.quote);
    const html = withScriptBeside(
      readFileSync(join(dist, 'search', 'index.html'), 'utf8'),
      'js/search-index.js',
      '/bench-probe.js',
      'before',
    );
    const [rows, facts] = await withChromium(async (browser) => {
      const rows = [];
      for (const n of sizes) {
        context.log(`search: ${n} claims`);
        const index = searchIndexScript(buildSearchIndex(syntheticSearchInput(n, registry, quotes)));
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await serveSite(page, dist, {
          '/search/': { type: 'text/html', body: html },
          '/bench-probe.js': { type: 'text/javascript', body: PROBE },
          '/js/search-index.js': { type: 'text/javascript', body: index },
        });
        const startup = [];
        for (let i = 0; i < runs; i++) {
          await page.goto(`${ORIGIN}/search/`);
          startup.push(
            await page.evaluate(() => [
              performance.measure('parse', 'index-start', 'search-start').duration,
              performance.measure('prepare', 'search-start', 'search-ready').duration,
            ]),
          );
        }
        const queryMs: Record<string, number> = {};
        const results: Record<string, string | null> = {};
        for (const q of QUERIES) {
          const times = [];
          for (let i = 0; i < runs; i++) times.push(await query(page, q));
          queryMs[q] = round(median(times));
          results[q] = await page.locator('[data-search-status]').textContent();
        }
        rows.push({
          claims: n,
          index: sizesOf(index),
          parseMs: round(median(startup.map((s) => s[0]!))),
          prepareMs: round(median(startup.map((s) => s[1]!))),
          queryMs,
          results,
        });
        await page.close();
      }
      return rows;
    });
    const tables: Table[] = [
      {
        title: `Search in ${facts.browser} (ms, median of ${runs})`,
        columns: ['claims', 'index KB raw / gzip / brotli', 'parse', 'prepare', ...QUERIES.map((q) => `“${q}”`)],
        rows: rows.map((r) => [
          r.claims.toLocaleString('en-US'),
          formatSizes(r.index),
          r.parseMs,
          r.prepareMs,
          ...QUERIES.map((q) => r.queryMs[q]!),
        ]),
      },
    ];
    const notes = [
      `"parse": the index script, from before it runs until the search code starts; "prepare": the records made ready; a query: submit until its results are laid out.`,
      `Results at ${rows.at(-1)!.claims.toLocaleString('en-US')} claims: ${QUERIES.map((q) => rows.at(-1)!.results[q]).join(' ')}`,
      `Load average ${facts.loadAverage} at the end: other work on the machine slows every figure.`,
    ];
    return { results: { ...facts, runs: rows }, tables, notes };
  },
};
