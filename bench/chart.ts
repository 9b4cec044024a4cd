/**
 * The chart benchmark: `npm run bench:chart` (builds the site first). Loads the built home page in
 * Chromium with 100, 1,000 and 10,000 synthetic claims in place of the real ones and measures
 *  - render: the chart script's start-up, from its first line until the chart responds (its first
 *    ~400 marks drawn and laid out) and until it is complete (the rest drawn in later steps);
 *  - changes: one control change (the date "to", the measure group, the rows, the view), from the
 *    change event until the chart responds and until it is complete;
 * each the median of 5 runs.
 * plus the script's size raw, gzipped and brotli-compressed. Prints a table, writes bench/results-chart.json.
 * Timings are reported, not asserted: they depend on the machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { machine, median, round } from './measure.ts';
import { syntheticChartData } from './chart-fixture.ts';

const SIZES = [100, 1000, 10000];
const RUNS = 5;
const dist = new URL('../dist/', import.meta.url);
const registry = parse(readFileSync(new URL('../content/reporters.yaml', import.meta.url), 'utf8'));
const home = readFileSync(new URL('index.html', dist), 'utf8');
const script = readFileSync(new URL('js/chart.js', dist));
/** Runs right after the chart script (deferred scripts run in order) and forces layout. */
const PROBE = `document.body.offsetHeight; performance.mark('chart-laid-out');`;

function page(n: number): string {
  const json = JSON.stringify(syntheticChartData(n, registry)).replace(/</g, '\\u003c');
  return home
    .replace(/(<script type="application\/json" class="chart-data">)[^]*?(<\/script>)/, (_, a, b) => a + json + b)
    .replace(
      '<script src="/js/chart.js" defer></script>',
      (tag) => `${tag}<script src="/bench-probe.js" defer></script>`,
    );
}

async function serve(p: Page, html: string): Promise<void> {
  await p.route('http://bench.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
    if (path === '/bench-probe.js') return route.fulfill({ contentType: 'text/javascript', body: PROBE });
    try {
      return route.fulfill({ body: readFileSync(new URL(`.${path}`, dist)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/**
 * A control change, timed in the page: until the chart responds (the first ~400 marks drawn and
 * laid out, synchronously) and until it is complete (the last step drawn; rows off screen are laid
 * out only when scrolled to).
 */
async function change(p: Page, name: string, value: string): Promise<[number, number]> {
  return p.evaluate(
    async ([name, value]) => {
      performance.clearMarks('chart-drawn');
      const form = document.querySelector<HTMLFormElement>('.chart-controls')!;
      const input = form.elements.namedItem(name!) as RadioNodeList | HTMLInputElement;
      const t0 = performance.now();
      input.value = value!;
      form.dispatchEvent(new Event('change'));
      document.body.offsetHeight;
      const responds = performance.now() - t0;
      while (name !== 'to' && !performance.getEntriesByName('chart-drawn').length) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const drawn = performance.getEntriesByName('chart-drawn')[0]?.startTime ?? t0;
      return [responds, Math.max(responds, drawn - t0)];
    },
    [name, value],
  );
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const runs = [];
for (const n of SIZES) {
  const html = page(n);
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await serve(p, html);
  const render: number[][] = [];
  for (let i = 0; i < RUNS; i++) {
    await p.goto('http://bench.test/');
    await p.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0);
    render.push(
      await p.evaluate(() => {
        document.body.offsetHeight;
        const first = performance.measure('first', 'chart-start', 'chart-laid-out').duration;
        return [first, Math.max(first, performance.measure('complete', 'chart-start', 'chart-drawn').duration)];
      }),
    );
  }
  const marks = await p.locator('.chart-live .mark').count();
  const mid = await p.evaluate(() => {
    const d = JSON.parse(document.querySelector('.chart-data')!.textContent!).claims.map(
      (c: { date: string | null }) => c.date,
    );
    return d.filter(Boolean).sort()[Math.floor(d.length / 4)];
  });
  const changes = {
    to: [mid, ''],
    group: ['losses', 'troops'],
    by: ['outlet', 'reporter'],
    view: ['timeline', 'range'],
  };
  const filter: Record<string, { responds: number; complete: number }> = {};
  for (const [name, [a, b]] of Object.entries(changes)) {
    const times: [number, number][] = [];
    for (let i = 0; i < RUNS; i++) times.push(await change(p, name, a!), await change(p, name, b!));
    filter[name] = { responds: round(median(times.map((t) => t[0]))), complete: round(median(times.map((t) => t[1]))) };
  }
  const renderMs = {
    responds: round(median(render.map((r) => r[0]!))),
    complete: round(median(render.map((r) => r[1]!))),
  };
  runs.push({ claims: n, marks, renderMs, changeMs: filter });
  await p.close();
}
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(browser),
  script: { raw: script.length, gzip: gzipSync(script).length, brotli: brotliCompressSync(script).length },
  runs,
};
await browser.close();
writeFileSync(new URL('results-chart.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(`chart.js: ${result.script.raw} B raw, ${result.script.gzip} B gzip, ${result.script.brotli} B brotli`);
const cell = (t: { responds: number; complete: number }) =>
  t.responds === t.complete ? `${t.responds}` : `${t.responds} / ${t.complete}`;
console.log('ms: responds / complete (the first 400 marks at once, the rest in later steps)');
console.table(
  runs.map((r) => ({
    claims: r.claims,
    marks: r.marks,
    render: cell(r.renderMs),
    ...Object.fromEntries(Object.entries(r.changeMs).map(([k, v]) => [k, cell(v)])),
  })),
);
