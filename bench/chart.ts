/**
 * Benchmark 6 of issue 6: the chart in Chromium with 100, 1,000 and 10,000 synthetic claims
 * (bench/chart-fixture.ts, seeded) in place of the real ones on the built home page (dist/,
 * `npm run build` first). Medians of a few runs of
 *  - render: the chart script's start-up, from its first line until the chart responds (its first
 *    ~400 marks drawn and laid out) and until it is complete (the rest drawn in later steps);
 *  - changes: one control change (the date "to", the measure group, the rows, the view), from the
 *    change event until the chart responds and until it is complete;
 * and the script's size. Timings depend on the machine: reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, withChromium } from './lib/browser.ts';
import { openChartPage, timeChange, timeRender } from './lib/chart-page.ts';
import { requireDist } from './lib/dist.ts';
import type { BenchModule } from './lib/module.ts';
import { median, round, type Table } from './lib/report.ts';
import { formatSizes, sizesOf } from './lib/sizes.ts';

const FULL = { sizes: [100, 1000, 10_000], runs: 5 };
const QUICK = { sizes: [100, 1000], runs: 2 };
/** The targets at 10,000 claims, in ms. */
const TARGETS = { render: 200, change: 50 };
/** Each control change and back: [field, value, value to go back to]. The date is set in the page. */
const CHANGES = { group: ['losses', 'troops'], by: ['outlet', 'reporter'], view: ['timeline', 'range'] };

/** Both times of a response as one cell: '12.3' when the chart is complete at once, else '12.3 / 40.1'. */
const cell = (t: { responds: number; complete: number }) =>
  t.responds === t.complete ? `${t.responds}` : `${t.responds} / ${t.complete}`;
const medians = (times: readonly (readonly [number, number])[]) => ({
  responds: round(median(times.map((t) => t[0]))),
  complete: round(median(times.map((t) => t[1]))),
});

/**
 * The chart module of `npm run bench`.
 *
 * @example await chartBench.run({ quick: true, log: console.error }) // { results: { script: {…}, runs: [{ claims: 100, renderMs: {…}, changeMs: {…} }, …] }, tables, notes }
 */
export const chartBench: BenchModule = {
  name: 'chart',
  description: 'chart render and control-change times in Chromium at 100 to 10,000 claims',
  async run(context) {
    const dist = requireDist();
    const { sizes, runs } = context.quick ? QUICK : FULL;
    const registry = loadRegistry();
    const [rows, facts] = await withChromium(async (browser) => {
      const rows = [];
      for (const n of sizes) {
        context.log(`chart: ${n} claims`);
        const page = await openChartPage(browser, dist, n, registry);
        const render = [];
        for (let i = 0; i < runs; i++) render.push(await timeRender(page));
        const marks = await page.locator('.chart-live .mark').count();
        // A "to" date a quarter into the claims' dates hides three quarters of the marks.
        const quarter = await page.evaluate(() => {
          const data = (self as unknown as Record<string, { claims: { date: string | null }[] }>)['NK_CHART_DATA']!;
          const dates = data.claims.flatMap((c) => (c.date ? [c.date] : [])).sort();
          return dates[Math.floor(dates.length / 4)]!;
        });
        const changeMs: Record<string, { responds: number; complete: number }> = {};
        for (const [name, [there, back]] of Object.entries({ to: [quarter, ''], ...CHANGES })) {
          const times = [];
          for (let i = 0; i < runs; i++) {
            times.push(await timeChange(page, name, there!), await timeChange(page, name, back!));
          }
          changeMs[name] = medians(times);
        }
        const renderMs = {
          ...medians(render.map((r) => [r.responds, r.complete] as const)),
          withScript: round(median(render.map((r) => r.withScript))),
        };
        rows.push({ claims: n, marks, renderMs, changeMs });
        await page.close();
      }
      return rows;
    });
    const script = sizesOf(readFileSync(join(dist, 'js', 'chart.js')));
    const largest = rows.at(-1)!;
    const slowestChange = Math.max(...Object.values(largest.changeMs).map((t) => t.responds));
    const tables: Table[] = [
      {
        title: `Chart in ${facts.browser} (ms, median of ${runs}: responds / complete)`,
        columns: [
          'claims',
          'marks',
          'render',
          'render, script included',
          ...Object.keys(largest.changeMs).map((k) => `change ${k}`),
        ],
        rows: rows.map((r) => [
          r.claims.toLocaleString('en-US'),
          r.marks,
          cell(r.renderMs),
          r.renderMs.withScript,
          ...Object.values(r.changeMs).map(cell),
        ]),
      },
    ];
    const targets = {
      'render < 200 ms': {
        measuredMs: largest.renderMs.withScript,
        met: largest.renderMs.withScript < TARGETS.render,
      },
      'each change < 50 ms': { measuredMs: slowestChange, met: slowestChange < TARGETS.change },
    };
    if (!context.quick) {
      tables.push({
        title: 'Chart targets at 10,000 claims',
        columns: ['target', 'measured ms', 'met'],
        rows: Object.entries(targets).map(([name, t]) => [name, t.measuredMs, t.met ? 'yes' : 'no']),
      });
    }
    const notes = [
      `js/chart.js: ${formatSizes(script)} KB raw / gzip / brotli.`,
      `"responds": until the first ~400 marks are drawn and laid out, synchronously; "complete": until the last of the later drawing steps. Render starts at the chart code's first line; "script included" starts before the script runs (compiling it, running d3's module code) and ends when the chart responds. The render target is judged on that; a change's on "responds".`,
      `Load average ${facts.loadAverage} at the end: other work on the machine slows every figure.`,
    ];
    return { results: { ...facts, script, runs: rows, targets }, tables, notes };
  },
};
