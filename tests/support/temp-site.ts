import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
/** What a temporary copy of the project leaves out: outputs, generated files, the real sources. */
const SKIP = [
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'bench',
  'tests',
  'content/sources',
  'src/content/sources',
  'src/data/claims.json',
  'src/data/ingest-report.json',
];

/**
 * Copy the project into `root` without its outputs, generated files, real sources, tests and
 * benchmarks; node_modules/ is the caller's to link (linkPackages).
 *
 * @example copyProject(mkdtempSync(join(tmpdir(), 'nk-site-'))) // then linkPackages(), add sources, build
 */
export function copyProject(root: string): void {
  cpSync(ROOT, root, { recursive: true, filter: (src) => !SKIP.includes(relative(ROOT, src)) });
}

export interface TempSite {
  root: string;
  dist: string;
  stdout: string;
  stderr: string;
  code: number;
}

/** Run an npm script in a project folder; never throws, the exit code is in the result. */
export async function runScript(root: string, script: string): Promise<Omit<TempSite, 'root' | 'dist'>> {
  return promisify(execFile)('npm', ['run', script], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    // A build of 1,000 sources prints a line per page: more than execFile's default 1 MB.
    maxBuffer: 256 * 2 ** 20,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/**
 * Caches under node_modules/ that each copy keeps to itself (ingest, Astro's content store, Vite):
 * two copies built at once (the browser tests' two workers) would otherwise read each other's sources.
 */
const OWN_CACHES = new Set(['.cache', '.astro', '.vite']);

/**
 * Link this project's packages into a copy's node_modules/ one by one, leaving its caches (OWN_CACHES)
 * to it, so a build there never touches this checkout's.
 *
 * @example copyProject(root); linkPackages(root) // root/node_modules/astro → this project's
 */
export function linkPackages(root: string): void {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
}

/** A source that is not a file's bytes: a symbolic link to `link`, or a named pipe (FIFO). */
export type SpecialSource = { link: string } | { fifo: true };

/** Put one source in place: its bytes, or a link or FIFO made now (never committed as a fixture). */
function placeSource(path: string, body: string | Uint8Array | SpecialSource): void {
  if (typeof body === 'string' || body instanceof Uint8Array) writeFileSync(path, body);
  else if ('link' in body) symlinkSync(body.link, path);
  else execFileSync('mkfifo', [path]);
}

/**
 * Copy the project into a temporary folder with the given sources in content/sources/ (and any other
 * files given) and run an npm script there (`build` by default), so a test can use its own corpus
 * without touching this checkout.
 */
export async function buildTempSite(
  sources: Record<string, string | Uint8Array | SpecialSource>,
  /** Other files to put in place, by project-relative path (e.g. `content/corrections.yaml`). */
  files: Record<string, string> = {},
  script = 'build',
): Promise<TempSite> {
  const root = mkdtempSync(join(tmpdir(), 'nk-site-'));
  copyProject(root);
  linkPackages(root);
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  for (const [name, body] of Object.entries(sources)) placeSource(join(root, 'content', 'sources', name), body);
  for (const [path, body] of Object.entries(files)) writeFileSync(join(root, path), body);
  return { root, dist: join(root, 'dist'), ...(await runScript(root, script)) };
}
