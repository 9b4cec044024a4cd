import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  diffSnapshots,
  editDocument,
  makeProject,
  snapshotOutputs,
  type TempProject,
} from '../../bench/lib/project.ts';
import { ingest } from '../../scripts/ingest.ts';

const quiet = () => undefined;

describe('ingest() with its content-hash cache', () => {
  let project: TempProject;
  const run = () => ingest({ root: project.root, cacheDir: project.cache, workers: 0, log: quiet });
  const claimIds = () =>
    (
      JSON.parse(readFileSync(join(project.root, 'src', 'data', 'claims.json'), 'utf8')) as { claims: { id: string }[] }
    ).claims.map((c) => c.id);

  beforeAll(async () => {
    project = makeProject(12);
    const first = await run();
    expect(first.stats).toMatchObject({ documents: 12, processed: 12, cached: 0 });
  });
  afterAll(() => project.remove());

  it('processes nothing on a second run and leaves every output untouched', async () => {
    const before = snapshotOutputs(project.root);
    const { stats } = await run();
    expect(stats).toMatchObject({ processed: 0, cached: 12, written: 0 });
    expect(diffSnapshots(before, snapshotOutputs(project.root))).toEqual({ changed: [], touched: [], same: 14 });
  });

  it('processes a changed source again and rewrites only what changed', async () => {
    editDocument(project.sources, 'nk-00003.txt', 1);
    const before = snapshotOutputs(project.root);
    const { stats } = await run();
    expect(stats).toMatchObject({ processed: 1, cached: 11 });
    const diff = diffSnapshots(before, snapshotOutputs(project.root));
    expect(diff.changed).toEqual(['content/sources/nk-00003.mdx', 'data/claims.json', 'data/ingest-report.json']);
    expect(diff.touched).toEqual([]);
  });

  it('processes every source again when the registry changes, and rewrites no file whose bytes stay', async () => {
    appendFileSync(join(project.root, 'content', 'reporters.yaml'), '\n# an editor’s note\n');
    const before = snapshotOutputs(project.root);
    const { stats } = await run();
    expect(stats).toMatchObject({ processed: 12, cached: 0, written: 0 });
    expect(diffSnapshots(before, snapshotOutputs(project.root)).touched).toEqual([]);
  });

  it('applies a new correction: corrections.yaml is part of every key', async () => {
    const withdrawn = claimIds()[0]!;
    writeFileSync(join(project.root, 'content', 'corrections.yaml'), `${withdrawn}:\n  notAClaim: true\n`);
    const { stats } = await run();
    expect(stats.processed).toBe(12);
    expect(claimIds()).not.toContain(withdrawn);
  });

  it('ignores a damaged cache entry and processes that source again', async () => {
    const entry = readdirSync(project.cache, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.entry'))!;
    writeFileSync(join(project.cache, entry), 'not an entry');
    const { stats } = await run();
    expect(stats).toMatchObject({ processed: 1, cached: 11, written: 0 });
  });

  it('removes the outputs of a deleted source', async () => {
    rmSync(join(project.sources, 'nk-00005.txt'));
    rmSync(join(project.sources, 'nk-00005.yaml'), { force: true });
    const { stats } = await run();
    expect(stats).toMatchObject({ documents: 11, processed: 0, removed: 1 });
    expect(readdirSync(join(project.root, 'src', 'content', 'sources'))).not.toContain('nk-00005.mdx');
  });

  it('keeps one cache entry per current source', () => {
    const entries = readdirSync(project.cache, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.entry'),
    );
    expect(entries).toHaveLength(11);
  });
});
