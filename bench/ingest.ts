/**
 * Benchmark 1 and 2 of issue 6: ingest throughput and scale on synthetic corpora of 100, 1,000 and
 * 10,000 documents (docs/s, MB/s, peak RSS, cost per document), and incremental re-runs on the
 * largest (nothing changed; one document changed). Each ingest runs in its own process.
 */
import { availableParallelism } from 'node:os';
import { measureCold, measureIncremental, type ColdRow } from './lib/ingest-runs.ts';
import type { BenchModule } from './lib/module.ts';
import { makeProject } from './lib/project.ts';
import { round, type Table } from './lib/report.ts';

/** Corpus sizes and how many runs each gets (fewer for the largest: each takes a minute or more). */
const FULL = [
  { n: 100, runs: 5 },
  { n: 1000, runs: 3 },
  { n: 10_000, runs: 3 },
];
const QUICK = [
  { n: 20, runs: 2 },
  { n: 100, runs: 2 },
];
/** The targets. */
const TARGETS = { coldMs: 20_000, peakRssMiB: 1024, incrementalMs: 2000 };

const s = (ms: number) => round(ms / 1000);

/**
 * The ingest module of `npm run bench`.
 *
 * @example await ingestBench.run({ quick: true, runs: null, log: console.error }) // { results: { scale: […], incremental: […] }, tables, notes }
 */
export const ingestBench: BenchModule = {
  name: 'ingest',
  description: 'ingest throughput, memory and scale; incremental re-runs',
  async run(context) {
    const sizes = context.quick ? QUICK : FULL;
    const scale: ColdRow[] = [];
    const oneThread: ColdRow[] = [];
    const incremental = [];
    for (const size of sizes) {
      const { n } = size;
      const runs = context.runs ?? size.runs;
      const project = makeProject(n);
      try {
        if (n === 1000 || (context.quick && n === 100)) {
          oneThread.push(await measureCold(project, Math.min(runs, 2), { workers: 0 }, context));
        }
        scale.push(await measureCold(project, runs, {}, context));
        incremental.push(await measureIncremental(project, runs, context));
      } finally {
        project.remove();
      }
    }
    const perDoc = scale.map((r) => r.wallMs / r.docs);
    const marginal = scale.slice(1).map((r, k) => (r.wallMs - scale[k]!.wallMs) / (r.docs - scale[k]!.docs));
    const linear = marginal.length < 2 || marginal.at(-1)! <= marginal.at(-2)! * 1.25;
    const largest = scale.at(-1)!;
    const lastIncremental = incremental.at(-1)!;
    const targets = context.quick
      ? null
      : {
          'ingest 10,000 documents <= 20 s': { measuredS: s(largest.wallMs), met: largest.wallMs <= TARGETS.coldMs },
          'peak RSS <= 1 GiB': {
            measuredMiB: round(Math.max(...scale.map((r) => r.peakRssMiB))),
            met: scale.every((r) => r.peakRssMiB <= TARGETS.peakRssMiB),
          },
          'one changed document of 10,000 <= 2 s': {
            measuredS: s(lastIncremental.oneChangedMs),
            met: lastIncremental.oneChangedMs <= TARGETS.incrementalMs && lastIncremental.untouched,
          },
        };
    const row = (r: ColdRow, label: string) => [
      label,
      round(r.bytes / 1e6),
      r.runs,
      s(r.wallMs),
      round(r.docsPerSec),
      round(r.mbPerSec),
      s(r.cpuMs),
      round(r.peakRssMiB),
      r.workers,
      round(r.wallMs / r.docs),
      r.othersCores,
    ];
    const tables: Table[] = [
      {
        title: 'Ingest throughput and scale (cold: no cache, no outputs; medians)',
        columns: [
          'docs',
          'MB',
          'runs',
          'wall s',
          'docs/s',
          'MB/s',
          'CPU s',
          'peak RSS MiB',
          'threads',
          'ms/doc',
          'others',
        ],
        rows: [
          ...scale.map((r) => row(r, r.docs.toLocaleString('en-US'))),
          ...oneThread.map((r) => row(r, `${r.docs.toLocaleString('en-US')}, one thread`)),
        ],
      },
      {
        title: 'Incremental ingest (cache and outputs in place; medians)',
        columns: [
          'docs',
          'runs',
          'nothing changed s',
          'one doc changed s',
          'other outputs untouched',
          'peak RSS MiB',
          'others',
        ],
        rows: incremental.map((r) => [
          r.docs.toLocaleString('en-US'),
          r.runs,
          s(r.unchangedMs),
          s(r.oneChangedMs),
          r.untouched && r.deterministic ? 'yes' : 'NO',
          round(r.peakRssMiB),
          r.othersCores,
        ]),
      },
    ];
    if (targets) {
      tables.push({
        title: 'Targets',
        columns: ['target', 'measured', 'met'],
        rows: Object.entries(targets).map(([name, t]) => [
          name,
          'measuredS' in t ? `${t.measuredS} s` : `${t.measuredMiB} MiB`,
          t.met ? 'yes' : 'no',
        ]),
      });
    }
    const notes = [
      `Wall time is the whole process (Node start, module loading, ingest), as \`npm run ingest\` takes minus npm's own start.`,
      `"threads": worker threads (0: the main thread only). "others": cores other processes kept busy during a run (the worst run); CPU s is the ingest's own CPU time, which they disturb less.`,
      `Cost per document ${perDoc.map((x) => round(x)).join(' → ')} ms at ${scale.map((r) => r.docs).join(' → ')} docs; ` +
        `marginal ${marginal.map((x) => round(x)).join(' → ')} ms/doc: ${linear ? 'linear' : 'grows faster than linear'}.`,
      `At ${largest.docs.toLocaleString('en-US')} documents the ingest spends ${round(largest.cpuMs / largest.docs)} ms of CPU per document ` +
        `(all threads, pipeline and garbage collector); on ${availableParallelism()} cores that alone takes at least ` +
        `${s(largest.cpuMs / availableParallelism())} s of wall time.`,
    ];
    return {
      results: {
        scale,
        oneThread,
        incremental,
        linearity: { perDocMs: perDoc, marginalMsPerDoc: marginal, linear },
        targets,
      },
      tables,
      notes,
    };
  },
};
