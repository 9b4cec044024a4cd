import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('lists sources in name order with their sidecars; of names that differ in case, the slug’s own keeps it', () => {
    for (const name of ['b.txt', 'a.txt', 'a.yaml', 'A.txt', 'notes.md']) writeFileSync(join(dir, name), 'x');
    expect(listSources(dir, report)).toEqual([
      { name: 'a.txt', sidecar: 'a.yaml' },
      { name: 'b.txt', sidecar: null },
    ]);
    expect(report.errors).toEqual([
      'content/sources/A.txt: its slug "a" is already taken by content/sources/a.txt; rename it',
    ]);
  });

  it('gives names that are not slugs their slug, and refuses names that give none or share one', () => {
    for (const name of ['Report.txt', 'My Article.txt', '.hidden.txt', '..txt', 'Mixed.txt', 'MIXED.txt'])
      writeFileSync(join(dir, name), 'x');
    expect(listSources(dir, report).map((s) => s.name)).toEqual(['.hidden.txt', 'My Article.txt', 'Report.txt']);
    expect(report.errors).toEqual([
      'content/sources/..txt: its name gives no slug (it needs a letter or a digit); rename it',
      'content/sources/MIXED.txt: its slug "mixed" is also that of content/sources/Mixed.txt; rename all but one',
      'content/sources/Mixed.txt: its slug "mixed" is also that of content/sources/MIXED.txt; rename all but one',
    ]);
  });

  it('lists saved pages (.html) beside texts, each with its sidecar', () => {
    for (const name of ['page.html', 'page.yaml', 'text.txt', 'notes.htm', 'Saved Page.html'])
      writeFileSync(join(dir, name), 'x');
    expect(listSources(dir, report)).toEqual([
      { name: 'Saved Page.html', sidecar: null },
      { name: 'page.html', sidecar: 'page.yaml' },
      { name: 'text.txt', sidecar: null },
    ]);
    expect(report.errors).toEqual([]);
  });

  it('refuses a text and a page that share a slug, naming both, and lists the rest', () => {
    for (const name of ['x.txt', 'x.html', 'X Y.html', 'x-y.txt', 'other.html']) writeFileSync(join(dir, name), 'x');
    expect(listSources(dir, report)).toEqual([
      { name: 'other.html', sidecar: null },
      { name: 'x-y.txt', sidecar: null },
    ]);
    expect(report.errors).toEqual([
      'content/sources/X Y.html: its slug "x-y" is already taken by content/sources/x-y.txt; rename it',
      'content/sources/x.html: its slug "x" is also that of content/sources/x.txt; rename all but one',
      'content/sources/x.txt: its slug "x" is also that of content/sources/x.html; rename all but one',
    ]);
  });

  it('refuses a saved page that is a symbolic link, even to a page inside the folder', () => {
    writeFileSync(join(dir, 'real.html'), '<p>A saved page.</p>');
    symlinkSync(join(dir, 'real.html'), join(dir, 'linked.html'));
    expect(readJob(dir, { name: 'linked.html', sidecar: null }, report)).toBeNull();
    expect(report.errors).toEqual([
      'content/sources/linked.html: a symbolic link, not a regular file (links are not followed)',
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
