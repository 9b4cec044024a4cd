/**
 * `npm run build`: ingest, `astro build`, the zip (bundle.ts) and the service worker, in that order.
 * An input error (a source, sidecar, correction or review the ingest reported) does not stop the
 * build: everything else is built, and the exit status is then 1, so CI and a deploy notice.
 * Warnings never fail it. A step that cannot go on (a broken registry, a failed `astro build`)
 * stops the build with its own status.
 */
import { spawnSync } from 'node:child_process';
import { ingest } from './ingest.ts';

/** Run one command of the build, its output shown as it comes; returns its exit status. */
function step(command: string, args: string[]): number {
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.error) process.stderr.write(`build: ${command}: ${run.error.message}\n`);
  return run.status ?? 1;
}

async function main(): Promise<number> {
  let inputErrors: number;
  try {
    inputErrors = (await ingest()).report.errors.length;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
  for (const [command, ...args] of [
    ['astro', 'build'],
    ['tsx', 'scripts/bundle.ts'],
    ['tsx', 'scripts/service-worker.ts'],
  ] as const) {
    const status = step(command, args);
    if (status !== 0) return status;
  }
  if (inputErrors === 0) return 0;
  process.stderr.write(
    `build: ${inputErrors} input error(s), listed above by file and line; everything else was built\n`,
  );
  return 1;
}

process.exitCode = await main();
