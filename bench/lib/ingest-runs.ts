import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestOptions } from '../../scripts/ingest.ts';
import { slugify } from '../../scripts/lib/read-source.ts';
import type { ChildReport } from '../ingest-child.ts';
import { runChild } from './child.ts';
import { busyCpuSeconds, othersCores, waitForQuiet } from './machine.ts';
import type { BenchContext } from './module.ts';
import { diffSnapshots, editDocument, snapshotOutputs, type TempProject } from './project.ts';
import { median } from './report.ts';

const CHILD = join(import.meta.dirname, '..', 'ingest-child.ts');

/** One ingest in its own process, after waiting (up to `waitMs`) for a quiet machine. */
async function measured(project: TempProject, extra: IngestOptions, context: BenchContext, waitMs: number) {
  if (!context.quick) await waitForQuiet(waitMs, context.log);
  const options: IngestOptions = { root: project.root, cacheDir: project.cache, ...extra };
  const busyBefore = busyCpuSeconds();
  const { wallMs, result } = await runChild<ChildReport>(CHILD, [JSON.stringify(options)]);
  const busyAfter = busyCpuSeconds();
  if (result.errors) throw new Error(`ingest reported ${result.errors} errors on the synthetic corpus`);
  return { wallMs, othersCores: othersCores(busyBefore, busyAfter, result.cpuMs, wallMs), ...result };
}

/** Figures of one corpus size, cold. */
export type ColdRow = Awaited<ReturnType<typeof measureCold>>;

/** Medians of `runs` ingests from nothing (no outputs, empty cache). */
export async function measureCold(project: TempProject, runs: number, extra: IngestOptions, context: BenchContext) {
  const all = [];
  for (let r = 0; r < runs; r++) {
    rmSync(join(project.root, 'src'), { recursive: true, force: true });
    rmSync(project.cache, { recursive: true, force: true });
    const run = await measured(project, extra, context, 60_000);
    if (run.stats.processed !== project.files)
      throw new Error(`cold run processed ${run.stats.processed} of ${project.files}`);
    all.push(run);
    context.log(`ingest ${project.files} docs, cold, run ${r + 1}/${runs}: ${(run.wallMs / 1000).toFixed(2)} s`);
  }
  const wallMs = median(all.map((r) => r.wallMs));
  return {
    docs: project.files,
    bytes: project.bytes,
    runs,
    wallMs,
    ingestMs: median(all.map((r) => r.ingestMs)),
    cpuMs: median(all.map((r) => r.cpuMs)),
    peakRssMiB: Math.max(...all.map((r) => r.peakRssMiB)),
    workers: all[0]!.stats.workers,
    docsPerSec: project.files / (wallMs / 1000),
    mbPerSec: project.bytes / 1e6 / (wallMs / 1000),
    othersCores: Math.max(...all.map((r) => r.othersCores)),
  };
}

/**
 * With the corpus ingested (outputs and cache in place): re-run with nothing changed, then change one
 * document and re-run, `runs` times each. Checks that unchanged outputs keep their bytes and
 * modification times, and that exactly one document is processed again.
 */
export async function measureIncremental(project: TempProject, runs: number, context: BenchContext) {
  const unchanged = [];
  const oneChanged = [];
  let untouched = true;
  let deterministic = true;
  for (let r = 0; r < runs; r++) {
    const before = snapshotOutputs(project.root);
    const run = await measured(project, {}, context, 15_000);
    const diff = diffSnapshots(before, snapshotOutputs(project.root));
    deterministic &&= diff.changed.length === 0 && diff.touched.length === 0 && run.stats.processed === 0;
    unchanged.push(run);
  }
  for (let r = 0; r < runs; r++) {
    const name = `nk-${String((r * 7919) % project.files).padStart(5, '0')}.txt`;
    editDocument(project.sources, name, r);
    const before = snapshotOutputs(project.root);
    const run = await measured(project, {}, context, 15_000);
    const diff = diffSnapshots(before, snapshotOutputs(project.root));
    const expected = new Set([`content/sources/${slugify(name)}.mdx`, 'data/claims.json', 'data/ingest-report.json']);
    untouched &&= run.stats.processed === 1 && diff.touched.length === 0 && diff.changed.every((f) => expected.has(f));
    untouched &&= diff.changed.includes(`content/sources/${slugify(name)}.mdx`);
    oneChanged.push(run);
    context.log(`ingest ${project.files} docs, one changed, run ${r + 1}/${runs}: ${(run.wallMs / 1000).toFixed(2)} s`);
  }
  return {
    docs: project.files,
    runs,
    unchangedMs: median(unchanged.map((r) => r.wallMs)),
    oneChangedMs: median(oneChanged.map((r) => r.wallMs)),
    oneChangedIngestMs: median(oneChanged.map((r) => r.ingestMs)),
    peakRssMiB: Math.max(...oneChanged.map((r) => r.peakRssMiB)),
    othersCores: Math.max(...[...unchanged, ...oneChanged].map((r) => r.othersCores)),
    deterministic,
    untouched,
  };
}
