import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
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
 * CPU seconds all processes have spent busy since boot (Linux `/proc/stat`, in USER_HZ = 1/100 s),
 * or null where there is no /proc. Two readings around a run, minus the run's own CPU time, say
 * how much other work competed with it.
 *
 * @example busyCpuSeconds() // 51234.56
 */
export function busyCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return null;
  }
}

/**
 * Cores other processes kept busy, on average, during a run: the machine's busy CPU time between two
 * busyCpuSeconds() readings, less the run's own CPU time, over its wall time (0 without /proc).
 *
 * @example othersCores(100, 130, 20_000, 10_000) // 1: ten seconds of other work during a ten-second run
 */
export function othersCores(busyBefore: number | null, busyAfter: number | null, ownCpuMs: number, wallMs: number) {
  if (busyBefore === null || busyAfter === null) return 0;
  const others = busyAfter - busyBefore - ownCpuMs / 1000;
  return Number(Math.max(0, others / (wallMs / 1000)).toFixed(2));
}

/**
 * Wait until other work uses less than a quarter of a core (sampled over two seconds) or `maxMs`
 * has passed, so figures are not measured while something else runs; returns the cores in use at
 * the last sample.
 *
 * @example await waitForQuiet(60_000) // 0.05
 */
export async function waitForQuiet(maxMs: number, log: (line: string) => void = () => undefined): Promise<number> {
  const until = Date.now() + maxMs;
  let said = false;
  for (;;) {
    const before = busyCpuSeconds();
    await sleep(2000);
    const after = busyCpuSeconds();
    const busy = before === null || after === null ? 0 : (after - before) / 2;
    if (busy < 0.25 || Date.now() >= until) return Number(busy.toFixed(2));
    if (!said) log(`waiting for a quiet machine (${busy.toFixed(2)} cores busy, up to ${Math.round(maxMs / 1000)} s)`);
    said = true;
  }
}
