/** The CLI contract the evaluation relies on (README, "CLI"): shape, offsets, errors. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadSource, sidecarPath } from '../../scripts/lib/load-source.ts';
import { CLAIM } from '../support/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const cli = (files: string[]) =>
  run('npm', ['run', '-s', 'claims', '--', ...files], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const CLAIM_KEYS = [
  'id',
  'kind',
  'quote',
  'start',
  'end',
  'measure',
  'low',
  'high',
  'qualifier',
  'reporter',
  'speaker',
  'statedOn',
  'parties',
  'reporterInferred',
  'stance',
  'about',
];

describe('npm run -s claims -- FILE...', () => {
  const sources = readdirSync(join(ROOT, 'content', 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('content', 'sources', f));

  it('prints one JSON object with the contract fields, in order, for every file', async () => {
    const { code, stdout } = await cli(sources);
    expect(code).toBe(0);
    const { documents } = JSON.parse(stdout) as { documents: Record<string, unknown>[] };
    expect(documents).toHaveLength(sources.length);
    for (const doc of documents) {
      expect(Object.keys(doc)).toEqual(['file', 'slug', 'title', 'publishedOn', 'claims']);
      const text = readFileSync(join(ROOT, String(doc.file)), 'utf8');
      for (const claim of doc.claims as Record<string, unknown>[]) {
        expect(Object.keys(claim)).toEqual(CLAIM_KEYS);
        expect(text.slice(Number(claim.start), Number(claim.end))).toBe(claim.quote);
        if (claim.reporter) expect(Object.keys(claim.reporter)).toEqual(['id', 'name', 'country']);
        expect(['estimate', 'statement']).toContain(claim.kind);
        // A statement says what it confirms or denies; an estimate has neither.
        if (claim.kind === 'estimate') expect([claim.stance, claim.about]).toEqual([null, null]);
        else expect([typeof claim.stance, typeof claim.about]).toEqual(['string', 'string']);
      }
    }
  });

  it('reads files outside content/, reports bad ones on stderr, still reports the rest, exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    const png = join(dir, 'image.txt');
    writeFileSync(good, 'Officials said more than 10,000 North Korean troops are in Russia, the NIS said.');
    writeFileSync(empty, '');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const { code, stdout, stderr } = await cli([good, empty, png, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    // npm may add its own "npm warn …" lines about the machine's config; ours name the file.
    const lines = stderr.split('\n').filter((l) => l.startsWith('claims: '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/empty\.txt: empty file/);
    expect(lines[1]).toMatch(/image\.txt: binary file/);
    expect(lines[2]).toMatch(/missing\.txt: .*no such file/i);
    const { documents } = JSON.parse(stdout) as { documents: { slug: string; claims: { low: number }[] }[] };
    expect(documents.map((d) => d.slug)).toEqual(['good']);
    expect(documents[0]!.claims[0]).toMatchObject({
      low: 10000,
      high: null,
      qualifier: 'at-least',
      measure: 'deployed',
    });
  });

  it('reads a saved page (.html) as the ingest does: its title and date from the page, offsets into its article text', async () => {
    const page = join('tests', 'fixtures', 'saved-pages', 'wire-json-ld', 'input.html');
    const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'saved-pages', 'wire-json-ld', 'output.txt'), 'utf8');
    const noArticle = join(mkdtempSync(join(tmpdir(), 'claims-cli-')), 'front.html');
    writeFileSync(noArticle, '<nav><a href="/">Home</a></nav><p>Teaser.</p>');
    const { code, stdout, stderr } = await cli([page, noArticle]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l.startsWith('claims: '))).toEqual([
      `claims: ${noArticle}: no article text in the page (Readability found no paragraph of more than 80 characters); save the article page itself`,
    ]);
    const { documents } = JSON.parse(stdout) as {
      documents: {
        slug: string;
        title: string;
        publishedOn: string;
        claims: { quote: string; start: number; end: number }[];
      }[];
    };
    expect(documents).toMatchObject([
      { slug: 'input', title: 'Pentagon puts North Korean troops in Kursk at about 11,000', publishedOn: '2024-11-04' },
    ]);
    expect(documents[0]!.claims.length).toBeGreaterThan(0);
    for (const c of documents[0]!.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it('reads what it is given, but stops at the size limit on an endless device instead of hanging', async () => {
    const good = join(mkdtempSync(join(tmpdir(), 'claims-cli-')), 'good.txt');
    writeFileSync(good, 'Officials said more than 10,000 North Korean troops are in Russia, the NIS said.');
    const { code, stdout, stderr } = await cli(['/dev/zero', good]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l.startsWith('claims: '))).toEqual([
      'claims: /dev/zero: file too large: more than 2097152 bytes (the limit is 2097152 bytes)',
    ]);
    expect((JSON.parse(stdout) as { documents: { slug: string }[] }).documents.map((d) => d.slug)).toEqual(['good']);
  });

  it('treats a malformed sidecar as ingest does: an error naming it and its line, the sidecar ignored, the file still reported', async () => {
    const source = join('tests', 'fixtures', 'hostile', 'bad-sidecar.txt');
    const { code, stdout, stderr } = await cli([source]);
    expect(code).toBe(1);
    // The same loader as the ingest's, so the same message but for the path.
    const files = {
      name: 'bad-sidecar.txt',
      bytes: readFileSync(join(ROOT, source)),
      sidecar: readFileSync(join(ROOT, sidecarPath(source)), 'utf8'),
    };
    const ingested = loadSource(files, 'content/sources/bad-sidecar.txt').errors;
    expect(ingested).toHaveLength(1);
    expect(ingested[0]).toMatch(/^content\/sources\/bad-sidecar\.yaml:\d+: malformed YAML: .* \(sidecar ignored\)$/);
    expect(stderr.split('\n').filter((l) => l.startsWith('claims: '))).toEqual([
      `claims: ${ingested[0]!.replace('content/sources/', 'tests/fixtures/hostile/')}`,
    ]);
    const { documents } = JSON.parse(stdout) as {
      documents: { slug: string; title: string; claims: { quote: string }[] }[];
    };
    expect(documents).toMatchObject([{ slug: 'bad-sidecar', claims: [{ quote: CLAIM }] }]);
  });

  it('treats a bad sidecar field as ingest does: an error naming its line, that field left out, the rest used', async () => {
    const source = join('tests', 'fixtures', 'hostile', 'javascript-url.txt');
    const { code, stdout, stderr } = await cli([source]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l.startsWith('claims: '))).toEqual([
      'claims: tests/fixtures/hostile/javascript-url.yaml:2: field "url": not an http(s) address with a domain name (field ignored)',
    ]);
    const { documents } = JSON.parse(stdout) as { documents: { title: string; claims: { quote: string }[] }[] };
    expect(documents).toMatchObject([{ title: 'Sidecar title kept', claims: [{ quote: CLAIM }] }]);
    expect(stdout).not.toContain('javascript:');
  });

  it('warns, as ingest does, with the file and the byte offset, when a file is not UTF-8, and reads it as Windows-1252', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claims-cli-')), 'cp1252.txt');
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(` headline\n\n${CLAIM}\n`)]);
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await cli([file]);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter((l) => l.startsWith('claims: '))).toEqual([
      `claims: warning: ${file}: not UTF-8 (byte 3 is 0xE9); decoded as Windows-1252`,
    ]);
    const { documents } = JSON.parse(stdout) as {
      documents: { claims: { quote: string; start: number; end: number }[] }[];
    };
    const [claim] = documents[0]!.claims;
    expect(new TextDecoder('windows-1252').decode(bytes).slice(claim!.start, claim!.end)).toBe(CLAIM);
  });
});
