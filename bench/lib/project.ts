import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../generate-corpus.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/** A throw-away project root in the system's temp folder: content/ with a synthetic corpus. */
export interface TempProject {
  root: string;
  sources: string;
  /** The ingest cache of this project. */
  cache: string;
  files: number;
  bytes: number;
  remove(): void;
}

/**
 * Make a temp project with N synthetic documents, this project's registry and no corrections.
 * Never inside content/: benchmarks must not touch the real inputs.
 *
 * @example const p = makeProject(100); … ; p.remove()
 */
export function makeProject(n: number, seed = 1): TempProject {
  const root = mkdtempSync(join(tmpdir(), `nk-bench-${n}-`));
  mkdirSync(join(root, 'content'));
  copyFileSync(join(PROJECT, 'content', 'reporters.yaml'), join(root, 'content', 'reporters.yaml'));
  // (The project's corrections name claims of its own sources, which the synthetic corpus lacks: a
  // move to one of them is an input error there.)
  writeFileSync(join(root, 'content', 'corrections.yaml'), '# none: a synthetic corpus\n{}\n');
  const sources = join(root, 'content', 'sources');
  const { files, bytes } = writeCorpus(sources, n, { seed });
  const cache = join(root, 'node_modules', '.cache', 'nk-ingest');
  return { root, sources, cache, files, bytes, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every generated file under `<root>/src`: its SHA-256 and modification time. */
export type Snapshot = Map<string, { sha256: string; mtimeMs: number }>;

/**
 * Hash every output file, to tell afterwards which ones a run touched.
 *
 * @example snapshotOutputs(root).get('src/data/claims.json') // { sha256: '…', mtimeMs: 1763700000000 }
 */
export function snapshotOutputs(root: string): Snapshot {
  const out: Snapshot = new Map();
  const src = join(root, 'src');
  if (!existsSync(src)) return out;
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(src, f);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    out.set(f, { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: stat.mtimeMs });
  }
  return out;
}

/**
 * Which files differ between two snapshots: bytes changed, or bytes the same but rewritten (mtime).
 *
 * @example diffSnapshots(before, after) // { changed: ['content/sources/nk-00007.mdx', 'data/claims.json'], touched: [], same: 9998 }
 */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
): { changed: string[]; touched: string[]; same: number } {
  const changed: string[] = [];
  const touched: string[] = [];
  let same = 0;
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (!a || !b || a.sha256 !== b.sha256) changed.push(name);
    else if (a.mtimeMs !== b.mtimeMs) touched.push(name);
    else same++;
  }
  return { changed: changed.sort(), touched: touched.sort(), same };
}

/**
 * Change one document the way an editor would: a new paragraph with a new figure.
 *
 * @example editDocument(project.sources, 'nk-00007.txt', 1) // appends "According to the NIS, 1,001 …"
 */
export function editDocument(sources: string, name: string, round: number): void {
  const troops = (1000 + round).toLocaleString('en-US');
  appendFileSync(
    join(sources, name),
    `According to the NIS, ${troops} North Korean troops have been sent to Russia.\n`,
  );
}
