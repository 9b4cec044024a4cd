import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/integrations/check-build.ts';

describe('checkSources()', () => {
  let root: string;
  const dist = () => join(root, 'dist');
  const put = (path: string, text = 'x') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const report = (sources: string[], errors: string[] = []) =>
    put(
      'src/data/ingest-report.json',
      JSON.stringify({ sources: sources.map((f) => ({ file: `content/sources/${f}.txt`, slug: f })), errors }),
    );
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'nk-check-'));
    for (const name of ['a', 'b', 'c']) put(`content/sources/${name}.txt`);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes when every source has a page, or an ingest error says why it has none', () => {
    report(['a', 'b'], ['content/sources/c.txt: empty file']);
    put('dist/sources/a/index.html');
    put('dist/sources/b/index.html');
    expect(checkSources(root, dist())).toEqual([]);
  });

  it('names a source dropped without an error, and one ingested whose page is missing', () => {
    report(['a', 'b'], ['content/sources/cc.txt: empty file']);
    put('dist/sources/a/index.html');
    expect(checkSources(root, dist())).toEqual([
      'content/sources/b.txt has no page (sources/b/) and no ingest error names it',
      'content/sources/c.txt has no page and no ingest error names it',
    ]);
  });
});
