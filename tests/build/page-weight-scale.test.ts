/**
 * The weight contract (issue 15) where it can fail: a temporary copy of the site with a generated
 * corpus of SOURCES sources (bench/generate-corpus.ts, about ten claims each), built from nothing, so
 * the listings run to several pages and the static chart has many reporters' estimates to summarise.
 * About two minutes on two cores, most of it the social cards.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { copyProject, linkPackages, runScript } from '../support/temp-site.ts';
import { weightContract } from './weight-contract.ts';

const SOURCES = 200;

describe(`a generated corpus of ${SOURCES} sources`, () => {
  const root = mkdtempSync(join(tmpdir(), 'nk-site-scale-'));
  let built: { code: number; stderr: string };

  beforeAll(async () => {
    copyProject(root);
    linkPackages(root);
    writeCorpus(join(root, 'content', 'sources'), SOURCES, { seed: 1 });
    built = await runScript(root, 'build');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds, and the build check finds data and pages in agreement', () => {
    // The real corrections name claims the generated corpus does not hold: one input error, listed.
    expect(built.stderr).not.toMatch(/The data and the pages disagree/);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });
  weightContract(() => join(root, 'dist'));
});
