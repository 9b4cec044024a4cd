/**
 * Broken and hostile input: every bad file gets one line naming it, the rest of the site still builds,
 * and odd encodings and line ends still give their claims at true offsets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/service-worker.ts';
import { BAD_CORRECTION, CLAIM, hostileCorpus, OTHER_CLAIM } from '../support/hostile-corpus.ts';
import { runSource } from '../support/pipeline.ts';
import { buildTempSite, runScript, type TempSite } from '../support/temp-site.ts';

describe('a hostile corpus', () => {
  let site: TempSite;
  let claims: { source: string; quote: string; start: number; end: number }[];
  // In the build's environment, so that /proc/self/environ would publish it.
  const secret = `nk-secret-${process.pid}`;
  let badId: string;
  beforeAll(async () => {
    process.env['NK_HOSTILE_SECRET'] = secret;
    badId = (await runSource(BAD_CORRECTION, 'bad-correction')).claims[0]!.id;
    site = await buildTempSite(hostileCorpus(), {
      'content/corrections.yaml': [
        'c-no-such-claim:\n  note: a typo in an id',
        `${badId}:\n  low: 900\n  high: 100`,
        'c-self-0000000000:\n  on: 2026-11-20\n  movedTo: c-self-0000000000',
        'c-loop-a000000000:\n  movedTo: c-loop-b000000000',
        'c-loop-b000000000:\n  movedTo: c-loop-a000000000',
        'c-gone-0000000000:\n  movedTo: c-nowhere-0000000000',
        '',
      ].join('\n'),
      [`content/reviews/${badId}.md`]: [
        '---',
        'verdict: superseded',
        'reviewer: Fact-check desk',
        'reviewedOn: 2026-11-21',
        'supersededBy: c-nowhere-0000000000',
        '---',
        '',
        'Superseded by a claim that does not exist.',
        '',
      ].join('\n'),
    });
    claims = JSON.parse(readFileSync(join(site.dist, 'data', 'claims.json'), 'utf8')).claims;
  });
  const lines = () => site.stderr.split('\n').filter((l) => /^(error|warning): /.test(l));

  it('builds everything else, then exits 1 because input errors occurred', () => {
    expect(site.code, site.stderr).toBe(1);
    expect(site.stderr).toMatch(
      /^build: \d+ input error\(s\), listed above by file and line; everything else was built$/m,
    );
    for (const file of ['index.html', 'about/index.html', 'downloads/nk-troops-factcheck.zip', 'sw.js'])
      expect(existsSync(join(site.dist, file)), file).toBe(true);
  });

  it('gives each bad file one line naming it', () => {
    const expected = [
      /^error: content\/sources\/bad-sidecar\.yaml:\d+: malformed YAML: .* \(sidecar ignored\)$/,
      /^error: content\/sources\/binary\.txt: binary file, not text$/,
      /^error: content\/sources\/empty\.txt: empty file$/,
      /^error: content\/sources\/same slug\.txt: its slug "same-slug" is already taken by content\/sources\/same-slug\.txt; rename it$/,
      /^error: content\/sources\/\.\.txt: its name gives no slug \(it needs a letter or a digit\); rename it$/,
      /^error: content\/sources\/Case\.txt: its slug "case" is already taken by content\/sources\/case\.txt; rename it$/,
      /^error: content\/sources\/MIXED\.txt: its slug "mixed" is also that of content\/sources\/Mixed\.txt; rename all but one$/,
      /^error: content\/sources\/Mixed\.txt: its slug "mixed" is also that of content\/sources\/MIXED\.txt; rename all but one$/,
      /^error: content\/sources\/too-large\.txt: file too large: 20971520 bytes \(the limit is 2097152 bytes\)$/,
      /^error: content\/sources\/environ\.txt: a symbolic link, not a regular file \(links are not followed\)$/,
      /^error: content\/sources\/passwd\.txt: a symbolic link, not a regular file \(links are not followed\)$/,
      /^error: content\/sources\/zero\.txt: a symbolic link, not a regular file \(links are not followed\)$/,
      /^error: content\/sources\/outside\.txt: a symbolic link, not a regular file \(links are not followed\)$/,
      /^error: content\/sources\/linked-sidecar\.yaml: a symbolic link, not a regular file \(links are not followed\) \(sidecar ignored\)$/,
      /^error: content\/sources\/fifo\.txt: a named pipe, not a regular file$/,
      /^warning: content\/sources\/control-chars\.txt: 2 control character\(s\) in the text, kept as they are$/,
      /^warning: content\/sources\/invalid-utf8\.txt: not UTF-8 \(byte 92 is 0xFF\); decoded as Windows-1252$/,
      /^warning: content\/sources\/windows-1252\.txt: not UTF-8 \(byte 3 is 0xE9\); decoded as Windows-1252$/,
      // 'Café headline\n\n' is 16 bytes (é is two), the claim 60, then '\nBroken ' 8: the surrogate's first byte is at 84.
      /^warning: content\/sources\/lone-surrogate\.txt: invalid UTF-8 at byte 84 \(0xED\); invalid bytes shown as U\+FFFD$/,
      /^warning: content\/sources\/non-english\.txt: not extracted: language "uk" is not English$/,
      /^warning: content\/sources\/utf16-bom\.txt: decoded as UTF-16 \(byte-order mark\); offsets refer to the decoded text$/,
      /^warning: content\/corrections\.yaml: no claim has the id "c-no-such-claim"$/,
    ];
    expect(lines()).toContain(
      `error: content/corrections.yaml:3: ${badId}: low must not exceed high (low 900, high 100); correction not applied, the claim stays as extracted`,
    );
    expect(lines()).toEqual(
      expect.arrayContaining([
        'error: content/corrections.yaml:6: c-self-0000000000: movedTo names the claim itself; no forward made',
        'error: content/corrections.yaml:9: c-loop-a000000000: movedTo forms a cycle (c-loop-a000000000 → c-loop-b000000000 → c-loop-a000000000); no forward made',
        'error: content/corrections.yaml:11: c-loop-b000000000: movedTo forms a cycle (c-loop-b000000000 → c-loop-a000000000 → c-loop-b000000000); no forward made',
        'error: content/corrections.yaml:13: c-gone-0000000000: movedTo "c-nowhere-0000000000" names no claim; no forward made',
        `error: content/reviews/${badId}.md:5: supersededBy "c-nowhere-0000000000" names no claim; no link made`,
      ]),
    );
    // The project's reviews name claims of the real sources, which this corpus does not have.
    expect(lines()).toContain('warning: content/reviews/c-11000-a1c3f3b333.md: no claim has this id');
    for (const re of expected)
      expect(
        lines().filter((l) => re.test(l)),
        String(re),
      ).toHaveLength(1);
  });

  it('still makes a page for every readable source, claims or not', () => {
    const pages = [
      'mdx-jsx-js',
      'utf8-bom',
      'utf16-bom',
      'invalid-utf8',
      'control-chars',
      'crlf',
      'cr-only',
      'long-line',
      'no-claims',
      'non-english',
      'same-slug',
      'bad-sidecar',
      'linked-sidecar',
      'bad-correction',
      'windows-1252',
      'lone-surrogate',
      'report',
      'my-article',
      'hidden',
      'case',
    ];
    for (const slug of pages) expect(existsSync(join(site.dist, 'sources', slug, 'index.html')), slug).toBe(true);
    for (const slug of ['empty', 'binary', 'too-large', 'environ', 'passwd', 'zero', 'outside', 'fifo', 'mixed']) {
      expect(existsSync(join(site.dist, 'sources', slug, 'index.html')), slug).toBe(false);
      expect(existsSync(join(site.dist, 'sources', `${slug}.txt`)), slug).toBe(false);
    }
  });

  it('gives a file whose name is not a slug its slug, with its own raw copy, hash and claims', () => {
    const corpus = hostileCorpus();
    for (const [slug, name] of [
      ['report', 'Report.txt'],
      ['my-article', 'My Article.txt'],
      ['hidden', '.hidden.txt'],
      ['case', 'case.txt'],
    ] as const) {
      const raw = readFileSync(join(site.dist, 'sources', `${slug}.txt`), 'utf8');
      expect(raw, slug).toBe(corpus[name]);
      const page = readFileSync(join(site.dist, 'sources', slug, 'index.html'), 'utf8');
      expect(page, slug).toContain(createHash('sha256').update(raw).digest('hex'));
      const found = claims.filter((c) => c.source === slug);
      expect(
        found.map((c) => c.quote),
        slug,
      ).toEqual([CLAIM]);
      expect(raw.slice(found[0]!.start, found[0]!.end)).toBe(CLAIM);
    }
    expect(claims.filter((c) => c.quote === OTHER_CLAIM)).toEqual([]);
  });

  it('keeps a claim whose correction is invalid as extracted, with its page and its source', () => {
    expect(claims.filter((c) => c.source === 'bad-correction')).toMatchObject([
      { id: badId, quote: CLAIM, low: 11000, high: 11000, status: 'machine' },
    ]);
    expect(existsSync(join(site.dist, 'claims', badId, 'index.html'))).toBe(true);
  });

  it('makes no forward or link that does not work, and logs only what took effect', () => {
    for (const id of ['c-self-0000000000', 'c-loop-a000000000', 'c-loop-b000000000', 'c-gone-0000000000'])
      expect(existsSync(join(site.dist, 'claims', id)), id).toBe(false);
    const page = readFileSync(join(site.dist, 'claims', badId, 'index.html'), 'utf8');
    expect(page).not.toContain('c-nowhere-0000000000');
    const about = parse(readFileSync(join(site.dist, 'about', 'index.html'), 'utf8'));
    const log = about.querySelector('#corrections')!.parentNode!.textContent;
    for (const id of ['c-self', 'c-loop', 'c-gone', 'c-no-such-claim', 'moved to']) expect(log).not.toContain(id);
    // The invalid correction is not logged; the review of its claim is.
    expect(log.match(new RegExp(badId, 'g'))).toHaveLength(1);
    expect(log).toContain('reviewed by Fact-check desk');
  });

  it('publishes nothing a link points at: no page, raw copy, zip entry or precached file holds it', () => {
    const zip = unzipSync(readFileSync(join(site.dist, 'downloads', 'nk-troops-factcheck.zip')));
    const texts = [
      ...listFiles(site.dist).map((p) => [p, readFileSync(join(site.dist, p), 'latin1')] as const),
      ...Object.entries(zip).map(([p, bytes]) => [`zip:${p}`, Buffer.from(bytes).toString('latin1')] as const),
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const [path, text] of texts) {
      for (const leaked of [secret, 'root:x:0:0', 'Outside headline']) expect(text.includes(leaked), path).toBe(false);
    }
    expect(readFileSync(join(site.dist, 'sw.js'), 'utf8')).not.toMatch(/environ|passwd|zero\.txt|outside|fifo/);
  });

  it('finds the claim at true offsets whatever the encoding or line ends', () => {
    // As the source page says it was read (its frontmatter's encoding).
    const encodings: Record<string, string> = {
      'utf16-bom': 'utf-16le',
      'invalid-utf8': 'windows-1252',
      'windows-1252': 'windows-1252',
    };
    const decode = (slug: string) =>
      new TextDecoder(encodings[slug] ?? 'utf-8').decode(readFileSync(join(site.dist, 'sources', `${slug}.txt`)));
    for (const slug of [
      'utf8-bom',
      'utf16-bom',
      'crlf',
      'cr-only',
      'invalid-utf8',
      'control-chars',
      'long-line',
      'bad-sidecar',
      'linked-sidecar',
      'windows-1252',
      'lone-surrogate',
    ]) {
      const found = claims.filter((c) => c.source === slug);
      expect(
        found.map((c) => c.quote),
        slug,
      ).toEqual([CLAIM]);
      expect(decode(slug).slice(found[0]!.start, found[0]!.end), slug).toBe(CLAIM);
    }
  });

  it('shows Windows-1252 text as it was written, and names the encoding on the source page', () => {
    const page = readFileSync(join(site.dist, 'sources', 'windows-1252', 'index.html'), 'utf8');
    // A two-word first line is left out as furniture: it is listed, decoded, with the lines left out.
    expect(parse(page).querySelector('details')!.textContent).toContain('Café headline');
    expect(page).toContain('read as Windows-1252');
  });

  it('extracts nothing from text it cannot read as English, and nothing where there is nothing', () => {
    expect(claims.filter((c) => c.source === 'non-english' || c.source === 'no-claims')).toEqual([]);
  });
});

describe('broken editorial files', () => {
  it('a malformed corrections file is named with its line; corrections are skipped, the site builds, the build exits 1', async () => {
    const site = await buildTempSite(
      { 'a.txt': `Headline\n\n${CLAIM}\n` },
      { 'content/corrections.yaml': 'c-1:\n  note: [unclosed\n' },
    );
    expect(site.code).toBe(1);
    expect(existsSync(join(site.dist, 'sources', 'a', 'index.html'))).toBe(true);
    expect(site.stderr).toMatch(
      /^error: content\/corrections\.yaml:\d+: malformed YAML: .* \(corrections not applied\)$/m,
    );
  });

  it('conflicting aliases stop the ingest with the file and line, and leave the previous outputs in place', async () => {
    const site = await buildTempSite({ 'a.txt': `Headline\n\n${CLAIM}\n` }, {}, 'ingest');
    expect(site.code).toBe(0);
    const before = readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8');
    const registry = readFileSync(join(site.root, 'content', 'reporters.yaml'), 'utf8');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(site.root, 'content', 'reporters.yaml'),
      registry.replace('    - Kiev\n', '    - Kiev\n    - NIS\n'),
    );
    const broken = await runScript(site.root, 'ingest');
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/^error: content\/reporters\.yaml:\d+: alias "NIS" is claimed by both/m);
    expect(readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8')).toBe(before);
  });
});
