import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long each named phase of a command ran: from the first to the last sample that saw it. */
export type Phases = Record<string, number>;

/** A command run with its whole process tree watched. */
export interface TreeRun {
  /** From spawn to exit, milliseconds. */
  wallMs: number;
  /** The highest sum of resident memory over every process of the tree at one sample, MiB. */
  peakTreeRssMiB: number;
  /** The largest peak of any one process of the tree (getrusage, via /usr/bin/time), MiB; null without it. */
  peakProcessRssMiB: number | null;
  /** User + system CPU of the whole tree (via /usr/bin/time), ms; null without it. */
  cpuMs: number | null;
  phases: Phases;
  /** The tree's peak summed resident memory while each phase ran, MiB. */
  phasePeaksMiB: Record<string, number>;
  stdout: string;
  stderr: string;
}

const PAGE_KIB = 4;
const TIME = '/usr/bin/time';

/** Every process's parent and resident memory (KiB), from /proc/<pid>/stat. */
function processes(): Map<number, { ppid: number; rssKiB: number }> {
  const out = new Map<number, { ppid: number; rssKiB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields 3… start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { ppid: Number(fields[1]), rssKiB: Number(fields[21]) * PAGE_KIB });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** Resident memory of `root` and all its descendants now, KiB, and their command lines. */
function sampleTree(root: number): { rssKiB: number; cmds: string[] } {
  const all = processes();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of all) {
      if (tree.has(pid) || !tree.has(p.ppid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  let rssKiB = 0;
  const cmds: string[] = [];
  for (const pid of tree) {
    rssKiB += all.get(pid)?.rssKiB ?? 0;
    try {
      cmds.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim());
    } catch {
      // Ended since.
    }
  }
  return { rssKiB, cmds };
}

/**
 * Run a command and watch its process tree every `everyMs` (Linux /proc): the peak of the tree's
 * summed resident memory (pages shared between processes count once per process), and how long each
 * phase ran, a phase being seen while some process's command line matches its pattern. Wrapped in
 * `/usr/bin/time` when present, for the tree's CPU time and its largest single process.
 *
 * @example await runTree('npm', ['run', 'build'], { cwd, phases: { astro: /astro build/ } }) // { wallMs: 61234, peakTreeRssMiB: 1830, phases: { astro: 52000 }, … }
 */
export function runTree(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; phases?: Record<string, RegExp>; everyMs?: number },
): Promise<TreeRun> {
  const timed = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), 'nk-time-'));
  const timeFile = join(dir, 'time.txt');
  const argv = timed ? [TIME, '-o', timeFile, '-f', '%U %S %M', command, ...args] : [command, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peakKiB = 0;
  const seen: Record<string, [number, number]> = {};
  const phasePeaksKiB: Record<string, number> = {};
  const timer = setInterval(() => {
    const now = performance.now() - started;
    const { rssKiB, cmds } = sampleTree(child.pid!);
    peakKiB = Math.max(peakKiB, rssKiB);
    for (const [name, pattern] of Object.entries(options.phases ?? {})) {
      if (!cmds.some((c) => pattern.test(c))) continue;
      seen[name] = [seen[name]?.[0] ?? now, now];
      phasePeaksKiB[name] = Math.max(phasePeaksKiB[name] ?? 0, rssKiB);
    }
  }, options.everyMs ?? 200);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const [user, system, maxKiB] = timed
        ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
        : [];
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) {
        const tail = `${stdout.slice(-800)}\n${stderr.slice(-800)}`;
        return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${tail}`));
      }
      resolve({
        wallMs,
        peakTreeRssMiB: peakKiB / 1024,
        peakProcessRssMiB: maxKiB === undefined ? null : maxKiB / 1024,
        cpuMs: user === undefined || system === undefined ? null : (user + system) * 1000,
        phases: Object.fromEntries(Object.entries(seen).map(([k, [a, b]]) => [k, b - a])),
        phasePeaksMiB: Object.fromEntries(Object.entries(phasePeaksKiB).map(([k, kiB]) => [k, kiB / 1024])),
        stdout,
        stderr,
      });
    });
  });
}
