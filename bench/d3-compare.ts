/**
 * Benchmark 7 of issue 6: what importing d3 submodules saves. The chart script is bundled three
 * ways with the site's own bundler call (bundleClassicScript): as the site builds it (d3-array,
 * d3-scale, d3-shape); the same code with its d3 imports resolved to the full `d3` package, as
 * `import * as d3 from 'd3'` gives it, tree-shaken (the smallest equivalent with the full bundle);
 * and, for scale, with the whole prebuilt d3.min.js that a `<script>` from a CDN loads. For each:
 * bytes raw and compressed, the home page's total weight with it, and the chart's start-up time at
 * 1,000 and 10,000 synthetic claims in Chromium (runs of the three interleaved), as ratios to the site's.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { Plugin } from 'rolldown';
import { bundleClassicScript } from '../src/integrations/classic-scripts.ts';
import { loadRegistry, withChromium } from './lib/browser.ts';
import { openChartPage, timeRender } from './lib/chart-page.ts';
import { requireDist } from './lib/dist.ts';
import type { BenchModule } from './lib/module.ts';
import { weighPage } from './lib/page-weight.ts';
import { median, round, type Table } from './lib/report.ts';
import { formatSizes, sizesOf, sumSizes, type Sizes } from './lib/sizes.ts';

/** More runs than the chart module: the differences measured are small beside the noise. */
const FULL = { sizes: [1000, 10_000], runs: 9 };
const QUICK = { sizes: [1000], runs: 2 };
const D3_UMD = join(dirname(createRequire(import.meta.url).resolve('d3')), 'd3.min.js');

/**
 * A bundler plugin resolving the chart code's d3 imports (`d3-scale`, …) to `target` instead; d3's
 * own imports of its modules, inside node_modules, resolve as usual.
 */
function d3From(target: string): Plugin {
  return {
    name: 'bench-d3-from',
    resolveId(source, importer) {
      if (!source.startsWith('d3-') || !importer || importer.includes(`${sep}node_modules${sep}`)) return null;
      return this.resolve(target, importer);
    },
  };
}

const VARIANTS = [
  { name: 'd3 submodules (the site)', plugins: [] },
  { name: "full d3 (import * as d3 from 'd3'), tree-shaken", plugins: [d3From('d3')] },
  { name: 'whole d3.min.js, as a CDN <script>', plugins: [d3From(D3_UMD)] },
];

const ratio = (value: number, base: number) => `${round(value / base)}×`;

/**
 * The d3-compare module of `npm run bench`.
 *
 * @example await d3CompareBench.run({ quick: true, log: console.error }) // { results: { variants: [{ name, script: { raw, gzip, brotli }, renderMs: {…} }, …] }, tables, notes }
 */
export const d3CompareBench: BenchModule = {
  name: 'd3-compare',
  description: 'the chart with d3 submodules beside the same chart with the full d3',
  async run(context) {
    const dist = requireDist();
    const { sizes, runs } = context.quick ? QUICK : FULL;
    const registry = loadRegistry();
    const home = weighPage(dist, 'index.html');
    const homeWithout = sumSizes([
      home.html,
      home.css,
      home.other,
      ...home.scripts.filter((s) => s.path !== 'js/chart.js').map((s) => s.sizes),
    ]);
    const built = await Promise.all(VARIANTS.map((v) => bundleClassicScript('/js/chart.js', v.plugins)));
    const [timings, facts] = await withChromium(async (browser) => {
      const timings = new Map<number, { responds: number; withScript: number }[]>();
      for (const n of sizes) {
        context.log(`d3-compare: ${n} claims`);
        const pages = await Promise.all(built.map((code) => openChartPage(browser, dist, n, registry, code)));
        const times: { responds: number; withScript: number }[][] = pages.map(() => []);
        // Each run starts with the next variant: none is always first after a pause.
        for (let i = 0; i < runs * pages.length; i++) {
          const v = (i + Math.floor(i / pages.length)) % pages.length;
          times[v]!.push(await timeRender(pages[v]!));
        }
        timings.set(
          n,
          times.map((t) => ({
            responds: round(median(t.map((r) => r.responds))),
            withScript: round(median(t.map((r) => r.withScript))),
          })),
        );
        await Promise.all(pages.map((p) => p.close()));
      }
      return timings;
    });
    const variants = VARIANTS.map((v, i) => ({
      name: v.name,
      script: sizesOf(built[i]!),
      homeTotal: sumSizes([homeWithout, sizesOf(built[i]!)]),
      renderMs: Object.fromEntries(sizes.map((n) => [n, timings.get(n)![i]!])),
    }));
    const site = variants[0]!;
    const vs = (value: Sizes, base: Sizes) => `${formatSizes(value)} (${ratio(value.gzip, base.gzip)})`;
    const tables: Table[] = [
      {
        title: `The chart with d3 submodules and with the full d3 (KB raw / gzip / brotli; ms, median of ${runs} in ${facts.browser}; × the site's)`,
        columns: [
          'chart script built with',
          'js/chart.js',
          'home page total',
          ...sizes.map((n) => `render ${n.toLocaleString('en-US')} claims, script included`),
        ],
        rows: variants.map((v) => [
          v.name,
          vs(v.script, site.script),
          vs(v.homeTotal, site.homeTotal),
          ...sizes.map((n) => {
            const ms = v.renderMs[n]!.withScript;
            return `${ms} (${ratio(ms, site.renderMs[n]!.withScript)})`;
          }),
        ]),
      },
    ];
    const shaken = variants[1]!;
    const notes = [
      `Same chart code, same bundler call (rolldown, IIFE, minified); only where its d3 imports resolve differs. Ratios of bytes are of gzip.`,
      `The full d3 declares \`"sideEffects": false\`, and rolldown honours it: \`import * as d3 from 'd3'\` tree-shakes to the same d3 modules the site imports. Importing submodules saves bytes where d3 arrives whole: the prebuilt d3.min.js, which no bundler shakes.`,
      `Render, script included: from just before the chart script runs (compiling it and running d3's module code) until the first ~400 marks are drawn and laid out. ` +
        `Without the script (from the chart code's first line): ${sizes.map((n) => `${n.toLocaleString('en-US')} claims ${variants.map((v) => v.renderMs[n]!.responds).join(' / ')} ms`).join('; ')}.`,
      `Load average ${facts.loadAverage} at the end: other work on the machine slows every figure.`,
    ];
    if (Math.abs(shaken.script.gzip / site.script.gzip - 1) < 0.01) {
      notes.push(
        `The tree-shaken full d3 is within 1% of the site's bytes: the two builds' differences in time are this measurement's noise.`,
      );
    }
    return { results: { ...facts, variants }, tables, notes };
  },
};
