import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, snapshotOutputs, type TempProject } from '../../bench/lib/project.ts';
import { ingest } from '../../scripts/ingest.ts';

const quiet = () => undefined;
const hashes = (root: string) => [...snapshotOutputs(root)].map(([file, s]) => `${file} ${s.sha256}`);

describe('ingest() on worker threads', () => {
  let project: TempProject;
  beforeAll(() => {
    project = makeProject(24);
  });
  afterAll(() => project.remove());

  it('gives byte-identical outputs on worker threads and in the main thread', async () => {
    const one = join(project.root, 'one-thread');
    const two = join(project.root, 'two-threads');
    const single = await ingest({ root: project.root, outRoot: one, cacheDir: false, workers: 0, log: quiet });
    const pooled = await ingest({ root: project.root, outRoot: two, cacheDir: false, workers: 2, log: quiet });
    expect(single.stats.workers).toBe(0);
    expect(pooled.stats.workers).toBe(2);
    expect(pooled.report).toEqual(single.report);
    expect(hashes(two)).toEqual(hashes(one));
    expect(hashes(one)).toHaveLength(26);
  });

  it('gives byte-identical outputs when run again on the same inputs', async () => {
    const again = join(project.root, 'again');
    await ingest({ root: project.root, outRoot: again, cacheDir: false, workers: 2, log: quiet });
    expect(hashes(again)).toEqual(hashes(join(project.root, 'one-thread')));
  });
});
