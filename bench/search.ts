/**
 * The search benchmark: `npm run bench:search` (builds the site first). Loads the built search page
 * in Chromium with 100, 1,000 and 10,000 synthetic claims (bench/search-fixture.ts: the real quotes,
 * figures varied) in place of the real index, and measures, as the median of 5 runs:
 *  - the index's size, raw and gzipped (gzip flatters it: the quotes repeat every few kilobytes);
 *  - start-up: parsing the index script, then preparing the records;
 *  - a query: from submitting it until its results are drawn and laid out, for a few queries.
 * Prints a table and writes bench/results-search.json. Reported, not asserted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Claim } from '../src/schemas/claim.ts';
import { registrySchema } from '../src/schemas/reporter.ts';
import { buildSearchIndex, searchIndexScript } from '../src/search/build-index.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { machine, median, round } from './measure.ts';
import { syntheticSearchInput } from './search-fixture.ts';

const SIZES = [100, 1000, 10000];
const RUNS = 5;
const QUERIES = ['kursk', '10,000', 'hur', 'north korean troops', 'b'];
const dist = new URL('../dist/', import.meta.url);
const registry = registrySchema.parse(
  parse(readFileSync(new URL('../content/reporters.yaml', import.meta.url), 'utf8')),
);
const quotes = (JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] }).claims.map(
  (c) => c.quote,
);
/** Runs before the index script (deferred scripts run in order): marks the start of its parsing. */
const PROBE = `performance.mark('index-start');`;

async function serve(p: Page, index: string): Promise<void> {
  const html = readFileSync(new URL('search/index.html', dist), 'utf8').replace(
    '<script src="../js/search-index.js" defer></script>',
    (tag) => `<script src="../bench-probe.js" defer></script>${tag}`,
  );
  await p.route('http://bench.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/search/') return route.fulfill({ contentType: 'text/html', body: html });
    if (path === '/bench-probe.js') return route.fulfill({ contentType: 'text/javascript', body: PROBE });
    if (path === '/js/search-index.js') return route.fulfill({ contentType: 'text/javascript', body: index });
    try {
      return route.fulfill({ body: readFileSync(new URL(`.${path}`, dist)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/** One query, timed in the page: submit until the results are drawn and laid out. */
function query(p: Page, q: string): Promise<number> {
  return p.evaluate((q) => {
    const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
    (form.elements.namedItem('q') as HTMLInputElement).value = q;
    const t0 = performance.now();
    form.requestSubmit();
    document.body.offsetHeight;
    return performance.now() - t0;
  }, q);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const runs = [];
for (const n of SIZES) {
  const index = searchIndexScript(buildSearchIndex(syntheticSearchInput(n, registry, quotes)));
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await serve(p, index);
  const startup: number[][] = [];
  for (let i = 0; i < RUNS; i++) {
    await p.goto('http://bench.test/search/');
    startup.push(
      await p.evaluate(() => [
        performance.measure('parse', 'index-start', 'search-start').duration,
        performance.measure('prepare', 'search-start', 'search-ready').duration,
      ]),
    );
  }
  const queryMs: Record<string, number> = {};
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await query(p, q));
    queryMs[q] = round(median(times));
  }
  const results: Record<string, string | null> = {};
  for (const q of QUERIES) {
    await query(p, q);
    results[q] = await p.locator('[data-search-status]').textContent();
  }
  runs.push({
    claims: n,
    index: { raw: index.length, gzip: gzipSync(index).length },
    parseMs: round(median(startup.map((s) => s[0]!))),
    prepareMs: round(median(startup.map((s) => s[1]!))),
    queryMs,
    results,
  });
  await p.close();
}
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(browser),
  runs,
};
await browser.close();
writeFileSync(new URL('results-search.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.table(
  runs.map((r) => ({
    claims: r.claims,
    'index KB': `${Math.round(r.index.raw / 1024)} (${Math.round(r.index.gzip / 1024)} gz)`,
    parse: r.parseMs,
    prepare: r.prepareMs,
    ...r.queryMs,
  })),
);
