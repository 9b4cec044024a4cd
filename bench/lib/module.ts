import type { Table } from './report.ts';

/** What `npm run bench` passes to each benchmark module. */
export interface BenchContext {
  /** A smoke test: small inputs, few runs; figures are not comparable with a full run. */
  quick: boolean;
  /** `--runs N`: how many times to repeat each measurement, instead of the module's own count; null when not given. */
  runs: number | null;
  log: (line: string) => void;
}

/** What a module gives back: data for bench/results.json, tables to print, and notes. */
export interface BenchOutput {
  results: Record<string, unknown>;
  tables: Table[];
  notes: string[];
}

/**
 * One benchmark (ingest, site build, page weight, …): a name that is its key in
 * bench/results.json and for `--only`, and a function that measures.
 *
 * @example export const ingestBench: BenchModule = { name: 'ingest', description: '…', run: async (ctx) => ({ results: {}, tables: [], notes: [] }) }
 */
export interface BenchModule {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchOutput>;
}
