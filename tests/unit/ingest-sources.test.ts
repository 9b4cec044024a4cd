import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSources, readJob } from '../../scripts/lib/ingest-sources.ts';
import type { Report } from '../../scripts/lib/outputs.ts';

describe('listSources() and readJob()', () => {
  let dir: string;
  let report: Report;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nk-sources-'));
    report = { sources: [], errors: [], warnings: [] };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists sources in name order with their sidecars, and reports a slug taken twice', () => {
    for (const name of ['b.txt', 'a.txt', 'a.yaml', 'A.txt', 'notes.md']) writeFileSync(join(dir, name), 'x');
    expect(listSources(dir, report)).toEqual([
      { name: 'A.txt', sidecar: null },
      { name: 'b.txt', sidecar: null },
    ]);
    expect(report.errors).toEqual([
      'content/sources/a.txt: its slug "a" is already taken by content/sources/A.txt; rename one of them',
    ]);
  });

  it('reads a source whose sidecar cannot be read, and reports the sidecar as ignored', () => {
    writeFileSync(join(dir, 'a.txt'), 'Some text.');
    mkdirSync(join(dir, 'a.yaml'));
    const job = readJob(dir, { name: 'a.txt', sidecar: 'a.yaml' }, report);
    expect(job).toMatchObject({ name: 'a.txt', sidecar: null });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^content\/sources\/a\.yaml: .* \(sidecar ignored\)$/);
  });
});
