/**
 * `npm run bench [-- --only ingest,site-build] [--quick] [--runs N]`: runs the benchmark modules,
 * prints a table per module and merges their figures into bench/results.json (other modules' keys
 * are kept). `--runs N` repeats each measurement N times instead of the module's own count.
 * Benchmarks measure; tests never assert times. `--quick` is a smoke test with small inputs; its
 * figures are printed but not written to bench/results.json.
 *
 * A module is a file exporting a BenchModule (bench/lib/module.ts); add it to MODULES below.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cardsBench } from './cards.ts';
import { chartBench } from './chart.ts';
import { cliBench } from './cli.ts';
import { d3CompareBench } from './d3-compare.ts';
import { ingestBench } from './ingest.ts';
import { lighthouseBench } from './lighthouse.ts';
import { offlineBench } from './offline.ts';
import { describeMachine } from './lib/machine.ts';
import type { BenchModule } from './lib/module.ts';
import { formatTable, mergeResults } from './lib/report.ts';
import { pageWeightBench } from './page-weight.ts';
import { pageWeightScaleBench } from './page-weight-scale.ts';
import { recallBench } from './recall.ts';
import { searchBench } from './search.ts';
import { siteBuildBench } from './site-build.ts';

const MODULES: readonly BenchModule[] = [
  ingestBench,
  cliBench,
  recallBench,
  siteBuildBench,
  pageWeightBench,
  pageWeightScaleBench,
  lighthouseBench,
  chartBench,
  searchBench,
  d3CompareBench,
  cardsBench,
  offlineBench,
];
const RESULTS = join(import.meta.dirname, 'results.json');

const { values } = parseArgs({
  options: { only: { type: 'string' }, quick: { type: 'boolean', default: false }, runs: { type: 'string' } },
});
const runs = values.runs === undefined ? null : Number(values.runs);
if (runs !== null && !(Number.isInteger(runs) && runs > 0)) {
  process.stderr.write(`bench: --runs wants a whole number above 0, not ${values.runs}\n`);
  process.exit(2);
}
const wanted = values.only?.split(',').map((x) => x.trim());
const unknown = wanted?.filter((name) => !MODULES.some((m) => m.name === name)) ?? [];
if (unknown.length) {
  process.stderr.write(
    `bench: unknown module ${unknown.join(', ')}; known: ${MODULES.map((m) => m.name).join(', ')}\n`,
  );
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const machine = describeMachine();
log(
  `bench on ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpu}, Node ${machine.node}${values.quick ? ' (quick)' : ''}`,
);

for (const module of MODULES.filter((m) => !wanted || wanted.includes(m.name))) {
  log(`\n== ${module.name}: ${module.description}`);
  const started = performance.now();
  const output = await module.run({ quick: values.quick, runs, log });
  const date = new Date().toISOString();
  process.stdout.write(
    `\n${output.tables.map(formatTable).join('\n\n')}\n\n${output.notes.map((n) => `- ${n}`).join('\n')}\n`,
  );
  if (!values.quick) mergeResults(RESULTS, module.name, { date, machine, ...output.results, notes: output.notes });
  log(`== ${module.name} done in ${Math.round((performance.now() - started) / 1000)} s`);
}
