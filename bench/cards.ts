/**
 * The social cards' cost: synthetic claims' cards (bench/chart-fixture.ts) made as the build makes
 * them — each claim's card text and SVG, then resvg on libuv's thread pool, four cards in flight as
 * Astro renders four pages at once (`build.concurrency: 4`) — first into an empty cache (cold), then
 * again from that cache. For 1,000 and 10,000 claims: wall and CPU time, milliseconds per card, and
 * the PNGs' median size. Timings depend on the machine: reported, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardSvg } from '../src/cards/card-svg.ts';
import { claimCardText } from '../src/cards/card-text.ts';
import { cardRenderer } from '../src/cards/render-card.ts';
import { claimDate } from '../src/utils/dates.ts';
import { syntheticClaims } from './chart-fixture.ts';
import { loadRegistry } from './lib/browser.ts';
import type { BenchModule } from './lib/module.ts';
import { median, round, type Table } from './lib/report.ts';

const FULL = { sizes: [1000, 10_000], runs: [3, 1] };
const QUICK = { sizes: [50, 200], runs: [1, 1] };
/** Cards rendered at once: Astro's `build.concurrency` (astro.config.mjs). */
const IN_FLIGHT = 4;

/**
 * One pass over `n` cards, each SVG made (`svg(i)`) then rendered through the cache in `dir`, as a
 * build does: wall and CPU milliseconds (every thread of the process), and the PNGs' sizes.
 */
async function pass(
  n: number,
  svg: (i: number) => string,
  dir: string,
): Promise<{ ms: number; cpuMs: number; bytes: number[] }> {
  const cards = cardRenderer(dir);
  const bytes: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < n) bytes.push((await cards.render(svg(next++))).length);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes };
}

/**
 * The cards module of `npm run bench`.
 *
 * @example await cardsBench.run({ quick: true, runs: null, log: console.error }) // { results: { runs: [{ claims: 50, coldMsPerCard: 9.1, … }] }, tables, notes }
 */
export const cardsBench: BenchModule = {
  name: 'cards',
  description: 'social cards: SVG and PNG per claim, cold and from the cache, at 1,000 and 10,000 claims',
  async run(context) {
    const { sizes, runs } = context.quick ? QUICK : FULL;
    const registry = loadRegistry();
    const rows = [];
    for (const [k, n] of sizes.entries()) {
      const { claims, sources } = syntheticClaims(n, registry);
      const published = new Map(sources.map((s) => [s.slug, s.publishedOn]));
      const svg = (i: number) => {
        const c = claims[i]!;
        return cardSvg(
          claimCardText(c, c.reporter?.name ?? null, claimDate(c.statedOn, published.get(c.source) ?? null)),
        );
      };
      const svgStarted = performance.now();
      for (let i = 0; i < n; i++) svg(i);
      const svgMs = performance.now() - svgStarted;
      const cold = [];
      const cached = [];
      for (let r = 0; r < (context.runs ?? runs[k]!); r++) {
        const dir = mkdtempSync(join(tmpdir(), 'nk-cards-bench-'));
        try {
          context.log(`cards: ${n} claims, run ${r + 1}: cold`);
          cold.push(await pass(n, svg, dir));
          context.log(`cards: ${n} claims, run ${r + 1}: from the cache`);
          cached.push(await pass(n, svg, dir));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const coldMs = median(cold.map((p) => p.ms));
      const cachedMs = median(cached.map((p) => p.ms));
      rows.push({
        claims: n,
        runs: cold.length,
        svgMsPerCard: round(svgMs / n),
        coldS: round(coldMs / 1000),
        coldCpuS: round(median(cold.map((p) => p.cpuMs)) / 1000),
        coldMsPerCard: round(coldMs / n),
        cachedS: round(cachedMs / 1000),
        cachedMsPerCard: round(cachedMs / n),
        medianPngKB: round(median(cold[0]!.bytes) / 1024),
      });
    }
    const [small, large] = rows as [(typeof rows)[number], (typeof rows)[number]];
    const projected = round((small.coldMsPerCard * large.claims) / 1000);
    const table: Table = {
      title: `Social cards, ${IN_FLIGHT} in flight (each SVG made, then rendered by resvg or read from the cache)`,
      columns: [
        'claims',
        'runs',
        'SVG ms/card',
        'cold s',
        'cold CPU s',
        'cold ms/card',
        'cached s',
        'cached ms/card',
        'median PNG KB',
      ],
      rows: rows.map((r) => [
        r.claims.toLocaleString('en'),
        r.runs,
        r.svgMsPerCard,
        r.coldS,
        r.coldCpuS,
        r.coldMsPerCard,
        r.cachedS,
        r.cachedMsPerCard,
        r.medianPngKB,
      ]),
    };
    const notes = [
      `cold at ${large.claims.toLocaleString('en')} claims: ${large.coldS} s measured, ${projected} s projected from ${small.claims.toLocaleString('en')} (${small.coldMsPerCard} ms a card)`,
      `from the cache: ${large.cachedMsPerCard} ms a card, of which making its SVG (the cache key) ${large.svgMsPerCard} ms`,
    ];
    return { results: { inFlight: IN_FLIGHT, runs: rows, projectedColdS: projected }, tables: [table], notes };
  },
};
