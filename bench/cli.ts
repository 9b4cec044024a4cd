/**
 * The claims CLI on a synthetic corpus (issue 11: 1,000 documents in ≤ 5 s): one process, as a user
 * runs `npm run -s claims -- FILE...`, timed from spawn to exit (Node start, module loading,
 * extraction, the JSON written out), minus npm's own start.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './lib/module.ts';
import { makeProject } from './lib/project.ts';
import { median, round } from './lib/report.ts';

const CLI = join(import.meta.dirname, '..', 'scripts', 'claims-cli.ts');
const TARGET_MS = 5000;

interface CliRun {
  wallMs: number;
  documents: number;
  claims: number;
}

/** Run the CLI on `files`; its wall time and what it printed. */
function runCli(files: readonly string[]): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`claims CLI exited with ${code}: ${stderr.trim().slice(-300)}`));
      const out = JSON.parse(chunks.join('')) as { documents: { claims: unknown[] }[] };
      resolve({
        wallMs,
        documents: out.documents.length,
        claims: out.documents.reduce((n, d) => n + d.claims.length, 0),
      });
    });
  });
}

/**
 * The cli module of `npm run bench`.
 *
 * @example await cliBench.run({ quick: true, runs: null, log: console.error }) // { results: { runs: [{ docs: 100, wallMs: … }] }, … }
 */
export const cliBench: BenchModule = {
  name: 'cli',
  description: 'claims CLI on a synthetic corpus (one process, all files)',
  async run(context) {
    const n = context.quick ? 100 : 1000;
    const runs = context.runs ?? (context.quick ? 1 : 5);
    const project = makeProject(n);
    const times: number[] = [];
    let last: CliRun | null = null;
    try {
      const files = readdirSync(project.sources)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(project.sources, f));
      for (let k = 0; k < runs; k++) {
        last = await runCli(files);
        times.push(last.wallMs);
        context.log(`claims CLI, ${files.length} documents, run ${k + 1}/${runs}: ${round(last.wallMs / 1000)} s`);
      }
    } finally {
      project.remove();
    }
    const wallMs = median(times);
    const result = {
      docs: last!.documents,
      claims: last!.claims,
      runs,
      medianMs: round(wallMs),
      minMs: round(Math.min(...times)),
      msPerDoc: round(wallMs / last!.documents),
      target: context.quick ? null : { 'claims CLI on 1,000 documents <= 5 s': { met: wallMs <= TARGET_MS } },
    };
    return {
      results: result,
      tables: [
        {
          title: 'Claims CLI (one process; medians)',
          columns: ['docs', 'claims', 'runs', 'wall s', 'fastest s', 'ms/doc', 'target ≤ 5 s'],
          rows: [
            [
              result.docs.toLocaleString('en-US'),
              result.claims.toLocaleString('en-US'),
              runs,
              round(wallMs / 1000),
              round(Math.min(...times) / 1000),
              result.msPerDoc,
              context.quick ? '—' : wallMs <= TARGET_MS ? 'met' : 'not met',
            ],
          ],
        },
      ],
      notes: [
        'Wall time from spawn to exit: Node start, module loading (Node strips the types), extraction of every file, the JSON written out.',
      ],
    };
  },
};
