import { spawn } from 'node:child_process';

/** A TypeScript script run in its own process: its wall time as the parent saw it, and the JSON it printed. */
export interface ChildRun<T> {
  /** From spawn to exit: process start, module loading and the work, as a user waits for it. */
  wallMs: number;
  /** The last line the script printed on stdout, parsed as JSON. */
  result: T;
}

/**
 * Run `script` (TypeScript) in a child Node process, the same Node that runs the benchmark, as the
 * npm scripts run it: Node's own type stripping, no tsx loader. Resolves with its wall time and the
 * JSON of its last stdout line. A child process, so its peak memory is its own and nothing of the
 * parent's heap is counted.
 *
 * @example await runChild<{ ok: boolean }>('bench/ingest-child.ts', ['{}']) // { wallMs: 812.4, result: { ok: true } }
 */
export function runChild<T>(script: string, args: readonly string[]): Promise<ChildRun<T>> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0)
        return reject(new Error(`${script} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        resolve({ wallMs, result: JSON.parse(last) as T });
      } catch {
        reject(new Error(`${script} printed no JSON: ${last.slice(0, 200)}`));
      }
    });
  });
}
