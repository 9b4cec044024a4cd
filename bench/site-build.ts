/**
 * Benchmark 3 of issue 6: the site build at scale. A copy of the project with 1,000 synthetic sources
 * (about 10,000 claims) runs the full `npm run build` (ingest, Astro, download bundle, service
 * worker) from nothing; then the baseline (bench/baseline-site/) builds the same generated MDX with
 * the same Astro settings but no claim annotations, claim or index pages, or integrations. Medians of
 * several runs, the two alternating; each in its own process tree, watched for time and memory.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { busyCpuSeconds, othersCores, waitForQuiet } from './lib/machine.ts';
import type { BenchContext, BenchModule } from './lib/module.ts';
import { runTree, type TreeRun } from './lib/process-tree.ts';
import { median, round, type Table } from './lib/report.ts';
import { copySite } from './lib/site-copy.ts';

const FULL = { n: 1000, runs: 3 };
const QUICK = { n: 50, runs: 1 };
/** The issue's target: the full build takes at most this many times the baseline's. */
const TARGET_RATIO = 1.5;
/** The steps of `npm run build`, told apart by the command line of the Node process doing each. */
export const PHASES = {
  ingest: /^\S*node\S* .*scripts\/ingest\.ts/,
  astro: /^\S*node\S* \S*astro(\.mjs)? build/,
  bundle: /^\S*node\S* .*scripts\/bundle\.ts/,
  sw: /^\S*node\S* .*scripts\/service-worker\.ts/,
};
/** What a build leaves behind that the next one would reuse: outputs, generated files and caches. */
export const OUTPUTS = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];
export const GENERATED = ['src/content/sources', 'src/data/claims.json', 'src/data/ingest-report.json'];
export const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** One measured build: its process tree's figures, what it built, and how busy other work kept the machine. */
type Measured = TreeRun & { pages: number; distMB: number; othersCores: number };

/** HTML pages and bytes under `dir`. */
export function tally(dir: string): { pages: number; distMB: number } {
  let pages = 0;
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    bytes += statSync(join(f.parentPath, f.name)).size;
    if (f.name.endsWith('.html')) pages += 1;
  }
  return { pages, distMB: bytes / 1e6 };
}

/** Run a build from nothing (`clean` removed first), after waiting for a quiet machine in a full run. */
async function measure(cwd: string, clean: string[], argv: string[], context: BenchContext): Promise<Measured> {
  for (const path of clean) rmSync(join(cwd, path), { recursive: true, force: true });
  if (!context.quick) await waitForQuiet(60_000, context.log);
  const before = busyCpuSeconds();
  const run = await runTree(argv[0]!, argv.slice(1), { cwd, env: ENV, phases: PHASES });
  const others = othersCores(before, busyCpuSeconds(), run.cpuMs ?? 0, run.wallMs);
  return { ...run, ...tally(join(cwd, 'dist')), othersCores: others };
}

/** Medians of the runs' times, the largest of their memory peaks. */
function summarise(runs: readonly Measured[]) {
  const med = (f: (r: Measured) => number | null | undefined) => median(runs.map((r) => f(r) ?? 0));
  // Only the steps seen: the baseline has no ingest, bundle or service worker.
  const steps = Object.keys(PHASES).filter((k) => runs.some((r) => k in r.phases));
  return {
    wallS: med((r) => r.wallMs / 1000),
    phasesS: Object.fromEntries(steps.map((k) => [k, med((r) => (r.phases[k] ?? 0) / 1000)])),
    stepPeaksMiB: Object.fromEntries(steps.map((k) => [k, Math.max(...runs.map((r) => r.phasePeaksMiB[k] ?? 0))])),
    cpuS: med((r) => (r.cpuMs ?? 0) / 1000),
    peakTreeRssMiB: Math.max(...runs.map((r) => r.peakTreeRssMiB)),
    peakProcessRssMiB: Math.max(...runs.map((r) => r.peakProcessRssMiB ?? 0)),
    pages: runs[0]!.pages,
    distMB: runs[0]!.distMB,
    othersCores: Math.max(...runs.map((r) => r.othersCores)),
  };
}

/**
 * Full builds and baseline builds in turn in a copy with `n` sources, so a busy spell on the machine
 * falls on both alike; the copy is removed afterwards.
 */
async function measureBoth(n: number, runs: number, context: BenchContext) {
  const site = copySite(n);
  try {
    const full: Measured[] = [];
    const baseline: Measured[] = [];
    const astro = [process.execPath, join(site.root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
    for (let r = 0; r < runs; r++) {
      full.push(await measure(site.root, [...OUTPUTS, ...GENERATED], ['npm', 'run', 'build'], context));
      context.log(`full build, run ${r + 1}/${runs}: ${round(full.at(-1)!.wallMs / 1000)} s`);
      baseline.push(await measure(site.baseline, ['dist', '.astro', 'node_modules'], astro, context));
      context.log(`baseline build, run ${r + 1}/${runs}: ${round(baseline.at(-1)!.wallMs / 1000)} s`);
    }
    const data = JSON.parse(readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8')) as {
      claims: unknown[];
    };
    return { sources: site.files, claims: data.claims.length, full: summarise(full), baseline: summarise(baseline) };
  } finally {
    site.remove();
  }
}

/**
 * The site-build module of `npm run bench`.
 *
 * @example await siteBuildBench.run({ quick: true, runs: null, log: console.error }) // { results: { full: { wallS: 9.1, … }, baseline: { … }, ratios: { … } }, tables, notes }
 */
export const siteBuildBench: BenchModule = {
  name: 'site-build',
  description: 'full npm run build at 1,000 sources against a bare Astro build of the same MDX',
  async run(context) {
    const size = context.quick ? QUICK : FULL;
    const runs = context.runs ?? size.runs;
    const { sources, claims, full, baseline } = await measureBoth(size.n, runs, context);
    // Per page: Astro's time for each page it renders, the full build's astro step against the baseline's build.
    const msPerPage = {
      full: (full.phasesS['astro']! * 1000) / full.pages,
      baseline: (baseline.wallS * 1000) / baseline.pages,
    };
    const ratios = {
      astro: full.phasesS['astro']! / baseline.wallS,
      whole: full.wallS / baseline.wallS,
      perPage: msPerPage.full / msPerPage.baseline,
    };
    const met = ratios.whole <= TARGET_RATIO;
    const row = (label: string, r: typeof full) => [
      label,
      r.pages,
      round(r.wallS),
      ...Object.keys(PHASES).map((k) => (k in r.phasesS ? round(r.phasesS[k]!) : '–')),
      round(r.cpuS),
      round(r.peakTreeRssMiB),
      round(r.peakProcessRssMiB),
      round(r.distMB),
      r.othersCores,
    ];
    const tables: Table[] = [
      {
        title: `Site build, ${sources.toLocaleString('en-US')} sources, ${claims.toLocaleString('en-US')} claims (medians of ${runs} runs)`,
        columns: [
          'build',
          'pages',
          'wall s',
          ...Object.keys(PHASES).map((k) => `${k} s`),
          'CPU s',
          'peak tree RSS MiB',
          'largest process MiB',
          'dist MB',
          'others',
        ],
        rows: [row('full `npm run build`', full), row('baseline (`astro build`)', baseline)],
      },
      {
        title: 'Against the baseline',
        columns: ['compared', 'ratio', `target <= ${TARGET_RATIO}`],
        rows: [
          ['whole `npm run build` / baseline astro build', round(ratios.whole), met ? 'met' : 'not met'],
          ['astro step of the full build / baseline astro build', round(ratios.astro), '–'],
          [
            `astro ms per page: ${round(msPerPage.full)} (full) / ${round(msPerPage.baseline)} (baseline)`,
            round(ratios.perPage),
            ratios.perPage <= TARGET_RATIO ? 'met' : 'not met',
          ],
        ],
      },
    ];
    const notes = [
      `Baseline: bench/baseline-site/ builds the same generated MDX with the site's Astro settings, one page per source, its claim marks as plain text, and nothing else (no claim, reporter or index pages, no integration but MDX, no ingest, bundle or service worker).`,
      `"whole" compares all of \`npm run build\` (ingest, astro, bundle, service worker, npm's own start) with the baseline; "astro step" only the full build's \`astro build\` process, which renders ${full.pages.toLocaleString('en-US')} pages against the baseline's ${baseline.pages.toLocaleString('en-US')}.`,
      `Every run starts from nothing: no dist/, generated files, ingest cache or Astro/Vite caches. Step times are the life of each step's Node process, sampled every 0.2 s; peak tree RSS sums every process of the build at one sample, "largest process" is the biggest single one (getrusage).`,
      `Peak tree RSS while each step of the full build ran: ${Object.entries(full.stepPeaksMiB)
        .map(([k, mib]) => `${k} ${round(mib)} MiB`)
        .join(', ')}.`,
      `Each page the full build's astro step renders beyond the baseline's costs ${round(((full.phasesS['astro']! - baseline.wallS) * 1000) / (full.pages - baseline.pages))} ms on average.`,
      `"others": cores other processes kept busy during the worst run; CPU s is the build's own CPU time, which they disturb less.`,
    ];
    return {
      results: { sources, claims, runs, full, baseline, msPerPage, ratios, target: { ratio: TARGET_RATIO, met } },
      tables,
      notes,
    };
  },
};
