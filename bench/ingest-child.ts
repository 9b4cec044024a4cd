/**
 * One measured ingest, run by bench/ingest.ts in its own process: `ingest-child.ts '<IngestOptions as JSON>'`.
 * Prints one JSON line: the time inside ingest(), the process's CPU time and peak resident memory
 * (worker threads included: they share the process), and what the run did.
 */
import { ingest, type IngestOptions, type IngestStats } from '../scripts/ingest.ts';

/** What the child reports. */
export interface ChildReport {
  ingestMs: number;
  cpuMs: number;
  peakRssMiB: number;
  stats: IngestStats;
  errors: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as IngestOptions;
const started = performance.now();
const { report, stats } = await ingest({ ...options, log: () => undefined });
const ingestMs = performance.now() - started;
const usage = process.resourceUsage();
const out: ChildReport = {
  ingestMs,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  peakRssMiB: usage.maxRSS / 1024,
  stats,
  errors: report.errors.length,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
