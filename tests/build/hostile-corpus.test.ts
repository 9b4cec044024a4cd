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
import { splitHidden } from '../../src/utils/hidden-chars.ts';
import {
  BAD_CORRECTION,
  CLAIM,
  HIDDEN,
  HOSTILE_NOTES,
  hostileCorpus,
  OTHER_CLAIM,
  reviewFile,
} from '../support/hostile-corpus.ts';
import { runSource } from '../support/pipeline.ts';
import { buildTempSite, runScript, type TempSite } from '../support/temp-site.ts';

/** A source whose one claim has a review with hostile notes. */
const REVIEWED = `Reviewed\n\n${CLAIM}\n`;
/** Sources whose claims are named by corrections and reviews with bad dates or a bad verdict. */
const EDITED = ['bad-stated', 'future-stated', 'bad-review-date', 'future-review', 'bad-verdict'] as const;
const editedText = (slug: string) => `Edited: ${slug}\n\n${CLAIM}\n`;
const REVIEW = ['verdict: disputed', 'reviewer: Test desk', 'reviewedOn: 2025-01-31'];

/** A pattern matching exactly this line. */
const exactly = (line: string) => new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('a hostile corpus', () => {
  let site: TempSite;
  let claims: {
    id: string;
    source: string;
    quote: string;
    start: number;
    end: number;
    low: number | null;
    reporter: { id: string } | null;
  }[];
  // In the build's environment, so that /proc/self/environ would publish it.
  const secret = `nk-secret-${process.pid}`;
  let badId: string;
  let reviewed: string;
  const edited: Record<string, string> = {};
  beforeAll(async () => {
    process.env['NK_HOSTILE_SECRET'] = secret;
    badId = (await runSource(BAD_CORRECTION, 'bad-correction')).claims[0]!.id;
    reviewed = (await runSource(REVIEWED, 'reviewed')).claims[0]!.id;
    for (const slug of EDITED) edited[slug] = (await runSource(editedText(slug), slug)).claims[0]!.id;
    const corrections = [
      'c-no-such-claim:\n  note: a typo in an id',
      `${badId}:\n  low: 900\n  high: 100`,
      'c-self-0000000000:\n  on: 2026-11-20\n  movedTo: c-self-0000000000',
      'c-loop-a000000000:\n  movedTo: c-loop-b000000000',
      'c-loop-b000000000:\n  movedTo: c-loop-a000000000',
      'c-gone-0000000000:\n  movedTo: c-nowhere-0000000000',
      `${edited['bad-stated']}:\n  statedOn: 2024-02-30\n  note: Kept note one.`,
      `${edited['future-stated']}:\n  statedOn: 2999-01-01\n  note: Kept note two.`,
      '',
    ];
    site = await buildTempSite(
      {
        ...hostileCorpus(),
        'reviewed.txt': REVIEWED,
        ...Object.fromEntries(EDITED.map((slug) => [`${slug}.txt`, editedText(slug)])),
      },
      {
        'content/corrections.yaml': corrections.join('\n'),
        [`content/reviews/${badId}.md`]: reviewFile(
          [
            'verdict: superseded',
            'reviewer: Fact-check desk',
            'reviewedOn: 2026-11-21',
            'supersededBy: c-nowhere-0000000000',
          ],
          'Superseded by a claim that does not exist.\n',
        ),
        [`content/reviews/${reviewed}.md`]: reviewFile(REVIEW, HOSTILE_NOTES),
        [`content/reviews/${edited['bad-review-date']}.md`]: reviewFile([
          ...REVIEW.slice(0, 2),
          'reviewedOn: 2025-02-30',
        ]),
        [`content/reviews/${edited['future-review']}.md`]: reviewFile([
          ...REVIEW.slice(0, 2),
          'reviewedOn: 2999-01-01',
        ]),
        [`content/reviews/${edited['bad-verdict']}.md`]: reviewFile(['verdict: fabricated', ...REVIEW.slice(1)]),
      },
    );
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
      ...['javascript', 'vbscript', 'data'].map(
        (scheme) =>
          new RegExp(
            `^error: content/sources/${scheme}-url\\.yaml:2: field "url": not an http\\(s\\) address with a domain name \\(field ignored\\)$`,
          ),
      ),
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
      /^warning: content\/sources\/control-chars\.txt: 2 control character\(s\) in the text, read as spaces and shown as marks on the pages \(the first, U\+0000, at byte 96\)$/,
      // 'Hidden characters headline\n\n' is 28 bytes, 'The NIS said about 1' 20: the zero-width space is at byte 48.
      /^warning: content\/sources\/hidden-chars\.txt: 1 control character\(s\) in the text, read as spaces and shown as marks on the pages \(the first, U\+0000, at byte \d+\)$/,
      /^warning: content\/sources\/hidden-chars\.txt: 3 invisible character\(s\) in the text \(zero-width or bidirectional controls\), read past and shown as marks on the pages; they can hide or reorder what a reader sees \(the first, U\+200B, at byte 48\)$/,
      /^warning: content\/sources\/invalid-utf8\.txt: not UTF-8 \(byte 92 is 0xFF\); decoded as Windows-1252$/,
      /^warning: content\/sources\/windows-1252\.txt: not UTF-8 \(byte 3 is 0xE9\); decoded as Windows-1252$/,
      // 'Café headline\n\n' is 16 bytes (é is two), the claim 60, then '\nBroken ' 8: the surrogate's first byte is at 84.
      /^warning: content\/sources\/lone-surrogate\.txt: invalid UTF-8 at byte 84 \(0xED\); invalid bytes shown as U\+FFFD$/,
      /^warning: content\/sources\/non-english\.txt: not extracted: language "uk" is not English$/,
      /^warning: content\/sources\/utf16-bom\.txt: decoded as UTF-16 \(byte-order mark\); offsets refer to the decoded text$/,
      /^warning: content\/corrections\.yaml: no claim has the id "c-no-such-claim"$/,
      /^error: content\/sources\/alias-bomb\.yaml:3: malformed YAML: Excessive alias count .* \(sidecar ignored\)$/,
      /^error: content\/sources\/impossible-date\.yaml:2: field "publishedOn": not a calendar date \(YYYY-MM-DD\) \(field ignored\)$/,
      /^error: content\/sources\/february-30\.yaml:2: field "publishedOn": not a calendar date \(YYYY-MM-DD\) \(field ignored\)$/,
      exactly(
        `error: content/corrections.yaml:16: field "${edited['bad-stated']}.statedOn": not a calendar date (YYYY-MM-DD) (field ignored)`,
      ),
      exactly(
        `error: content/corrections.yaml:19: field "${edited['future-stated']}.statedOn": a date in the future (field ignored)`,
      ),
      exactly(
        `error: content/reviews/${edited['bad-review-date']}.md:4: field "reviewedOn": not a calendar date (YYYY-MM-DD) (review ignored)`,
      ),
      exactly(
        `error: content/reviews/${edited['future-review']}.md:4: field "reviewedOn": a date in the future (review ignored)`,
      ),
      new RegExp(
        `^error: content/reviews/${edited['bad-verdict']}\\.md:2: field "verdict": .*"disputed".* \\(review ignored\\)$`,
      ),
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
      'javascript-url',
      'vbscript-url',
      'data-url',
      'csv-formulas',
      'alias-bomb',
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
      // The served copy is the file after a UTF-8 byte-order mark (lib/source-text.ts servedBytes()).
      const raw = readFileSync(join(site.dist, 'sources', `${slug}.txt`), 'utf8').replace(/^\uFEFF/, '');
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
      // Not corrected; reviewed all the same (its review stands, only its link to no claim is dropped).
      { id: badId, quote: CLAIM, low: 11000, high: 11000, status: 'reviewed', corrected: false },
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
      'javascript-url',
    ]) {
      const found = claims.filter((c) => c.source === slug);
      expect(
        found.map((c) => c.quote),
        slug,
      ).toEqual([CLAIM]);
      expect(decode(slug).slice(found[0]!.start, found[0]!.end), slug).toBe(CLAIM);
    }
  });

  it('reads past hidden characters, quotes the raw text at true offsets, and shows each one on the pages', () => {
    // What a reader is shown: the page without its JSON data (JSON-LD, the Web Annotation), which quote the source exactly for machines.
    const shown = (page: string) => {
      const root = parse(readFileSync(join(site.dist, page, 'index.html'), 'utf8'));
      for (const script of root.querySelectorAll('script[type$="json"]')) script.remove();
      return root;
    };
    const found = claims.filter((c) => c.source === 'hidden-chars');
    // The number a reader sees, not the one after the zero-width space; the override's letters are no reporter.
    expect(found.map((c) => [c.low, c.reporter?.id ?? null])).toEqual([
      [11000, 'kr-nis'],
      [300, 'kr-nis'],
      [500, null],
    ]);
    const raw = readFileSync(join(site.dist, 'sources', 'hidden-chars.txt'), 'utf8').replace(/^\uFEFF/, '');
    expect(raw).toBe(HIDDEN);
    for (const c of found) {
      expect(raw.slice(c.start, c.end)).toBe(c.quote);
      const page = shown(join('claims', c.id));
      // None passes to the page as itself: each is its code point, boxed and named.
      expect(page.toString(), c.id).not.toMatch(/[\u0000\u200B\u202E\u202C]/);
      const marks = page.querySelectorAll('main .hidden-char').map((m) => m.textContent);
      const own = splitHidden(c.quote).flatMap((p) => ('code' in p ? [p.code] : []));
      expect(own.length, c.id).toBeGreaterThan(0);
      expect(marks, c.id).toEqual(expect.arrayContaining(own));
    }
    const page = shown(join('sources', 'hidden-chars'));
    expect(page.toString()).not.toMatch(/[\u0000\u200B\u202E\u202C]/);
    expect(page.querySelectorAll('main .hidden-char').map((m) => [m.textContent, m.getAttribute('title')])).toEqual([
      ['U+200B', 'hidden character in the source: zero-width space'],
      ['U+202E', 'hidden character in the source: right-to-left override'],
      ['U+202C', 'hidden character in the source: pop directional formatting'],
    ]);
    // Markdown cannot hold a NUL (CommonMark reads it as U+FFFD): the source page shows the replacement character.
    expect(page.querySelector('main')!.textContent).toContain('After a NUL \uFFFD the NIS said 300');
  });

  it('shows Windows-1252 text as it was written, and names the encoding on the source page', () => {
    const page = readFileSync(join(site.dist, 'sources', 'windows-1252', 'index.html'), 'utf8');
    // A two-word first line is left out as furniture: it is listed, decoded, with the lines left out.
    expect(parse(page).querySelector('details')!.textContent).toContain('Café headline');
    expect(page).toContain('read as Windows-1252');
  });

  it('leaves a script URL out of the sidecar, never a link or a sameAs, and keeps its other fields', () => {
    const urls = { javascript: 'javascript:alert', vbscript: 'vbscript:msgbox', data: 'data:text/html' };
    for (const [scheme, url] of Object.entries(urls)) {
      const page = readFileSync(join(site.dist, 'sources', `${scheme}-url`, 'index.html'), 'utf8');
      const id = claims.find((c) => c.source === `${scheme}-url`)!.id;
      const claimPage = readFileSync(join(site.dist, 'claims', id, 'index.html'), 'utf8');
      for (const html of [page, claimPage]) expect(html, scheme).not.toContain(url);
      expect(page, scheme).toContain('Example Times');
    }
    const page = parse(readFileSync(join(site.dist, 'sources', 'javascript-url', 'index.html'), 'utf8'));
    expect(page.querySelector('h1')?.textContent).toBe('Sidecar title kept');
  });

  it('leaves an impossible date out, and builds the rest: pages, the feed, the other fields', () => {
    for (const slug of ['impossible-date', 'february-30']) {
      const html = readFileSync(join(site.dist, 'sources', slug, 'index.html'), 'utf8');
      expect(html, slug).toContain('Example Times');
      expect(html, slug).not.toMatch(/2024-13-45|2024-02-30|2024-03-01|1 Mar 2024/);
    }
    expect(readFileSync(join(site.dist, 'feed.xml'), 'utf8')).toContain('Headline beside 30 February');
  });

  it('leaves a bad or future statedOn out of a correction, and applies the rest of it', () => {
    const all = JSON.parse(readFileSync(join(site.dist, 'data', 'claims.json'), 'utf8')).claims as {
      id: string;
      statedOn: string | null;
      status: string;
    }[];
    for (const [slug, note] of [
      ['bad-stated', 'Kept note one.'],
      ['future-stated', 'Kept note two.'],
    ] as const) {
      const id = edited[slug]!;
      expect(all.find((c) => c.id === id)).toMatchObject({ statedOn: null, status: 'reviewed', corrected: true });
      expect(readFileSync(join(site.dist, 'claims', id, 'index.html'), 'utf8')).toContain(note);
    }
  });

  it('leaves out a review with a bad date or verdict: the claim keeps its computed label', () => {
    for (const slug of ['bad-review-date', 'future-review', 'bad-verdict']) {
      const doc = parse(readFileSync(join(site.dist, 'claims', edited[slug]!, 'index.html'), 'utf8'));
      expect(doc.getElementById('review'), slug).toBeNull();
      expect(doc.textContent, slug).toContain('machine-extracted');
    }
    expect(
      parse(readFileSync(join(site.dist, 'claims', reviewed, 'index.html'), 'utf8')).getElementById('review'),
    ).not.toBeNull();
  });

  it('publishes no formula in claims.csv, and every quote whole in claims.json', () => {
    const csv = readFileSync(join(site.dist, 'data', 'claims.csv'), 'utf8');
    const quotes = claims.filter((c) => c.source === 'csv-formulas').map((c) => c.quote);
    expect(quotes.map((q) => q[0])).toEqual(['=', '+', '-', '@']);
    for (const quote of quotes) {
      const field = `"${quote.replace(/"/g, '""')}"`;
      expect(csv).toContain(`,"'${field.slice(1)}`);
      expect(csv).not.toContain(`,${field}`);
      expect(csv).not.toContain(`,${quote}`);
    }
    // Every field of every row: none begins with a character that starts a formula.
    const fields = csv.split('\r\n').flatMap((row) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    expect(fields.filter((f) => /^"?[=+@\t\r]|^"?-\D/.test(f))).toEqual([]);
  });

  it('publishes review notes as Markdown with no live markup, and keeps their prose', () => {
    const html = readFileSync(join(site.dist, 'claims', reviewed, 'index.html'), 'utf8');
    const notes = parse(html).getElementById('review')!;
    expect(notes.querySelectorAll('script, img, iframe, style, object, base, meta, [onerror]')).toHaveLength(0);
    expect(parse(html).querySelectorAll('meta[http-equiv=refresh], base, iframe, object')).toHaveLength(0);
    expect(notes.outerHTML).not.toMatch(/http-equiv|evil\.example|javascript:|vbscript:|data:text/i);
    // A link into the site is made page-relative, like every other.
    expect(
      notes
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href'))
        .join(' '),
    ).toBe('https://example.org/report ../index.html');
    expect(notes.textContent).toContain('The figure is disputed');
    expect(notes.textContent).toContain('Last line of the notes.');
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

  it('an alias that is not a name, one two reporters claim (in any case), or a missing field stops the ingest with file and line, and leaves the previous outputs in place', async () => {
    const site = await buildTempSite({ 'a.txt': `Headline\n\n${CLAIM}\n` }, {}, 'ingest');
    expect(site.code).toBe(0);
    const before = readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8');
    const registry = readFileSync(join(site.root, 'content', 'reporters.yaml'), 'utf8');
    const line = registry.split('\n').indexOf('    - Kiev') + 2;
    const entry = registry.split('\n').findIndex((l) => l.startsWith('- id: ')) + 1;
    const { writeFileSync } = await import('node:fs');
    const field = 'field "\\d+\\.aliases\\.\\d+"';
    for (const [alias, error] of [
      ['"(a+)+$"', `:${line}: ${field}: not a name: `],
      ['".*"', `:${line}: ${field}: not a name: `],
      // Beside kr-nis's `NIS`: named where the second of the two stands.
      ['NIS', `:\\d+: ${field}: alias "NIS" is claimed by both ua-\\S+ and kr-nis$`],
      ['nis', `:\\d+: ${field}: alias "NIS" is claimed by both ua-\\S+ and kr-nis$`],
      // A required field left out: named at the entry's first line.
      ['(no name)', `:${entry}: field "\\d+\\.name": missing$`],
    ]) {
      const added =
        alias === '(no name)'
          ? registry.replace(/\n  name: [^\n]*/, '')
          : registry.replace('    - Kiev\n', `    - Kiev\n    - ${alias}\n`);
      writeFileSync(join(site.root, 'content', 'reporters.yaml'), added);
      const broken = await runScript(site.root, 'ingest');
      expect(broken.code, alias).not.toBe(0);
      expect(broken.stderr, alias).toMatch(new RegExp(`^error: content/reporters\\.yaml${error}`, 'm'));
      expect(readFileSync(join(site.root, 'src', 'data', 'claims.json'), 'utf8'), alias).toBe(before);
    }
  });
});
