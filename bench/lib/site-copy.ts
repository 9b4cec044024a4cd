import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../tests/support/temp-site.ts';
import { writeCorpus } from '../generate-corpus.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const BASELINE = join('bench', 'baseline-site');
/** Caches under node_modules/ that each copy keeps to itself (ingest, Astro's data store, Vite). */
const OWN_CACHES = new Set(['.cache', '.astro', '.vite']);

/** A throw-away copy of the site with a synthetic corpus in content/sources/. */
export interface SiteCopy {
  root: string;
  /** The baseline site (bench/baseline-site/) in the copy, reading the copy's generated MDX. */
  baseline: string;
  files: number;
  bytes: number;
  remove(): void;
}

/**
 * Copy the project into the system's temp folder with `n` generated documents as its sources, and
 * the site-build benchmark's baseline site. Its node_modules/ links to this project's packages one by
 * one, so the copy's caches (ingest, Astro, Vite) are its own and a build there never touches this
 * checkout.
 *
 * @example const site = copySite(1000); await runTree('npm', ['run', 'build'], { cwd: site.root }); site.remove()
 */
export function copySite(n: number, seed = 1): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), `nk-bench-site-${n}-`));
  copyProject(root);
  cpSync(join(PROJECT, BASELINE), join(root, BASELINE), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name));
  }
  const { files, bytes } = writeCorpus(join(root, 'content', 'sources'), n, { seed });
  return {
    root,
    baseline: join(root, BASELINE),
    files,
    bytes,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
