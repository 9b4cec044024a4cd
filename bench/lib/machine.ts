import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** The machine a figure was measured on. */
export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  platform: string;
}

/**
 * Describe this machine.
 *
 * @example describeMachine() // { cores: 2, memoryGiB: 24, cpu: 'AMD EPYC', node: 'v24.21.0', platform: 'linux x64' }
 */
export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/**
 * Wait until the machine is quiet (one-minute load average under half the cores) or `maxMs` has
 * passed, so figures are not measured while something else runs; returns the load when it stopped
 * waiting, to be reported beside the figures.
 *
 * @example await waitForQuiet(60_000) // 0.4
 */
export async function waitForQuiet(maxMs: number, log: (line: string) => void = () => undefined): Promise<number> {
  const until = Date.now() + maxMs;
  const limit = availableParallelism() / 2;
  let said = false;
  while (loadavg()[0]! >= limit && Date.now() < until) {
    if (!said)
      log(`waiting for a quiet machine (load ${loadavg()[0]!.toFixed(2)}, up to ${Math.round(maxMs / 1000)} s)`);
    said = true;
    await sleep(5000);
  }
  return Number(loadavg()[0]!.toFixed(2));
}
