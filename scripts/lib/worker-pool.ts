import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker's heap is capped: the pipeline's live data is small (~25 MiB) but V8, left alone, lets
 * each heap grow to ~250 MiB before collecting, and two or more of those break the ingest's 1 GiB
 * memory budget. Measured on 1,000 synthetic documents with two workers: peak RSS 733 MiB
 * uncapped, 540 MiB with this old generation, ~410 MiB with this young generation too, and the
 * same CPU time within noise. A worker that still runs out (a huge document) fails the pool, and
 * the main thread finishes the work.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 64 };

/**
 * Flags that let a worker thread load TypeScript. Where Node strips types itself (Node 24; 22 with
 * --experimental-strip-types), a worker starts without tsx even when the parent runs under it:
 * tsx's loader transforms every module again in each worker, and the function names it keeps cost
 * a property definition per closure created. Measured on 2,000 synthetic documents with two
 * workers: 16.2 s of CPU with tsx in the workers, 12.4 s without. tsconfig's `erasableSyntaxOnly`
 * keeps the code within what Node can strip. Without type stripping, under `tsx` (npm scripts) the
 * parent's own flags register its loader and a worker inherits them; elsewhere tsx's loader is
 * added by absolute URL, so it resolves from any working directory.
 */
function workerExecArgv(): string[] {
  if (process.features.typescript) return withoutTsx(process.execArgv);
  if (process.execArgv.some((flag) => flag.includes('tsx'))) return process.execArgv;
  return [...process.execArgv, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

/** `argv` without the `--require`/`--import` flags that load tsx (`--import url` or `--import=url`). */
function withoutTsx(argv: readonly string[]): string[] {
  const tsx = /[\\/]tsx[\\/]/;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if ((flag === '--require' || flag === '--import') && tsx.test(argv[i + 1] ?? '')) i++;
    else if (!(/^--(?:require|import)=/.test(flag) && tsx.test(flag))) out.push(flag);
  }
  return out;
}

/**
 * Run `jobs` on `size` worker threads started from `script`, each given `workerData`. The worker
 * answers each `{ i, job }` message with `{ i, result }`; `onResult(i, result)` is called as each
 * arrives (in any order). Each worker holds two jobs at a time so it never waits for the main
 * thread. Resolves when all are done; rejects (and stops every worker) if one fails to start or dies.
 *
 * @example await runPool(new URL('./ingest-worker.ts', import.meta.url), context, jobs, 2, (i, r) => save(jobs[i], r))
 */
export function runPool<J, R>(
  script: URL,
  workerData: unknown,
  jobs: readonly J[],
  size: number,
  onResult: (index: number, result: R) => void,
): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const stop = () => workers.forEach((w) => void w.terminate());
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage({ i: next, job: jobs[next++] });
    };
    const execArgv = workerExecArgv();
    for (let k = 0; k < Math.min(size, jobs.length); k++) {
      const worker = new Worker(script, { workerData, execArgv, resourceLimits: RESOURCE_LIMITS });
      workers.push(worker);
      worker.on('message', (m: { i: number; result: R }) => {
        try {
          onResult(m.i, m.result);
        } catch (error) {
          return fail(error as Error);
        }
        if (++done === jobs.length) {
          stop();
          resolve();
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < jobs.length) fail(new Error(`worker thread exited early (code ${code})`));
      });
      feed(worker);
      feed(worker);
    }
  });
}
