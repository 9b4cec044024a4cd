import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, linkPackages } from '../../tests/support/temp-site.ts';
import { writeCorpus } from '../generate-corpus.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const BASELINE = join('bench', 'baseline-site');

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
 * Copy the project into the system's temp folder with `n` generated documents as its sources (and no
 * corrections), and the site-build benchmark's baseline site. Its node_modules/ links to this project's packages one by
 * one, so the copy's caches (ingest, Astro, Vite) are its own and a build there never touches this
 * checkout.
 *
 * @example const site = copySite(1000); await runTree('npm', ['run', 'build'], { cwd: site.root }); site.remove()
 */
export function copySite(n: number, seed = 1): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), `nk-bench-site-${n}-`));
  copyProject(root);
  cpSync(join(PROJECT, BASELINE), join(root, BASELINE), { recursive: true });
  linkPackages(root);
  const { files, bytes } = writeCorpus(join(root, 'content', 'sources'), n, { seed });
  // The real corrections name claims of the real sources: in a synthetic corpus each is an input
  // error, and the build exits 1. An empty corrections file is none.
  writeFileSync(join(root, 'content', 'corrections.yaml'), '');
  return {
    root,
    baseline: join(root, BASELINE),
    files,
    bytes,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
